-- The person registry: one row per person (the normalised codice fiscale is unique), the professional
-- profile, the history of transfers between organisations, and, apart, the special categories of data.
-- Organisations and users are referred to by id only: they belong to the network module.

create table person (
    id                     uuid primary key,
    fiscal_code            varchar(16)  not null,  -- base code, omocodia removed
    fiscal_code_as_issued  varchar(16)  not null,  -- as declared, possibly an omocode
    first_name             varchar(100) not null,
    last_name              varchar(100) not null,
    search_name            varchar(210) not null,  -- "surname name", lower case without accents
    search_name_reversed   varchar(210) not null,  -- "name surname"
    birth_date             date         not null,
    sex                    varchar(1)   not null check (sex in ('M', 'F')),
    birth_place            varchar(4)   not null,
    citizenship            varchar(2)   not null,
    residence_address      varchar(300),
    residence_comune       varchar(4),
    domicile_address       varchar(300),
    domicile_comune        varchar(4),
    phone                  varchar(30),
    email                  varchar(200),
    education_level        varchar(10),
    matching_consent       boolean      not null,
    matching_consent_date  date,
    available_hours        varchar(10) check (available_hours in ('FULL_TIME', 'PART_TIME', 'ANY')),
    max_km                 integer check (max_km between 0 and 2000),
    willing_to_relocate    boolean      not null,
    in_charge_of           uuid         not null,
    registered_at          timestamptz  not null,
    registered_by          uuid         not null,
    version                integer      not null
);

create unique index person_fiscal_code_uk on person (fiscal_code);
create index person_in_charge_name_idx on person (in_charge_of, search_name text_pattern_ops);
create index person_in_charge_name_reversed_idx on person (in_charge_of, search_name_reversed text_pattern_ops);

create table person_experience (
    person_id   uuid          not null references person (id) on delete cascade,
    position    integer       not null,
    employer    varchar(200)  not null,
    occupation  varchar(20),
    from_date   date,
    to_date     date,
    description varchar(2000),
    primary key (person_id, position)
);

create table person_language (
    person_id     uuid       not null references person (id) on delete cascade,
    position      integer    not null,
    language      varchar(3) not null,
    level         varchar(2) check (level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    mother_tongue boolean    not null,
    primary key (person_id, position)
);

create table person_driving_licence (
    person_id uuid        not null references person (id) on delete cascade,
    licence   varchar(20) not null,
    primary key (person_id, licence)
);

create table person_desired_occupation (
    person_id  uuid        not null references person (id) on delete cascade,
    occupation varchar(20) not null,
    primary key (person_id, occupation)
);

create table person_mobility_province (
    person_id uuid       not null references person (id) on delete cascade,
    province  varchar(2) not null,
    primary key (person_id, province)
);

-- Transfers of a person's pathway between organisations: an act, never rewritten.
create table person_transfer (
    id                bigint generated always as identity primary key,
    person_id         uuid         not null references person (id),
    from_organisation uuid         not null,
    to_organisation   uuid         not null,
    reason            varchar(500) not null,
    transferred_at    timestamptz  not null,
    transferred_by    uuid         not null
);

create index person_transfer_person_idx on person_transfer (person_id);

-- Special categories of personal data (GDPR art. 9 and 10): the complex targets a person belongs to and
-- their need of cultural mediation. Kept apart from the person so that no query of the profile reads them.
create table person_special_category (
    person_id          uuid        primary key references person (id),
    cultural_mediation boolean     not null,
    recorded_at        timestamptz not null,
    recorded_by        uuid        not null
);

create table person_complex_target (
    person_id uuid        not null references person_special_category (person_id) on delete cascade,
    target    varchar(30) not null
        check (target in ('DISABLED', 'IMMIGRANT', 'ADDICTION', 'PRISONER', 'FAMILY_CARE_WORKER')),
    primary key (person_id, target)
);
