-- Issue 14, point 5 (operator pages under 150 ms on a million persons).

-- The caseload's default order (surname and name, then the id) read from an index, so that a page of 20 of a CPI
-- with hundreds of thousands of persons in charge is read in order, not sorted whole. The index of V2_1 on
-- (in_charge_of, search_name text_pattern_ops) serves the search by the start of the name (LIKE 'rossi%'), but its
-- operator class cannot give the order of ORDER BY.
create index person_in_charge_order_idx on person (in_charge_of, search_name, id);

-- Published for the pathway module: who has each person in charge, for the first fill of the pathway's own copy
-- (V14_6_2); afterwards the pathway keeps its copy from the person module's events.
create view person_in_charge as
select id as person_id, in_charge_of as organisation_id from person;
