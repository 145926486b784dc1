-- Condizionalità (issue 16, point 3): the measure a benefit recipient's unjustified absence from a convocation
-- entails (D.Lgs. 150/2015 art. 21 c. 7), proposed when the absence is recorded, confirmed by the CPI (then the
-- communication to INPS is due), or withdrawn when the absence is justified in time. The step, the measure and its
-- share of a monthly payment are copied from the catalogue version's rules in force, with their "to be confirmed"
-- mark, so that the record says what was applied. appointment_ref is the agenda's appointment, an opaque id here.
create table pathway_conditionality_measure (
    id               uuid primary key,
    person_id        uuid          not null,
    cpi_id           uuid          not null,
    appointment_ref  uuid          not null,
    absence_on       date          not null,
    step             smallint      not null check (step >= 1),
    measure          varchar(20)   not null check (measure in ('REDUCTION', 'LOSS')),
    monthly_fraction numeric(4, 2),
    label            varchar(200)  not null,
    basis            varchar(300)  not null,
    rules_to_confirm boolean       not null,
    status           varchar(20)   not null check (status in ('PROPOSED', 'CONFIRMED', 'WITHDRAWN')),
    proposed_at      timestamptz   not null,
    proposed_by      uuid          not null,
    decided_at       timestamptz,
    decided_by       uuid,
    withdrawal_reason varchar(500),
    version          integer       not null,
    unique (person_id, appointment_ref),
    check (status = 'PROPOSED' or decided_at is not null)
);

create index pathway_conditionality_cpi on pathway_conditionality_measure (cpi_id, status, decided_at);
