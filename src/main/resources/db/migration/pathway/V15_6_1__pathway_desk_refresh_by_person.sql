-- Issue 15, point 5: every write to a person's pathway (a DID, a Patto, a PAI and its actions, a service) refreshes
-- the operators' desk rows of the persons it touched (V14_6_1, V14_6_5, V14_6_8). The refresh read
-- pathway_desk_caseload_live filtered by "person_id = any (persons)": the filter applies to the persons in charge,
-- and the planner does not carry an "= any" through the left join into the union of pathway_desk_person_live, so
-- each refresh worked out the desk state of every person of the region and kept a few (317 ms on a region of 20,000
-- persons, seconds on a million; the CO intake, which suspends and closes DIDs and PAIs by the thousand, spent
-- most of its time there). The live state is now read for the persons themselves, then joined to who has them in
-- charge: an index read per person. The same rows as before.
create or replace function pathway_desk_refresh(persons uuid[]) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('pathway_desk_state'), hashtext(person::text))
       from (select distinct unnest(persons) as person order by 1) locked;
    insert into pathway_desk_state as kept (person_id, in_charge_of, stage, last_contact, next_due)
    select c.person_id, c.organisation_id, l.stage, l.last_contact, l.next_due
      from pathway_person_in_charge c
      left join (select person_id, stage, last_contact, next_due
                   from pathway_desk_person_live where person_id = any (persons)) l on l.person_id = c.person_id
     where c.person_id = any (persons)
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
