-- Issue 13: an act cancelled in its owning module ("annullamento") reverses the facts it produced. The fact
-- stays, marked with the moment it was reversed: it no longer counts in any indicator, and the records show it.
alter table monitoring_fact add column reversed_at timestamp with time zone;

-- The few reversed facts, for the open data's check that nothing changed since its last computation.
create index monitoring_fact_reversed on monitoring_fact (id) where reversed_at is not null;
-- Reversing a fact re-checks whether its item still counts elsewhere; persons and companies have their index.
create index monitoring_fact_item on monitoring_fact (item_id) where item_id is not null;
