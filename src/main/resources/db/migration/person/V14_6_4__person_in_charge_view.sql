-- Issue 14, point 5: published for the pathway module, who has each person in charge, for the first fill of the
-- pathway's own copy (V14_6_5); afterwards the pathway keeps its copy from the person module's events.
create view person_in_charge as
select id as person_id, in_charge_of as organisation_id from person;
