-- Issue 14, point 5: the home page's deadlines. The open PAI actions with a due day were read across the whole
-- region by their due day and then kept when the person was in charge of the organisation (a random read of the
-- PAI and of the person for each): they are now kept with the organisation in charge beside them, by the same
-- refresh as the state (V14_6_5), so that the deadlines of an organisation are one index range. The internships
-- view gains the organisation in charge too.

create table pathway_desk_due_action (
    person_id    uuid not null,
    in_charge_of uuid not null,
    description  text,
    due_on       date not null
);

create index pathway_desk_due_action_person_idx on pathway_desk_due_action (person_id);
create index pathway_desk_due_action_due_idx on pathway_desk_due_action (in_charge_of, due_on);

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
    delete from pathway_desk_due_action where person_id = any (persons);
    insert into pathway_desk_due_action (person_id, in_charge_of, description, due_on)
    select a.person_id, c.organisation_id, a.description, a.due_on
      from pathway_desk_action a join pathway_person_in_charge c on c.person_id = a.person_id
     where a.person_id = any (persons);
end $$;

insert into pathway_desk_due_action (person_id, in_charge_of, description, due_on)
select a.person_id, c.organisation_id, a.description, a.due_on
  from pathway_desk_action a join pathway_person_in_charge c on c.person_id = a.person_id;

-- Published for the desk: the open PAI actions with a due day of every person in charge, with the organisation
-- in charge (the home page's deadlines and their counts).
create view pathway_desk_deadline as
select person_id, in_charge_of, description, due_on from pathway_desk_due_action;

-- The internships not cancelled, now with the organisation that has the person in charge.
create or replace view pathway_desk_internship as
select i.id, i.person_id, i.organisation_id, i.host, i.ends_on, i.state, c.organisation_id as in_charge_of
from pathway_internship i
left join pathway_person_in_charge c on c.person_id = i.person_id
where i.cancellation_at is null;
