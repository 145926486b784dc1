-- Self-applications from the public job board: what the applicant wrote, kept until the organisation that
-- owns the vacancy verifies it (linking a person it has in charge) and turns it into a referral or declines it.

create table portal_application (
    id              uuid primary key,
    reference       varchar(20)   not null unique,
    vacancy_id      uuid          not null,
    organisation_id uuid          not null,  -- the organisation that handles the vacancy
    fiscal_code     varchar(16)   not null,
    first_name      varchar(100)  not null,
    last_name       varchar(100)  not null,
    email           varchar(200),
    phone           varchar(30),
    cv_text         varchar(4000) not null,
    privacy_accepted_at timestamptz not null,
    submitted_at    timestamptz   not null,
    status          varchar(10)   not null check (status in ('RECEIVED', 'VERIFIED', 'REFERRED', 'DECLINED')),
    person_id       uuid,
    referral_id     uuid,
    decline_reason  varchar(500),
    decided_by      uuid,
    decided_at      timestamptz,
    version         integer       not null
);

create index portal_application_queue_idx on portal_application (organisation_id, status, submitted_at);

-- The board searches published open vacancies by words of the title and description.
create index portal_vacancy_board_idx on vacancy (published, state, expires_on);
