-- Issue 15, part 1: the Comunicazioni Obbligatorie (UniLav, UniSomm) the regional CO node pushes or an administrator
-- uploads, the documents refused, and the work history they make: one row per employment relationship, kept apart
-- from the experiences the operators type (person_experience) and never edited by hand.

-- One row per employment relationship, folded from the communications still applied to it (see CoEmploymentFold):
-- recomputed whole after each communication, rectification or cancellation. person_id is null while the worker
-- is not in the registry; the row attaches when the person is registered (same normalised codice fiscale).
create table interop_co_employment (
    id                       uuid primary key,
    person_id                uuid,
    worker_fiscal_code       varchar(16) not null,
    worker_domicile_comune   varchar(4),
    employer_fiscal_code     varchar(16) not null,
    employer_name            text        not null,
    ateco_code               varchar(8),
    workplace_comune         varchar(4),
    user_company_fiscal_code varchar(16),
    user_company_name        text,
    start_date               date,
    end_date                 date,
    contract_type_code       varchar(7),
    working_time_code        varchar(1),
    occupation_code          varchar(20),
    cessation_date           date,
    cessation_cause_code     varchar(2),
    updated_at               timestamptz not null
);
create index interop_co_employment_person_idx on interop_co_employment (person_id) where person_id is not null;
create index interop_co_employment_pair_idx on interop_co_employment (worker_fiscal_code, employer_fiscal_code);

-- Every communication received once, by its code: what it says (the worker's names and address stay in raw_xml
-- only), the employment it concerns, and its state: APPLIED, REPLACED by a rectification or CANCELLED by a
-- cancellation (corrected_by names which). outcome is the answer the first receipt gave, repeated to a sender who
-- sends the same code again. applies_at orders the communications of an employment: the sending time, or for a
-- rectification that of the communication it replaces, whose place it takes.
create table interop_co_communication (
    code                     char(16) primary key,
    kind                     varchar(7)  not null check (kind in ('UNILAV', 'UNISOMM')),
    communication_type       char(2)     not null,
    previous_code            char(16),
    sent_at                  timestamptz not null,
    model_version            text,
    employer_fiscal_code     varchar(16) not null,
    employer_name            text        not null,
    ateco_code               varchar(8),
    workplace_comune         varchar(4),
    user_company_fiscal_code varchar(16),
    user_company_name        text,
    worker_fiscal_code       varchar(16) not null,
    worker_domicile_comune   varchar(4),
    event_kind               varchar(14) not null
        check (event_kind in ('HIRE', 'EXTENSION', 'TRANSFORMATION', 'CESSATION')),
    event_date               date        not null,
    start_date               date,
    end_date                 date,
    contract_type_code       varchar(7),
    working_time_code        varchar(1),
    occupation_code          varchar(20),
    transformation_code      varchar(2),
    cessation_cause_code     varchar(2),
    person_id                uuid,
    employment_id            uuid references interop_co_employment (id) on delete set null,
    state                    varchar(9)  not null check (state in ('APPLIED', 'REPLACED', 'CANCELLED')),
    corrected_by             char(16),
    outcome                  varchar(18) not null
        check (outcome in ('APPLIED', 'REPLACED_PREVIOUS', 'CANCELLED_PREVIOUS')),
    applies_at               timestamptz not null,
    received_at              timestamptz not null,
    received_by              uuid        not null,
    raw_xml                  bytea       not null
);
create index interop_co_communication_employment_idx on interop_co_communication (employment_id);
create index interop_co_communication_received_idx on interop_co_communication (received_at desc);
create index interop_co_communication_unattached_idx on interop_co_communication (worker_fiscal_code)
    where person_id is null;

-- The documents refused, whole and as received, for the administrator: by the reader (malformed, a datum missing
-- or wrong, with the line) or by the intake (a rectification of a communication never received, line 0).
-- Nothing of them was applied.
create table interop_co_rejected (
    id          uuid primary key,
    received_at timestamptz not null,
    received_by uuid        not null,
    entry_name  text        not null,
    code        char(16),
    message     text        not null,
    line        integer     not null,
    raw         bytea       not null
);
create index interop_co_rejected_received_idx on interop_co_rejected (received_at desc);
