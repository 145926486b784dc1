-- Issue 17 (retention of the inactive persons): the communications of a batch of persons since a day, and those of a
-- person to delete when the registry anonymises them, by an index rather than a read of every communication.
create index interop_co_communication_person_idx on interop_co_communication (person_id, received_at)
    where person_id is not null;
