-- Issue 15, point 4 (outcomes): the agreed last day of what a fact started, recorded with it; today an internship
-- activated (InternshipActivated carries it). The outcomes after an internship take the internships whose end falls
-- in the period, by kind and end. Internships activated before this migration have none and are left out of those
-- outcomes: monitoring never reads the pathway's tables to fill it in.
alter table monitoring_fact add column end_date date;

create index monitoring_fact_kind_end on monitoring_fact (kind, end_date) where end_date is not null;
