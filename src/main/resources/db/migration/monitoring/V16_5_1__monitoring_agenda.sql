-- Monitoring's own copy of what the agenda and the DIDs tell it (issue 16, point 3): the indicators beyond the
-- repertorio (convocations sent, attendance, no-shows, days from the DID to the first appointment and to the Patto)
-- are read from these tables only. Ids and non-personal attributes, as the events carry them.

-- An appointment: where, what, when it starts now (the latest move's start), whether it was cancelled.
create table monitoring_appointment (
    appointment_id  uuid primary key,
    organisation_id uuid not null,
    site_id         uuid not null,
    service         text not null,
    mode            text not null,
    starts_at       timestamptz not null,
    start_day       date not null,
    moved_at        timestamptz,
    cancelled       boolean not null default false
);

-- The persons of an appointment: its holder, a group session's participants, who was convoked or recorded.
create table monitoring_appointment_person (
    appointment_id uuid not null,
    person_id      uuid not null,
    primary key (person_id, appointment_id)
);

-- A convocation sent: the day it was sent (Italy's) and how.
create table monitoring_convocation (
    convocation_id  uuid primary key,
    appointment_id  uuid not null,
    organisation_id uuid not null,
    site_id         uuid not null,
    person_id       uuid not null,
    channel         text not null,
    sent_on         date not null
);
create index monitoring_convocation_sent on monitoring_convocation (sent_on, organisation_id);

-- A person's attendance at an appointment: the latest record (a justification replaces an absence).
create table monitoring_attendance (
    appointment_id  uuid not null,
    person_id       uuid not null,
    organisation_id uuid not null,
    site_id         uuid not null,
    outcome         text not null,
    convoked        boolean not null,
    day             date not null,
    recorded_at     timestamptz not null,
    primary key (appointment_id, person_id)
);
create index monitoring_attendance_day on monitoring_attendance (day, organisation_id);

-- A DID: who declared it and where (a CPI, or an agency asking the CPI's certification), and the CPI that certified
-- it; the CPI it counts for is the certifying one, else the declaring organisation.
create table monitoring_did (
    did_id          uuid primary key,
    person_id       uuid not null,
    organisation_id uuid not null,
    cpi_id          uuid,
    declared_on     date not null
);
create index monitoring_did_declared on monitoring_did (declared_on);
