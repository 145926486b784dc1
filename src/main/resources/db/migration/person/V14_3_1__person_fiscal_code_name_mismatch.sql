-- Issue 14, point 3: a person whose names do not give the letters of the codice fiscale is registered after
-- an advisory warning (codes issued with errors exist); the person's record keeps that the operator confirmed.
alter table person
    add column fiscal_code_name_mismatch boolean not null default false;
