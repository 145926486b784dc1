-- The occupations of the persons' profiles (experience and wishes) with their CP2021 levels and the comune
-- the person lives in: the matching module's own copy, so that the pool of a vacancy is a few index scans
-- stopped at the pool's size (ADR 0006), whatever the number of persons sharing its occupation. Kept in step
-- in the same transaction as the person's registration and profile changes (PersonEvents); filled here
-- once from the person module's tables.
create table matching_occupation (
    person_id   uuid        not null,
    occupation  varchar(20) not null,
    experience  boolean     not null,
    l4          varchar(20) not null,
    l3          varchar(20) not null,
    l2          varchar(20) not null,
    comune      varchar(4),
    primary key (person_id, occupation, experience)
);

insert into matching_occupation (person_id, occupation, experience, l4, l3, l2, comune)
select o.person_id, o.occupation, o.experience,
       array_to_string((string_to_array(o.occupation, '.'))[1:4], '.'),
       array_to_string((string_to_array(o.occupation, '.'))[1:3], '.'),
       array_to_string((string_to_array(o.occupation, '.'))[1:2], '.'),
       coalesce(p.domicile_comune, p.residence_comune)
from (select distinct person_id, occupation, true as experience from person_experience where occupation is not null
      union
      select person_id, occupation, false from person_desired_occupation) o
join person p on p.id = o.person_id;

-- For each CP2021 level: the persons of a comune first, then anyone, experience before wishes.
create index matching_occupation_l5_place on matching_occupation (occupation, comune, experience);
create index matching_occupation_l5 on matching_occupation (occupation, experience);
create index matching_occupation_l4_place on matching_occupation (l4, comune, experience);
create index matching_occupation_l4 on matching_occupation (l4, experience);
create index matching_occupation_l3_place on matching_occupation (l3, comune, experience);
create index matching_occupation_l3 on matching_occupation (l3, experience);
create index matching_occupation_l2_place on matching_occupation (l2, comune, experience);
create index matching_occupation_l2 on matching_occupation (l2, experience);
