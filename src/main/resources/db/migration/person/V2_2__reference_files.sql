-- Reference files (comuni, education levels, occupations) imported by an administrator: the whole CSV,
-- which the reference module reads at start-up in place of the shipped file. Owned by the reference
-- module; numbered with the person module's migrations, which first needed the vocabularies.

create table reference_file (
    name        varchar(40)  primary key check (name in ('comuni', 'education-levels', 'occupations')),
    content     text         not null,
    rows        integer      not null,
    imported_at timestamptz  not null,
    imported_by varchar(100) not null
);
