-- Issue 17: the audit trail is kept 10 years (the retention catalogue's AUDIT_TRAIL), then deleted by the retention
-- job. The trail stays append-only for everything else: a row may be deleted only by a transaction that declares the
-- retention (set local retelavoro.audit_retention = 'on') and only when it is older than 10 years by the database's
-- own clock, so that no application code can shorten the trail; truncation stays refused.
create or replace function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' and current_setting('retelavoro.audit_retention', true) = 'on'
            and old.occurred_at < now() - interval '10 years' then
        return old;
    end if;
    raise exception 'audit_event è in sola aggiunta: % non consentito', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
