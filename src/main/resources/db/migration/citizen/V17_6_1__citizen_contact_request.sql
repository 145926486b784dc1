-- Issue 17: a citizen with no record yet declares from their own area that they wish to be contacted by the CPI of
-- their province, with an e-mail address or a phone number. One open request per codice fiscale (a new one replaces
-- it); the CPI marks it handled. Erased on the citizen's request, or by the retention catalogue (CONTACT_REQUEST).
create table citizen_contact_request (
    id              uuid         primary key,
    fiscal_code     varchar(16)  not null,
    given_name      varchar(100),
    family_name     varchar(100),
    email           varchar(200),
    phone           varchar(30),
    comune          varchar(4)   not null,
    message         varchar(1000),
    organisation_id uuid         not null,  -- the CPI of the comune's province, whose queue it is in
    requested_at    timestamptz  not null,
    handled_at      timestamptz,
    handled_by      uuid,
    check (email is not null or phone is not null)
);

create unique index citizen_contact_request_open_key on citizen_contact_request (fiscal_code) where handled_at is null;
create index citizen_contact_request_queue_idx on citizen_contact_request (organisation_id, requested_at)
    where handled_at is null;
