-- The CV of a self-application has always been refused above 2,000 characters (SelfApplication.CV_TEXT_MAX):
-- the column says the same, so that the limit is declared once and checked against it (FieldLimitsTests).
alter table portal_application alter column cv_text type varchar(2000);
