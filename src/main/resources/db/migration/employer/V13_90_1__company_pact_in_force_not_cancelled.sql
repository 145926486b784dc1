-- Issue 13 (merge of corrections and indicator 8.1): the company's Patto in force is signed, not superseded and
-- not cancelled; a cancelled one no longer keeps the company from signing again.
drop index company_pact_in_force_uk;
create unique index company_pact_in_force_uk on company_pact (employer_id)
    where outcome = 'SIGNED' and superseded_on is null and cancellation_at is null;
