-- The employer side: the registry of companies, the standard services B.1-B.4 delivered to them, the company
-- Patto di Servizio with its action plan, and the vacancies with the history of their states.
-- Organisations, sites and operators are referred to by id only (they belong to the network module).

create table employer (
    id              uuid primary key,
    fiscal_code     varchar(16)  not null,
    name            varchar(200) not null,
    legal_form      varchar(30),
    ateco_code      varchar(10)  not null,
    size_class      varchar(10)  not null check (size_class in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    comune_code     varchar(4)   not null,
    address         varchar(300),
    organisation_id uuid         not null,
    registered_on   date         not null,
    created_at      timestamptz  not null,
    version         integer      not null
);

-- One record per fiscal code: a second registration is refused with a pointer to the first.
create unique index employer_fiscal_code_uk on employer (fiscal_code);
create index employer_name_idx on employer (lower(name));
create index employer_organisation_idx on employer (organisation_id);

create table employer_site (
    employer_id uuid         not null references employer (id) on delete cascade,
    position    integer      not null,
    comune_code varchar(4)   not null,
    address     varchar(300) not null,
    primary key (employer_id, position)
);

create table employer_contact (
    employer_id uuid         not null references employer (id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    role        varchar(100),
    phone       varchar(30),
    email       varchar(200),
    primary key (employer_id, position)
);

create table employer_delivery (
    id                uuid primary key,
    employer_id       uuid        not null references employer (id),
    organisation_id   uuid        not null,
    site_id           uuid        not null,
    operator_id       uuid        not null,
    service           varchar(2)  not null check (service in ('B1', 'B2', 'B3', 'B4')),
    mode              varchar(20) not null,
    delivered_on      date        not null,
    minutes           integer check (minutes >= 0),
    place             varchar(20),
    interest          boolean,
    needs             varchar(2000),
    pact_outcome      varchar(10),
    vacancy_id        uuid,
    catalogue_version varchar(100) not null,
    recorded_at       timestamptz not null,
    version           integer     not null
);

create index employer_delivery_employer_idx on employer_delivery (employer_id, delivered_on);

create table employer_delivery_output (
    delivery_id uuid        not null references employer_delivery (id) on delete cascade,
    output      varchar(50) not null,
    primary key (delivery_id, output)
);

create table employer_delivery_topic (
    delivery_id uuid        not null references employer_delivery (id) on delete cascade,
    topic       varchar(50) not null,
    primary key (delivery_id, topic)
);

create table employer_delivery_vacancy (
    delivery_id uuid not null references employer_delivery (id) on delete cascade,
    vacancy_id  uuid not null,
    primary key (delivery_id, vacancy_id)
);

create table company_pact (
    id              uuid primary key,
    employer_id     uuid        not null references employer (id),
    organisation_id uuid        not null,
    site_id         uuid        not null,
    operator_id     uuid        not null,
    delivery_id     uuid        not null references employer_delivery (id),
    outcome         varchar(10) not null check (outcome in ('SIGNED', 'REFUSED')),
    decided_on      date        not null,
    commitments     varchar(4000),
    plan_opened_on  date,
    recorded_at     timestamptz not null,
    version         integer     not null,
    check ((outcome = 'SIGNED') = (plan_opened_on is not null))
);

-- At most one signed Patto per company; refusals before it are kept.
create unique index company_pact_signed_uk on company_pact (employer_id) where outcome = 'SIGNED';
create index company_pact_employer_idx on company_pact (employer_id);

create table company_action_plan_service (
    pact_id uuid       not null references company_pact (id) on delete cascade,
    service varchar(2) not null,
    primary key (pact_id, service)
);

create table company_action_plan_entry (
    pact_id     uuid       not null references company_pact (id) on delete cascade,
    position    integer    not null,
    delivery_id uuid       not null references employer_delivery (id),
    service     varchar(2) not null,
    entry_date  date       not null,
    primary key (pact_id, position)
);

create table vacancy (
    id                uuid primary key,
    employer_id       uuid         not null references employer (id),
    organisation_id   uuid         not null,
    occupation_code   varchar(20)  not null,
    title             varchar(200) not null,
    description       varchar(4000),
    positions         integer      not null check (positions > 0),
    comune_code       varchar(4)   not null,
    contract_type     varchar(30)  not null,
    hours_per_week    integer check (hours_per_week between 1 and 60),
    education_level   varchar(20),
    experience_months integer check (experience_months >= 0),
    published         boolean      not null,
    anonymous         boolean      not null,
    expires_on        date,
    state             varchar(20)  not null check (state in ('OPEN', 'SUSPENDED', 'FILLED', 'CLOSED', 'EXPIRED')),
    registered_on     date         not null,
    created_at        timestamptz  not null,
    version           integer      not null
);

create index vacancy_employer_idx on vacancy (employer_id);
create index vacancy_published_idx on vacancy (state, published);

create table vacancy_language (
    vacancy_id uuid       not null references vacancy (id) on delete cascade,
    language   varchar(3) not null,
    level      varchar(2) not null,
    primary key (vacancy_id, language)
);

create table vacancy_licence (
    vacancy_id uuid       not null references vacancy (id) on delete cascade,
    licence    varchar(4) not null,
    primary key (vacancy_id, licence)
);

create table vacancy_skill (
    vacancy_id uuid         not null references vacancy (id) on delete cascade,
    position   integer      not null,
    skill      varchar(200) not null,
    primary key (vacancy_id, position)
);

-- Every state a vacancy has been in, its registration first (from_state null).
create table vacancy_state_change (
    vacancy_id  uuid        not null references vacancy (id) on delete cascade,
    position    integer     not null,
    from_state  varchar(20),
    to_state    varchar(20) not null,
    changed_on  date        not null,
    reason      varchar(500),
    changed_by  uuid        not null,
    recorded_at timestamptz not null,
    primary key (vacancy_id, position)
);
