-- Issue 16, point 1: the agenda of the sites. The agenda module owns these tables; the sites, operators, persons
-- and companies they name belong to network, person and employer, which the agenda asks through their services.
create extension if not exists btree_gist;

-- The hours an operator receives at a site, week after week: a weekday (ISO, 1 = Monday), a time window in the
-- site's local time, from a day and until a day (open when null).
create table agenda_availability (
    id          uuid primary key,
    site_id     uuid        not null,
    operator_id uuid        not null,
    weekday     smallint    not null check (weekday between 1 and 7),
    starts      time        not null,
    ends        time        not null check (ends > starts),
    valid_from  date        not null,
    valid_to    date check (valid_to is null or valid_to >= valid_from),
    created_at  timestamptz not null,
    created_by  uuid        not null
);
create index agenda_availability_site on agenda_availability (site_id, weekday);
create index agenda_availability_operator on agenda_availability (operator_id, weekday);

-- The exceptions to those hours: an operator away, or a whole site closed, from an instant to an instant.
create table agenda_closure (
    id          uuid primary key,
    site_id     uuid,
    operator_id uuid,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null check (ends_at > starts_at),
    reason      varchar(300) not null,
    created_at  timestamptz  not null,
    created_by  uuid         not null,
    check ((site_id is null) <> (operator_id is null))
);
create index agenda_closure_site on agenda_closure (site_id, starts_at) where site_id is not null;
create index agenda_closure_operator on agenda_closure (operator_id, starts_at) where operator_id is not null;

-- An appointment at a site with an operator, for a person or a company, or a group session (with a capacity and
-- its participants), in a room of the site when it needs one (the classroom of a group). An operator, or a room, is
-- never booked twice at the same time: the exclusion constraints hold it whatever page or API writes.
create table agenda_appointment (
    id                  uuid primary key,
    site_id             uuid         not null,
    organisation_id     uuid         not null,
    operator_id         uuid         not null,
    type                varchar(20)  not null,
    service             varchar(2)   not null,
    mode                varchar(20)  not null check (mode in ('INDIVIDUAL', 'GROUP')),
    capacity            smallint check (capacity is null or capacity > 0),
    room                varchar(40),
    person_id           uuid,
    employer_id         uuid,
    starts_at           timestamptz  not null,
    ends_at             timestamptz  not null check (ends_at > starts_at),
    during              tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    status              varchar(20)  not null check (status in ('BOOKED', 'CANCELLED')),
    cancellation_reason varchar(500),
    created_at          timestamptz  not null,
    created_by          uuid         not null,
    version             integer      not null,
    check (num_nonnulls(person_id, employer_id) <= 1),
    check (mode = 'GROUP' or num_nonnulls(person_id, employer_id) = 1),
    constraint agenda_operator_free exclude using gist (operator_id with =, during with &&)
        where (status <> 'CANCELLED'),
    constraint agenda_room_free exclude using gist (site_id with =, room with =, during with &&)
        where (status <> 'CANCELLED' and room is not null)
);
create index agenda_appointment_site on agenda_appointment (site_id, starts_at);
create index agenda_appointment_person on agenda_appointment (person_id, starts_at) where person_id is not null;
create index agenda_appointment_employer on agenda_appointment (employer_id, starts_at)
    where employer_id is not null;

-- The persons booked in a group session.
create table agenda_participant (
    appointment_id uuid        not null references agenda_appointment (id) on delete cascade,
    person_id      uuid        not null,
    booked_at      timestamptz not null,
    booked_by      uuid        not null,
    primary key (appointment_id, person_id)
);
create index agenda_participant_person on agenda_participant (person_id);

-- What happened to an appointment, in order: booked, moved (from when to when), cancelled, with who and why.
create table agenda_appointment_event (
    appointment_id uuid         not null references agenda_appointment (id) on delete cascade,
    position       integer      not null,
    kind           varchar(20)  not null,
    occurred_at    timestamptz  not null,
    user_id        uuid         not null,
    from_start     timestamptz,
    to_start       timestamptz,
    reason         varchar(500),
    primary key (appointment_id, position)
);
