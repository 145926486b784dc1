-- Issue 14, point 5: the caseload sorted by the last contact, the most recent first, reads its page in order from
-- this index. The desk's order now breaks ties on the person in the direction of the sort (so that a page key is one
-- comparison of rows): the last contact descending, never contacted last, then the person descending.
drop index pathway_desk_state_last_contact_idx;
create index pathway_desk_state_last_contact_idx
    on pathway_desk_state (in_charge_of, last_contact desc nulls last, person_id desc);
