-- The complex targets of the persons known to monitoring, for the breakdown by target (special-category
-- data, GDPR art. 9 and 10: only aggregate counts leave this table, and only for the roles allowed to see
-- them). Fed by PersonEvents.SpecialCategoriesChanged, which carries the person's id only.
create table monitoring_person_target (
    person_id  uuid        not null,
    target     varchar(30) not null,
    primary key (person_id, target)
);
