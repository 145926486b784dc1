-- Issue 15: the systems of the national and regional flows (the CO node, the national DID portal) have accounts of
-- their own, role INTEGRATION, which may call only the flows' endpoints.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('ADMIN', 'OPERATOR', 'ANALYST', 'INTEGRATION'));
