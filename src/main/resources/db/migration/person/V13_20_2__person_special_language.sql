-- Issue 13, point 2: the language a person of a complex target needs (ISO 639-1), recorded with the special
-- categories and shown under the same rules; the rule engine compares it with the operator's languages.
-- No published view reads person_special_category.
alter table person_special_category add column language varchar(2) check (language ~ '^[a-z]{2}$');
