-- A statement that changes no row (a delete of a PAI's actions that had none, an update that matched nothing) still
-- fires the statement-level triggers of V15_6_2: it noted no person but marked the transaction for a refresh at its
-- commit, which then ran for nothing. The mark is now set only when the statement noted a person.
create or replace function pathway_desk_refresh_persons() returns trigger language plpgsql as $$
begin
    insert into pathway_desk_pending (transaction_id, person_id)
    select distinct pg_current_xact_id(), person_id from changed where person_id is not null
    on conflict do nothing;
    if found then
        insert into pathway_desk_pending_commit (transaction_id) values (pg_current_xact_id()) on conflict do nothing;
    end if;
    return null;
end $$;

create or replace function pathway_desk_refresh_plans() returns trigger language plpgsql as $$
begin
    insert into pathway_desk_pending (transaction_id, person_id)
    select distinct pg_current_xact_id(), plan.person_id
      from changed join pathway_action_plan plan on plan.id = changed.action_plan_id
     where plan.person_id is not null
    on conflict do nothing;
    if found then
        insert into pathway_desk_pending_commit (transaction_id) values (pg_current_xact_id()) on conflict do nothing;
    end if;
    return null;
end $$;
