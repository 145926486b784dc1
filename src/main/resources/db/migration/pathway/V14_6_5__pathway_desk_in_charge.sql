-- Issue 14, point 5: a filter of the caseload on the pathway (stage, actions due, last contact) joined the persons
-- an organisation has in charge (person module) to their kept state (pathway module): no index can serve a
-- condition on two tables, so a CPI with 66,000 persons paid for the whole region's state at every page. The
-- pathway module now keeps who has each person in charge, learnt from the person module's events (registered,
-- transferred, taken over) in the same transaction, and a kept row for every person, so that the desk counts and
-- pages a filter on one index of one table.

-- Who has each person in charge, as the person module says (PersonEvents).
create table pathway_person_in_charge (
    person_id       uuid primary key,
    organisation_id uuid not null
);

-- the first fill, once, from the view the person module publishes for it
insert into pathway_person_in_charge (person_id, organisation_id)
select person_id, organisation_id from person_in_charge;

-- Every person in charge of someone, with where they stand (null stage: neither DID nor Patto in force).
create view pathway_desk_caseload_live as
select c.person_id, c.organisation_id as in_charge_of, l.stage, l.last_contact, l.next_due
from pathway_person_in_charge c
left join pathway_desk_person_live l on l.person_id = c.person_id;

drop view pathway_desk_person;
drop table pathway_desk_state;

create table pathway_desk_state (
    person_id    uuid primary key,
    in_charge_of uuid not null,
    stage        text,
    last_contact date,
    next_due     date
);

create or replace function pathway_desk_refresh(persons uuid[]) returns void language plpgsql as $$
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
end $$;

create trigger pathway_person_in_charge_desk_insert after insert on pathway_person_in_charge
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_person_in_charge_desk_update after update on pathway_person_in_charge
    referencing new table as changed for each statement execute function pathway_desk_refresh_persons();
create trigger pathway_person_in_charge_desk_delete after delete on pathway_person_in_charge
    referencing old table as changed for each statement execute function pathway_desk_refresh_persons();

insert into pathway_desk_state (person_id, in_charge_of, stage, last_contact, next_due)
select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_caseload_live;

create index pathway_desk_state_stage_idx on pathway_desk_state (in_charge_of, stage);
create index pathway_desk_state_next_due_idx on pathway_desk_state (in_charge_of, next_due);
create index pathway_desk_state_last_contact_idx on pathway_desk_state (in_charge_of, last_contact, person_id);

-- Published for the desk: where each person with a DID or a Patto in force stands (as V14_1_2 defined it).
create view pathway_desk_person as
select person_id, stage, last_contact, next_due from pathway_desk_state where stage is not null;

-- Published for the desk: every person in charge of the organisation, with where they stand (stage null when
-- neither DID nor Patto is in force), for the caseload's counts and pages on one index.
create view pathway_desk_caseload as
select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_state;
