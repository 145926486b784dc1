-- The audit trail the repertorio asks for (tracciabilità): who did what to which object, when, and with
-- which outcome. Append-only: the database itself refuses to change or remove a row.

create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    user_id         uuid,
    username        varchar(100),
    organisation_id uuid,
    action          varchar(80)  not null,
    object_type     varchar(60),
    object_id       varchar(100),
    outcome         varchar(20)  not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    detail          varchar(500)
);

create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_user_idx on audit_event (username, occurred_at desc);
create index audit_event_object_idx on audit_event (object_type, object_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event è in sola aggiunta: % non consentito', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
