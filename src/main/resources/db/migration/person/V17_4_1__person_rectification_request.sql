-- Issue 17 (GDPR art. 16): a person asks, from their own area, that a field of their record be corrected, with
-- the value they propose. The request waits in the queue of the organisation that has them in charge, which answers
-- it, accepted or refused, always with a reason (and corrects the record itself when accepted). Deleted, with what
-- it says, when the retention of its category says so.
create table person_rectification_request (
    id              uuid         primary key,
    person_id       uuid         not null references person (id),
    organisation_id uuid         not null,  -- the organisation in charge when it was asked: whose queue it is in
    field           varchar(20)  not null check (field in ('FIRST_NAME', 'LAST_NAME', 'BIRTH_DATE', 'BIRTH_PLACE',
                                                           'SEX', 'CITIZENSHIP', 'RESIDENCE', 'DOMICILE', 'PHONE',
                                                           'EMAIL', 'EDUCATION_LEVEL', 'PROFILE', 'OTHER')),
    proposed_value  varchar(500) not null,
    note            varchar(1000),
    requested_at    timestamptz  not null,
    state           varchar(10)  not null check (state in ('OPEN', 'ACCEPTED', 'REFUSED')),
    answered_at     timestamptz,
    answered_by     uuid,
    answer_reason   varchar(500),
    check ((state = 'OPEN') = (answered_at is null)),
    check (state = 'OPEN' or answer_reason is not null)
);

create index person_rectification_queue_idx on person_rectification_request (organisation_id, requested_at)
    where state = 'OPEN';
create index person_rectification_person_idx on person_rectification_request (person_id, requested_at desc);
