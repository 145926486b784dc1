-- Issue 15, point 1: who told of a referral's hire (an operator, or a Comunicazione Obbligatoria of the company),
-- and the CO that recorded or confirmed it. Hires recorded before are the operators'.
alter table referral add column hire_source varchar(10);
alter table referral add column hire_co_code varchar(16);
update referral set hire_source = 'OPERATOR' where status = 'HIRED';
create index referral_hire_co_code_idx on referral (hire_co_code) where hire_co_code is not null;
