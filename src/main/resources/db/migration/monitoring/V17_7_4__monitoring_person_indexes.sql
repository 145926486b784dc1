-- Issue 17 (retention of the inactive persons): the rows of a person to give the pseudonym, by an index in every
-- copy that holds a person's id (the facts, the dimensions, the targets, the employments and the appointments' persons
-- had one already).
create index monitoring_convocation_person_idx on monitoring_convocation (person_id);
create index monitoring_attendance_person_idx on monitoring_attendance (person_id);
create index monitoring_did_person_idx on monitoring_did (person_id);
