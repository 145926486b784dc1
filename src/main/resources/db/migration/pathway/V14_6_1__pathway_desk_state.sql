-- Issue 14, point 5 (operator pages under 150 ms on a million persons): where each person stands is kept, not
-- worked out at each read. The view pathway_desk_person (V14_1_2) computed the stage, the last contact and the
-- next due day of every person in charge of the organisation at every caseload page: a CPI with 50,000 persons in
-- charge paid for 50,000 of them to count and sort a page of 20. The same columns now live in pathway_desk_state,
-- one row per person with a DID or a Patto in force, kept by the pathway's own tables' triggers in the same
-- transaction as the change (so a list read after a registration shows it), and the published view keeps its name,
-- columns and meaning over the table. The stage, the last contact and the next due day depend only on the data,
-- never on today, so nothing ages in the table.

-- The computation, as the published view did it, for any set of persons.
create view pathway_desk_person_live as
select s.person_id,
       case when plan.id is not null and (select count(*) filter (where e.kind = 'PLACEMENT_RECORDED')
                                                - count(*) filter (where e.kind = 'PLACEMENT_CANCELLED')
                                          from pathway_action_plan_event e where e.action_plan_id = plan.id) > 0
                 then 'PLACED'
            when plan.id is not null then 'PAI_OPEN'
            when pact.id is not null then 'PACT_WITHOUT_PAI'
            else 'DID_WITHOUT_PACT' end as stage,
       (select max(x.delivered_on) from pathway_delivery x
        where x.person_id = s.person_id and x.cancellation_at is null) as last_contact,
       (select min(a.due_on) from pathway_action a
        where a.action_plan_id = plan.id and a.state in ('PLANNED', 'IN_PROGRESS')) as next_due
from (select d.person_id from pathway_did d where d.state <> 'REVOKED'
      union all
      select p.person_id from pathway_pact p
      where p.outcome = 'SIGNED' and p.superseded_by is null and p.cancellation_at is null
        and not exists (select 1 from pathway_did d where d.person_id = p.person_id and d.state <> 'REVOKED')) s
left join pathway_pact pact on pact.person_id = s.person_id and pact.outcome = 'SIGNED'
     and pact.superseded_by is null and pact.cancellation_at is null
left join pathway_action_plan plan on plan.person_id = s.person_id and plan.outcome = 'SIGNED'
     and plan.superseded_by is null and plan.cancellation_at is null;

create table pathway_desk_state (
    person_id    uuid primary key,
    stage        text not null,
    last_contact date,
    next_due     date
);

create index pathway_desk_state_stage_idx on pathway_desk_state (stage);
create index pathway_desk_state_next_due_idx on pathway_desk_state (next_due);

-- Works the rows of the persons out again from the live view. Each person is locked first (an advisory lock of
-- the transaction, in a fixed order), so that two transactions changing the same person one after the other
-- write the state of the later one: the computation below takes its snapshot after the lock.
create function pathway_desk_refresh(persons uuid[]) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('pathway_desk_state'), hashtext(person::text))
       from (select distinct unnest(persons) as person order by 1) locked;
    insert into pathway_desk_state as kept (person_id, stage, last_contact, next_due)
    select person_id, stage, last_contact, next_due from pathway_desk_person_live where person_id = any (persons)
    on conflict (person_id) do update set stage = excluded.stage, last_contact = excluded.last_contact,
                                          next_due = excluded.next_due
        where (kept.stage, kept.last_contact, kept.next_due)
              is distinct from (excluded.stage, excluded.last_contact, excluded.next_due);
    delete from pathway_desk_state kept
     where kept.person_id = any (persons)
       and not exists (select 1 from pathway_desk_person_live live where live.person_id = kept.person_id);
end $$;

-- The triggers: one statement each (a bulk load refreshes its persons once), reading the rows changed.
create function pathway_desk_refresh_persons() returns trigger language plpgsql as $$
begin
    perform pathway_desk_refresh(array(select distinct person_id from changed));
    return null;
end $$;

create function pathway_desk_refresh_plans() returns trigger language plpgsql as $$
begin
    perform pathway_desk_refresh(array(select distinct plan.person_id from changed
                                       join pathway_action_plan plan on plan.id = changed.action_plan_id));
    return null;
end $$;

create trigger pathway_did_desk_insert after insert on pathway_did
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_did_desk_update after update on pathway_did
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_did_desk_delete after delete on pathway_did
    referencing old table as changed for each statement execute function pathway_desk_refresh_persons();

create trigger pathway_pact_desk_insert after insert on pathway_pact
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_pact_desk_update after update on pathway_pact
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_pact_desk_delete after delete on pathway_pact
    referencing old table as changed for each statement execute function pathway_desk_refresh_persons();

create trigger pathway_action_plan_desk_insert after insert on pathway_action_plan
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_action_plan_desk_update after update on pathway_action_plan
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_action_plan_desk_delete after delete on pathway_action_plan
    referencing old table as changed for each statement execute function pathway_desk_refresh_persons();

create trigger pathway_delivery_desk_insert after insert on pathway_delivery
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_delivery_desk_update after update on pathway_delivery
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_delivery_desk_delete after delete on pathway_delivery
    referencing old table as changed for each statement execute function pathway_desk_refresh_persons();

create trigger pathway_action_desk_insert after insert on pathway_action
    referencing new table as changed for each statement execute function pathway_desk_refresh_plans();
create trigger pathway_action_desk_update after update on pathway_action
    referencing new table as changed for each statement execute function pathway_desk_refresh_plans();
create trigger pathway_action_desk_delete after delete on pathway_action
    referencing old table as changed for each statement execute function pathway_desk_refresh_plans();

create trigger pathway_action_plan_event_desk_insert after insert on pathway_action_plan_event
    referencing new table as changed for each statement execute function pathway_desk_refresh_plans();
create trigger pathway_action_plan_event_desk_update after update on pathway_action_plan_event
    referencing new table as changed for each statement execute function pathway_desk_refresh_plans();
create trigger pathway_action_plan_event_desk_delete after delete on pathway_action_plan_event
    referencing old table as changed for each statement execute function pathway_desk_refresh_plans();

insert into pathway_desk_state (person_id, stage, last_contact, next_due)
select person_id, stage, last_contact, next_due from pathway_desk_person_live;

-- The published view, same name, columns and meaning, now over the kept rows.
create or replace view pathway_desk_person as
select person_id, stage, last_contact, next_due from pathway_desk_state;
