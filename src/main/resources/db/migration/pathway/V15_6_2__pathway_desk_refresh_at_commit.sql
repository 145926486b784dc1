-- Issue 15, point 5: the operators' desk rows (pathway_desk_state, pathway_desk_due_action) of the persons a
-- transaction touched are refreshed once, when it commits, instead of after each of its statements. Spring Data
-- JDBC saves a PAI by updating the plan, deleting its actions and events and inserting each of them again: a CO that
-- closes a DID wrote about ten statements, each refreshing the same person (1 to 2.5 ms each on the region of a
-- million persons), and a transaction of the intake holds a hundred communications.
--
-- The statement-level triggers now note the persons in pathway_desk_pending, under the transaction's id, and the
-- transaction itself once in pathway_desk_pending_commit, whose deferred constraint trigger (one firing per
-- transaction) refreshes them all at the commit, in one call (its advisory locks taken in the order of the
-- persons), and clears them. A transaction that rolls back leaves nothing pending. Reads in the writing transaction
-- itself see the desk as it was before it (no page or service reads the desk where it writes the pathway).
create table pathway_desk_pending (
    transaction_id xid8 not null,
    person_id      uuid not null,
    primary key (transaction_id, person_id)
);

create table pathway_desk_pending_commit (
    transaction_id xid8 primary key
);

create function pathway_desk_refresh_pending() returns trigger language plpgsql as $$
declare
    persons uuid[];
begin
    delete from pathway_desk_pending_commit where transaction_id = pg_current_xact_id();
    with done as (delete from pathway_desk_pending where transaction_id = pg_current_xact_id() returning person_id)
    select array_agg(person_id order by person_id) into persons from done;
    if persons is not null then
        perform pathway_desk_refresh(persons);
    end if;
    return null;
end $$;

create constraint trigger pathway_desk_pending_refresh after insert on pathway_desk_pending_commit
    deferrable initially deferred for each row execute function pathway_desk_refresh_pending();

create or replace function pathway_desk_refresh_persons() returns trigger language plpgsql as $$
begin
    insert into pathway_desk_pending (transaction_id, person_id)
    select distinct pg_current_xact_id(), person_id from changed where person_id is not null
    on conflict do nothing;
    insert into pathway_desk_pending_commit (transaction_id) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end $$;

create or replace function pathway_desk_refresh_plans() returns trigger language plpgsql as $$
begin
    insert into pathway_desk_pending (transaction_id, person_id)
    select distinct pg_current_xact_id(), plan.person_id
      from changed join pathway_action_plan plan on plan.id = changed.action_plan_id
     where plan.person_id is not null
    on conflict do nothing;
    insert into pathway_desk_pending_commit (transaction_id) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end $$;
