-- Issue 14, point 1 (the operator's desk): a person in charge may be assigned to an operator of the organisation
-- that has them in charge (the Patto's "operatore responsabile"). One row per person; it counts only while that
-- organisation still has the person in charge, so a transfer or a taking over leaves the new organisation with
-- nobody assigned, without anyone rewriting the row. Users are referred to by id (they belong to the network).
create table person_assignment (
    person_id       uuid        primary key references person (id),
    organisation_id uuid        not null,
    operator_id     uuid        not null,
    assigned_at     timestamptz not null,
    assigned_by     uuid        not null
);

create index person_assignment_operator_idx on person_assignment (operator_id, organisation_id);

-- The person module's published read models for the desk module (the caseload lists): identity columns an
-- operator of the organisation in charge sees anyway, who has the person in charge and the operator assigned.
-- A plain projection with one outer join, so PostgreSQL inlines it and the person indexes serve it.
create view person_desk_person as
select p.id as person_id, p.in_charge_of, a.operator_id as assigned_operator, p.first_name, p.last_name,
       p.fiscal_code, p.search_name, p.search_name_reversed, p.registered_at
from person p
left join person_assignment a on a.person_id = p.id and a.organisation_id = p.in_charge_of;

-- The complex targets of a person (special-category data), for the caseload's filter only: the desk filters by a
-- target only for a caller who may see it (SpecialCategoryData.visibleTargets) and never shows them.
create view person_desk_complex_target as
select person_id, target from person_complex_target;
