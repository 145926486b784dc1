-- Issue 15, point 4 (outcomes): monitoring's own copy of the employments the Comunicazioni Obbligatorie tell, for
-- the registered persons only and without anything that names them (no codice fiscale, no employer): fed by the
-- interop events (CoApplied, CoCancelled, CoAttached), each time with the employment's current state read from
-- interop's CoEmploymentsForStatistics. Internships and other work experiences are not jobs and are not kept.
create table monitoring_employment (
    employment_id      uuid    primary key,
    person_id          uuid    not null,
    start_date         date    not null,
    end_date           date,
    -- open-ended, or planned for six months or more (what the hire, extensions and transformations planned)
    six_months_or_more boolean not null,
    -- from monitoring_employment_revision at each write: the open data's check that nothing changed
    revision           bigint  not null
);

create sequence monitoring_employment_revision;

-- The outcomes join each person of a cohort to their employments around the event: by person and start, with
-- the end and the kind in the index so that the join reads the index only.
create index monitoring_employment_person on monitoring_employment (person_id, start_date)
    include (end_date, six_months_or_more);
