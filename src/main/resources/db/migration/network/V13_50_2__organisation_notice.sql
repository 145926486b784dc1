-- Notices to an organisation, shown on its operators' home page (issue 13, point 5): e.g. "a person you had
-- in charge was taken over by another organisation on the person's choice". Written by the modules that
-- decide such things (person, employer) through network's OrganisationNotices; they carry message keys and
-- arguments (names of organisations, dates, references, a link), never special-category data.

create table organisation_notice (
    id              bigint        generated always as identity primary key,
    organisation_id uuid          not null,
    message_key     varchar(100)  not null,
    arguments       text[]        not null,
    link            varchar(200),
    created_at      timestamptz   not null
);

create index organisation_notice_org_idx on organisation_notice (organisation_id, created_at desc);
