-- Closed months (issue 13, point 4): the Region closes a month once its figures are final; after that no
-- registration, back-dated registration or cancellation may change that month's facts until an
-- administrator reopens it, with a reason. The catalogue module owns the table because every registering
-- module (pathway, employer, referral) asks it, and none of them may depend on monitoring.
--
-- Append-only: a month's state is its latest act (CLOSED or REOPENED); the rows are the trail.

create table registration_period_act (
    id        bigint       generated always as identity primary key,
    month     date         not null check (extract(day from month) = 1),
    action    varchar(16)  not null check (action in ('CLOSED', 'REOPENED')),
    reason    varchar(500),
    acted_by  uuid         not null,
    acted_at  timestamptz  not null,
    check (action = 'CLOSED' or reason is not null)
);

create index registration_period_act_month_idx on registration_period_act (month, id);

create function registration_period_act_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'registration_period_act è in sola aggiunta: % non consentito', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger registration_period_act_no_update_or_delete
    before update or delete on registration_period_act
    for each row execute function registration_period_act_is_append_only();
