-- Issue 14, point 5: the caseload's default order (surname and name, then the id) read from an index, so a
-- page of 20 of a CPI with hundreds of thousands of persons in charge is read in order and not sorted whole.
-- The index of V2_1 on (in_charge_of, search_name text_pattern_ops) serves the search by the start of the name
-- (LIKE 'rossi%'), but its operator class cannot give the order of ORDER BY; this one gives it.
create index if not exists person_in_charge_order_idx on person (in_charge_of, search_name, id);
