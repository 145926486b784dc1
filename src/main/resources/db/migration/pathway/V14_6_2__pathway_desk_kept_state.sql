-- Issue 14, point 5 (operator pages under 150 ms on a million persons): where each person stands and their
-- deadlines are kept, not worked out at each read.
--
-- Worked out at each read, the caseload paid for every person in charge of the organisation to count and sort a
-- page of 20 (a CPI with 66,000 persons: 300-600 ms), and a filter on the pathway joined the persons an organisation
-- has in charge (person module) to the pathway's data: no index can serve a condition on two modules' tables. So the
-- pathway module keeps:
--   * who has each person in charge (pathway_person_in_charge), learnt from the person module's events (registered,
--     transferred, taken over) in the transaction that publishes them (PersonsInCharge);
--   * for every person in charge, where they stand (pathway_desk_state): the stage, the last contact and the next
--     due day, beside the organisation in charge;
--   * their open PAI actions with a due day (pathway_desk_due_action), beside the organisation in charge.
-- Statement-level triggers on the pathway's own tables refresh the persons a statement touched, in its transaction
-- (a bulk load refreshes its persons once per statement). None of the kept values depends on today.

-- Where each person with a DID or a Patto in force stands: PLACED (the PAI in force recorded a placement still
-- standing), PAI_OPEN (a PAI in force), PACT_WITHOUT_PAI (a Patto in force, no PAI), DID_WITHOUT_PACT; the day of
-- the last service registered (the last contact) and the earliest due day of the open actions of the PAI in force.
-- The persons are those with a DID in force, then those with a Patto in force and no DID in force (union all, so a
-- filter on person_id still reaches the indexes of both branches).
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

-- The open actions (PLANNED, IN_PROGRESS) with a due day of every PAI in force.
create view pathway_desk_action as
select plan.person_id, a.description, a.due_on
from pathway_action_plan plan
join pathway_action a on a.action_plan_id = plan.id
where plan.outcome = 'SIGNED' and plan.superseded_by is null and plan.cancellation_at is null
  and a.state in ('PLANNED', 'IN_PROGRESS') and a.due_on is not null;

-- Who has each person in charge, as the person module says; first filled from the view it publishes for this.
create table pathway_person_in_charge (
    person_id       uuid primary key,
    organisation_id uuid not null
);

insert into pathway_person_in_charge (person_id, organisation_id)
select person_id, organisation_id from person_in_charge;

-- Every person in charge of someone, with where they stand (stage null: neither DID nor Patto in force).
create view pathway_desk_caseload_live as
select c.person_id, c.organisation_id as in_charge_of, l.stage, l.last_contact, l.next_due
from pathway_person_in_charge c
left join pathway_desk_person_live l on l.person_id = c.person_id;

create table pathway_desk_state (
    person_id    uuid primary key,
    in_charge_of uuid not null,
    stage        text,
    last_contact date,
    next_due     date
);

create table pathway_desk_due_action (
    person_id    uuid not null,
    in_charge_of uuid not null,
    description  text,
    due_on       date not null
);

-- Works the kept rows of the persons out again. Each person is locked first (an advisory lock of the transaction,
-- in a fixed order), so that two transactions changing the same person one after the other leave the state of the
-- later one: the statements below take their snapshot after the lock.
create function pathway_desk_refresh(persons uuid[]) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('pathway_desk_state'), hashtext(person::text))
       from (select distinct unnest(persons) as person order by 1) locked;
    insert into pathway_desk_state as kept (person_id, in_charge_of, stage, last_contact, next_due)
    select person_id, in_charge_of, stage, last_contact, next_due
      from pathway_desk_caseload_live where person_id = any (persons)
    on conflict (person_id) do update set in_charge_of = excluded.in_charge_of, stage = excluded.stage,
                                          last_contact = excluded.last_contact, next_due = excluded.next_due
        where (kept.in_charge_of, kept.stage, kept.last_contact, kept.next_due)
              is distinct from (excluded.in_charge_of, excluded.stage, excluded.last_contact, excluded.next_due);
    delete from pathway_desk_state kept
     where kept.person_id = any (persons)
       and not exists (select 1 from pathway_person_in_charge c where c.person_id = kept.person_id);
    delete from pathway_desk_due_action where person_id = any (persons);
    insert into pathway_desk_due_action (person_id, in_charge_of, description, due_on)
    select a.person_id, c.organisation_id, a.description, a.due_on
      from pathway_desk_action a join pathway_person_in_charge c on c.person_id = a.person_id
     where a.person_id = any (persons);
end $$;

-- The triggers: one call per statement, over the rows it changed, whose persons are named by person_id or, for
-- the PAI's actions and events, by their PAI.
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

create trigger pathway_person_in_charge_desk_insert after insert on pathway_person_in_charge
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_person_in_charge_desk_update after update on pathway_person_in_charge
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_person_in_charge_desk_delete after delete on pathway_person_in_charge
    referencing old table as changed for each statement execute function pathway_desk_refresh_persons();

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

insert into pathway_desk_state (person_id, in_charge_of, stage, last_contact, next_due)
select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_caseload_live;

insert into pathway_desk_due_action (person_id, in_charge_of, description, due_on)
select a.person_id, c.organisation_id, a.description, a.due_on
  from pathway_desk_action a join pathway_person_in_charge c on c.person_id = a.person_id;

-- The indexes serve the desk's lists in the order it asks (the column, nulls last, then the person).
create index pathway_desk_state_stage_idx on pathway_desk_state (in_charge_of, stage, person_id);
create index pathway_desk_state_next_due_idx on pathway_desk_state (in_charge_of, next_due, person_id);
create index pathway_desk_state_last_contact_idx
    on pathway_desk_state (in_charge_of, last_contact desc nulls last, person_id);
create index pathway_desk_due_action_person_idx on pathway_desk_due_action (person_id);
create index pathway_desk_due_action_due_idx on pathway_desk_due_action (in_charge_of, due_on);
create index pathway_internship_end_idx on pathway_internship (ends_on) where cancellation_at is null;

-- Published for the desk: every person in charge of an organisation, with where they stand (stage null when
-- neither DID nor Patto is in force): the caseload's counts and pages on one index.
create view pathway_desk_caseload as
select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_state;

-- Published for the desk: the open PAI actions with a due day of every person in charge, with the organisation in
-- charge (the home page's deadlines).
create view pathway_desk_deadline as
select person_id, in_charge_of, description, due_on from pathway_desk_due_action;

-- Published for the desk: the internships not cancelled, with their end and the organisation that has the person
-- in charge (the home page's deadlines).
create view pathway_desk_internship as
select i.id, i.person_id, i.organisation_id, i.host, i.ends_on, i.state, c.organisation_id as in_charge_of
from pathway_internship i
left join pathway_person_in_charge c on c.person_id = i.person_id
where i.cancellation_at is null;
