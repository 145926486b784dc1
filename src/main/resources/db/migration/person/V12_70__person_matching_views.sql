-- The person module's published read model for matching (issue 12: no module reads another module's
-- tables). Matching reads these views and nothing else of the person module's storage; the person module
-- may change its tables as long as the views keep these columns and meanings. Professional data only:
-- identity, sex, birth date, citizenship and the special categories are not in any of them.
-- Plain projections of one table each, so PostgreSQL inlines them and the person tables' indexes serve the
-- queries through them exactly as before.

-- A person, the organisation that has them in charge, their consent to matching and the professional
-- part of the profile; comune is where they live (domicile, else residence).
create view person_matching_profile as
select id as person_id, in_charge_of, matching_consent,
       coalesce(domicile_comune, residence_comune) as comune,
       education_level, available_hours, willing_to_relocate
from person;

-- The occupations (CP2021 codes) of a person: of their past jobs (experience true) and those they wish.
create view person_matching_occupation as
select person_id, occupation, true as experience from person_experience where occupation is not null
union all
select person_id, occupation, false from person_desired_occupation;

-- The past jobs, in the person's order.
create view person_matching_experience as
select person_id, position, occupation, from_date, to_date, description from person_experience;

-- The known languages, in the person's order.
create view person_matching_language as
select person_id, position, language, level, mother_tongue from person_language;

-- The provinces (sigla) where the person would work.
create view person_matching_mobility as
select person_id, province from person_mobility_province;

-- The driving licences held.
create view person_matching_licence as
select person_id, licence from person_driving_licence;
