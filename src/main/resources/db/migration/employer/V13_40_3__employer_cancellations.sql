-- Issue 13 (corrections): a B.1-B.4 registered by mistake is cancelled ("annullamento"), never deleted; the
-- company Patto a cancelled B.2 recorded is cancelled with it. Each keeps its row, marked with the reason,
-- when and by whom.
alter table employer_delivery add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
alter table company_pact add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
