-- Attendance (issue 16, point 3): for each person of an appointment (its own, or each participant of a group
-- session), present, absent with a justified reason (one of the catalogue's, with the reference of its document),
-- or absent without one. Recorded from the appointment's start; a justification within the working days the
-- catalogue's rules allow after it.
create table agenda_attendance (
    id                 uuid primary key,
    appointment_id     uuid         not null references agenda_appointment (id),
    person_id          uuid         not null,
    outcome            varchar(20)  not null check (outcome in ('PRESENT', 'ABSENT_JUSTIFIED', 'ABSENT_UNJUSTIFIED')),
    reason_code        varchar(40),
    document_reference varchar(200),
    recorded_at        timestamptz  not null,
    recorded_by        uuid         not null,
    version            integer      not null,
    unique (appointment_id, person_id),
    check (outcome <> 'ABSENT_JUSTIFIED' or (reason_code is not null and document_reference is not null))
);
