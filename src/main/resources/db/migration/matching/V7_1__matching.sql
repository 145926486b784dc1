-- Matching: the pre-selections operators make from a ranked list (each one an A6 delivery on the person's
-- pathway) with the check of the person's availability, and the indexes of the candidate pre-filter, which
-- reads the person, pathway and referral tables (see docs/adr/0006-matching.md).

create table matching_preselection (
    vacancy_id              uuid        not null,
    person_id               uuid        not null,
    organisation_id         uuid        not null,
    delivery_id             uuid        not null,
    preselected_on          date        not null,
    preselected_by          uuid        not null,
    available               boolean,
    availability_checked_on date,
    availability_checked_by uuid,
    recorded_at             timestamptz not null,
    primary key (vacancy_id, person_id)
);

create index matching_preselection_person_idx on matching_preselection (person_id);

-- The pre-filter looks persons up by the leading levels of a CP2021 code (LIKE '5.1.2%'), by place and by
-- the province they would work in.
create index matching_desired_occupation_idx on person_desired_occupation (occupation varchar_pattern_ops, person_id);
create index matching_experience_occupation_idx on person_experience (occupation varchar_pattern_ops, person_id);
create index matching_person_place_idx on person ((coalesce(domicile_comune, residence_comune))) where matching_consent;
create index matching_mobility_province_idx on person_mobility_province (province, person_id);
create index matching_vacancy_open_idx on vacancy (state, occupation_code varchar_pattern_ops);
