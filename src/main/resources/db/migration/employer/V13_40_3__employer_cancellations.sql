-- Issue 13 (corrections): a B.1-B.4 registered by mistake is cancelled ("annullamento"), never deleted; the
-- company Patto a cancelled B.2 recorded is cancelled with it. Each keeps its row, marked with the reason,
-- when and by whom.
alter table employer_delivery add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
alter table company_pact add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;

-- One signed company Patto per company: a cancelled one no longer counts, so the company may sign again.
drop index company_pact_signed_uk;
create unique index company_pact_signed_uk on company_pact (employer_id)
    where outcome = 'SIGNED' and cancellation_at is null;
