-- The pathway module's published read model for matching (issue 12: no module reads another module's
-- tables): the persons with a Patto di Servizio in force (signed and not superseded). Matching reads this
-- view, never pathway_pact; the pathway module keeps its meaning whatever it changes in its tables.
create view pathway_pact_in_force as
select person_id from pathway_pact where outcome = 'SIGNED' and superseded_by is null;
