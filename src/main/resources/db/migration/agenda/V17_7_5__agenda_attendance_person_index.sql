-- Issue 17 (retention of the inactive persons): a batch of persons' attendances since a day, and a person's to scrub,
-- by an index.
create index agenda_attendance_person_idx on agenda_attendance (person_id, recorded_at);
