-- Referrals: one person sent to one vacancy, with the company's feedback at each step.

create table referral (
    id                       uuid primary key,
    person_id                uuid        not null,
    person_organisation_id   uuid        not null,
    vacancy_id               uuid        not null,
    employer_id              uuid        not null,
    vacancy_organisation_id  uuid        not null,
    referred_on              date        not null,
    status                   varchar(20) not null
        check (status in ('SENT', 'INTERVIEWED', 'SELECTED', 'HIRED', 'REJECTED', 'WITHDRAWN')),
    contract_start           date,
    contract_type            varchar(30),
    referred_by              uuid        not null,
    created_at               timestamptz not null,
    version                  integer     not null
);

-- A person is sent to a vacancy once while that referral is alive.
create unique index referral_alive_uk on referral (person_id, vacancy_id)
    where status not in ('REJECTED', 'WITHDRAWN');
create index referral_vacancy_idx on referral (vacancy_id);
create index referral_person_idx on referral (person_id);

create table referral_step (
    referral_id     uuid         not null references referral (id) on delete cascade,
    position        integer      not null,
    status          varchar(20)  not null,
    occurred_on     date         not null,
    feedback        varchar(1000),
    recorded_by     uuid         not null,
    recorded_by_org uuid         not null,
    recorded_at     timestamptz  not null,
    primary key (referral_id, position)
);
