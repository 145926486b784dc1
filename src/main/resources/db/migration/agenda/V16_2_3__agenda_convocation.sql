-- Convocations (issue 16, point 2): an appointment the CPI imposes on a person, with how and when it was sent and,
-- for a mail, the outbox's mail whose delivery status the page shows. A group session has one convocation per
-- person convoked to it. The reminders go by e-mail to the person's address when known (reminder_email); they
-- are a persisted schedule: one row per convocation, lead time and start it
-- is for (moving the appointment plans new ones), taken by one instance at a time and sent once.
create table agenda_convocation (
    id                uuid primary key,
    appointment_id    uuid         not null references agenda_appointment (id),
    person_id         uuid         not null,
    channel           varchar(20)  not null check (channel in ('LETTER', 'EMAIL', 'PEC', 'SMS', 'IN_PERSON')),
    sent_at           timestamptz  not null,
    address           varchar(254),
    benefit_recipient boolean      not null,
    reminder_email    varchar(254),
    mail_id           uuid,
    created_at        timestamptz  not null,
    created_by        uuid         not null,
    version           integer      not null,
    unique (appointment_id, person_id),
    check (channel not in ('EMAIL', 'PEC', 'SMS') or address is not null)
);

create index agenda_convocation_person on agenda_convocation (person_id);

create table agenda_reminder (
    id             uuid primary key,
    convocation_id uuid        not null references agenda_convocation (id) on delete cascade,
    lead_minutes   integer     not null check (lead_minutes > 0),
    for_start      timestamptz not null,
    due_at         timestamptz not null,
    status         varchar(20) not null check (status in ('PLANNED', 'SENT', 'SKIPPED')),
    mail_id        uuid,
    done_at        timestamptz,
    unique (convocation_id, lead_minutes, for_start)
);

create index agenda_reminder_due on agenda_reminder (due_at) where status = 'PLANNED';
