-- The network of the regional employment services: organisations, their sites, their user accounts.

create table organisation (
    id                      uuid primary key,
    name                    varchar(200) not null,
    kind                    varchar(30)  not null check (kind in ('CPI', 'ACCREDITED_AGENCY', 'REGION')),
    fiscal_code             varchar(16)  not null,
    accreditation_reference varchar(100),
    created_at              timestamptz  not null,
    version                 integer      not null
);

-- The CPIs are offices of one public body and share its fiscal code; any other member is one legal person.
create unique index organisation_fiscal_code_uk on organisation (fiscal_code) where kind <> 'CPI';
create unique index organisation_name_uk on organisation (lower(name));

create table site (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(200) not null,
    address         varchar(300),
    comune_code     varchar(4)   not null,
    created_at      timestamptz  not null,
    version         integer      not null
);

create index site_organisation_idx on site (organisation_id);

create table site_feature (
    site_id uuid        not null references site (id) on delete cascade,
    feature varchar(50) not null,
    primary key (site_id, feature)
);

create table user_account (
    id              uuid primary key,
    username        varchar(100) not null,
    password_hash   varchar(100) not null,
    full_name       varchar(200) not null,
    email           varchar(200),
    role            varchar(20)  not null check (role in ('ADMIN', 'OPERATOR', 'ANALYST')),
    organisation_id uuid         not null references organisation (id),
    enabled         boolean      not null,
    created_at      timestamptz  not null,
    version         integer      not null
);

create unique index user_account_username_uk on user_account (lower(username));
create index user_account_organisation_idx on user_account (organisation_id);

create table user_site (
    user_id uuid not null references user_account (id) on delete cascade,
    site_id uuid not null references site (id),
    primary key (user_id, site_id)
);

create table user_competence (
    user_id    uuid        not null references user_account (id) on delete cascade,
    competence varchar(50) not null,
    primary key (user_id, competence)
);
