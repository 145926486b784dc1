-- Issue 14, point 5: the caseload sorted by a column of the pathway reads its page in order from an index that
-- matches the order the desk asks (the column, nulls last, then the person): no sort of every person in charge.
drop index pathway_desk_state_stage_idx;
drop index pathway_desk_state_next_due_idx;
drop index pathway_desk_state_last_contact_idx;
create index pathway_desk_state_stage_idx on pathway_desk_state (in_charge_of, stage, person_id);
create index pathway_desk_state_next_due_idx on pathway_desk_state (in_charge_of, next_due, person_id);
create index pathway_desk_state_last_contact_idx
    on pathway_desk_state (in_charge_of, last_contact desc nulls last, person_id);
