-- Issue 13, point 6 (indicator 8.1): a company that signed its Patto may come back to B2 for new needs ("L'impresa
-- vi accede da qualsiasi punto della rete"); the Patto signed then supersedes the one in force, which stays,
-- marked with the day and the Patto that superseded it. At most one signed Patto in force per company.
alter table company_pact add column superseded_on date;
-- checked at commit: the Patto in force is marked before the new one is inserted (see the unique index)
alter table company_pact add column superseded_by uuid references company_pact (id) deferrable initially deferred;

drop index company_pact_signed_uk;
create unique index company_pact_in_force_uk on company_pact (employer_id)
    where outcome = 'SIGNED' and superseded_on is null;
