-- Monitoring's own read model (ADR 0005). monitoring_fact is the append-only source: one row per thing
-- that happened, written by the listeners of the other modules' events, idempotent on (kind, source_key).
-- monitoring_subject and monitoring_count are derived from it (rebuildable at any time).

create table monitoring_person (
    person_id          uuid primary key,
    organisation_id    uuid        not null,
    sex                varchar(1),
    birth_year         integer,
    citizenship_group  varchar(10),
    education_level    varchar(20)
);

create table monitoring_fact (
    id                          bigserial primary key,
    kind                        varchar(30)  not null,
    source_key                  varchar(120) not null,
    fact_date                   date         not null,
    organisation_id             uuid         not null,
    counterpart_organisation_id uuid,
    site_id                     uuid,
    operator_id                 uuid,
    province                    varchar(2),
    person_id                   uuid,
    employer_id                 uuid,
    item_id                     uuid,
    detail                      varchar(30),
    sex                         varchar(1),
    age_band                    varchar(20),
    citizenship_group           varchar(10),
    education_level             varchar(20),
    recorded_at                 timestamp with time zone not null default now(),
    constraint monitoring_fact_source unique (kind, source_key)
);

-- Partial months and drill-down: by kind and day, then organisation.
create index monitoring_fact_kind_date on monitoring_fact (kind, fact_date, organisation_id);
create index monitoring_fact_counterpart on monitoring_fact (kind, fact_date, counterpart_organisation_id)
    where counterpart_organisation_id is not null;
-- Late dimensions: a PersonRegistered processed after the person's first facts fills them in.
create index monitoring_fact_person on monitoring_fact (person_id) where person_id is not null;

-- One row per indicator, calendar month or year (grain M or Y), scope (an organisation, or the nil uuid for
-- the region) and counted subject (person, company or item). Whole months of any period are an index-only
-- scan of the primary key; the partial months at the ends are read from the facts.
create table monitoring_subject (
    code         varchar(5)  not null,
    grain        char(1)     not null,
    period_start date        not null,
    scope        uuid        not null,
    subject      varchar(60) not null,
    primary key (code, grain, period_start, scope, subject)
);

-- The distinct count of each indicator per calendar month and year and scope, kept in step with
-- monitoring_subject: a calendar year or month (the usual question) is 26 rows read, whatever the volume.
create table monitoring_count (
    code         varchar(5) not null,
    grain        char(1)    not null,
    period_start date       not null,
    scope        uuid       not null,
    value        bigint     not null,
    primary key (code, grain, period_start, scope)
);
