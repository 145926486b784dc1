-- Issue 15, point 1: the changes of a DID brought by a job, applied from the Comunicazioni Obbligatorie or proposed
-- by a hire an operator recorded on a referral; the CPI's list "Cambiamenti della DID da CO" reads them.
create table pathway_did_employment_change (
    id             uuid primary key,
    did_id         uuid         not null references pathway_did (id),
    person_id      uuid         not null,
    cpi_id         uuid         not null,
    employment_key varchar(60)  not null,
    source         varchar(20)  not null,
    kind           varchar(20)  not null,
    status         varchar(20)  not null,
    co_code        varchar(16),
    referral_id    uuid,
    contract_start date         not null,
    contract_end   date,
    ended_on       date,
    previous_state varchar(30)  not null,
    reason         varchar(500),
    decided_by     uuid,
    decided_at     timestamptz,
    created_at     timestamptz  not null,
    version        integer      not null
);
-- one change standing per job
create unique index pathway_did_employment_change_standing_uk on pathway_did_employment_change (employment_key)
    where status in ('APPLIED', 'PROPOSED');
create index pathway_did_employment_change_key_idx on pathway_did_employment_change (employment_key);
create index pathway_did_employment_change_cpi_idx on pathway_did_employment_change (cpi_id, created_at desc);
create index pathway_did_employment_change_person_idx on pathway_did_employment_change (person_id);
-- the suspensions whose contract reaches its end: put back in force each day
create index pathway_did_employment_change_end_idx on pathway_did_employment_change (contract_end)
    where kind = 'SUSPENSION' and status = 'APPLIED';
