-- Issue 13 (corrections): an operator may hold the supervisor's authority of their organisation, which lets
-- them cancel an act registered by mistake after the ordinary 30 days. A flag, not a role: a supervisor is
-- an operator for every other check.
alter table user_account add column supervisor boolean not null default false;
