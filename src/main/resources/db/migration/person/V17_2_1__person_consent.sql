-- Issue 17: a person's consents, each purpose apart, with their history (GDPR art. 7: the controller must be able
-- to show that, when and to which text a person consented). A withdrawal is a new row; the person may have the
-- history erased. The registry's flag person.matching_consent stays the state matching reads; it changes with each
-- row of MATCHING.
create table person_consent (
    id           bigint generated always as identity primary key,
    person_id    uuid         not null references person (id),
    purpose      varchar(20)  not null check (purpose in ('MATCHING', 'CONTACT_EMAIL', 'CONTACT_SMS')),
    given        boolean      not null,
    recorded_at  timestamptz  not null,
    text_version varchar(20)  not null,
    channel      varchar(20)  not null check (channel in ('CITIZEN_AREA', 'OPERATOR', 'REGISTRY'))
);

create index person_consent_person_idx on person_consent (person_id, purpose, recorded_at desc, id desc);
