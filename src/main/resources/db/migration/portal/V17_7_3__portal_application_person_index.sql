-- Issue 17 (retention of the inactive persons): a batch of persons' applications since a day, and a person's to
-- scrub when the registry anonymises them, by an index.
create index portal_application_person_idx on portal_application (person_id, submitted_at) where person_id is not null;
