-- The person's pathway: DID, deliveries of A1-A6, Patto di Servizio, PAI, training and internships.
-- Persons, organisations, sites and users of other modules are referred to by id only, without foreign
-- keys across modules.

create table pathway_did (
    id                  uuid primary key,
    person_id           uuid        not null,
    received_by         uuid        not null,
    declared_on         date        not null,
    channel             varchar(30) not null,
    state               varchar(30) not null,
    cpi_id              uuid,
    -- What the CPI needs to certify a DID an agency sent it: kept only while the request is pending.
    fiscal_code         varchar(16),
    first_name          varchar(100),
    last_name           varchar(100),
    birth_date          date,
    version             integer     not null
);
create index pathway_did_person_idx on pathway_did (person_id);
create index pathway_did_queue_idx on pathway_did (cpi_id, state);
-- One DID in force per person: a new one only after the old one was revoked.
create unique index pathway_did_in_force_uk on pathway_did (person_id) where state <> 'REVOKED';

create table pathway_did_event (
    did_id          uuid        not null references pathway_did (id) on delete cascade,
    position        integer     not null,
    state           varchar(30) not null,
    occurred_on     date        not null,
    recorded_at     timestamptz not null,
    user_id         uuid        not null,
    organisation_id uuid        not null,
    primary key (did_id, position)
);

create table pathway_delivery (
    id                uuid primary key,
    person_id         uuid,
    group_session_id  uuid,
    organisation_id   uuid         not null,
    site_id           uuid         not null,
    operator_id       uuid         not null,
    service           varchar(2)   not null check (service in ('A1', 'A2', 'A3', 'A4', 'A5', 'A6')),
    mode              varchar(20)  not null,
    delivered_on      date         not null,
    minutes           integer check (minutes >= 0),
    meetings          integer      not null check (meetings >= 1),
    together_with     varchar(40)  not null,
    outputs           varchar(400) not null,
    functions         varchar(200) not null,
    referral          varchar(300),
    action_id         uuid,
    notes             varchar(2000),
    visitor_sex       varchar(1),
    visitor_age_band  varchar(20),
    catalogue_version varchar(100) not null,
    recorded_at       timestamptz  not null,
    version           integer      not null,
    -- Only A.1 may be delivered to an anonymous visitor, of whom sex and age band are recorded.
    check (person_id is not null or (service = 'A1' and visitor_sex is not null and visitor_age_band is not null))
);
create index pathway_delivery_person_idx on pathway_delivery (person_id, delivered_on);

create table pathway_pact (
    id                    uuid primary key,
    person_id             uuid          not null,
    delivery_id           uuid          not null references pathway_delivery (id),
    organisation_id       uuid          not null,
    site_id               uuid          not null,
    operator_id           uuid          not null,
    outcome               varchar(10)   not null check (outcome in ('SIGNED', 'REFUSED')),
    decided_on            date          not null,
    responsible_operator  varchar(200),
    meeting_frequency     varchar(200),
    job_search_acts       varchar(2000),
    job_search_timing     varchar(500),
    training_availability boolean,
    superseded_by         uuid,
    recorded_at           timestamptz   not null,
    version               integer       not null
);
create index pathway_pact_person_idx on pathway_pact (person_id);
create unique index pathway_pact_in_force_uk on pathway_pact (person_id)
    where outcome = 'SIGNED' and superseded_by is null;

create table pathway_action_plan (
    id                 uuid primary key,
    person_id          uuid          not null,
    delivery_id        uuid          not null references pathway_delivery (id),
    organisation_id    uuid          not null,
    site_id            uuid          not null,
    operator_id        uuid          not null,
    outcome            varchar(10)   not null check (outcome in ('SIGNED', 'REFUSED')),
    decided_on         date          not null,
    specific_need      boolean       not null,
    specific_need_text varchar(2000),
    specific_need_on   date,
    superseded_by      uuid,
    recorded_at        timestamptz   not null,
    version            integer       not null
);
create index pathway_action_plan_person_idx on pathway_action_plan (person_id);
create unique index pathway_action_plan_in_force_uk on pathway_action_plan (person_id)
    where outcome = 'SIGNED' and superseded_by is null;

create table pathway_action (
    action_plan_id uuid          not null references pathway_action_plan (id) on delete cascade,
    position       integer       not null,
    action_key     uuid          not null unique,
    service        varchar(2),
    description    varchar(1000) not null,
    due_on         date,
    state          varchar(20)   not null,
    primary key (action_plan_id, position)
);

-- The log of the plan: every action added or moved, every service registered in it. Never rewritten.
create table pathway_action_plan_event (
    action_plan_id uuid         not null references pathway_action_plan (id) on delete cascade,
    position       integer      not null,
    kind           varchar(30)  not null,
    occurred_on    date         not null,
    recorded_at    timestamptz  not null,
    user_id        uuid         not null,
    action_id      uuid,
    state          varchar(20),
    service        varchar(2),
    delivery_id    uuid,
    note           varchar(1000),
    primary key (action_plan_id, position)
);

create table pathway_training_event (
    id              uuid primary key,
    person_id       uuid         not null,
    organisation_id uuid         not null,
    event           varchar(20)  not null,
    occurred_on     date         not null,
    course          varchar(300) not null,
    provider        varchar(300),
    hours           integer check (hours >= 0),
    action_id       uuid,
    user_id         uuid         not null,
    recorded_at     timestamptz  not null,
    version         integer      not null
);
create index pathway_training_person_idx on pathway_training_event (person_id);

create table pathway_internship (
    id              uuid primary key,
    person_id       uuid         not null,
    organisation_id uuid         not null,
    starts_on       date         not null,
    ends_on         date         not null,
    host            varchar(300) not null,
    tutor           varchar(200) not null,
    action_id       uuid,
    state           varchar(20)  not null,
    activated_on    date,
    user_id         uuid         not null,
    recorded_at     timestamptz  not null,
    version         integer      not null,
    check (ends_on >= starts_on)
);
create index pathway_internship_person_idx on pathway_internship (person_id);

-- The CPIs' sites by comune, to send a DID received by an agency to the CPI of the person's province.
-- Fed by the network's events; filled here once with the sites that exist when the module is installed.
create table pathway_cpi_site (
    site_id         uuid primary key,
    organisation_id uuid       not null,
    comune_code     varchar(4) not null
);
insert into pathway_cpi_site (site_id, organisation_id, comune_code)
select s.id, s.organisation_id, s.comune_code
from site s join organisation o on o.id = s.organisation_id
where o.kind = 'CPI';
