-- Issue 13, programmes: the regional programme a delivery was registered under and its minutes, recorded with
-- the delivery's fact, for the breakdown by programme and the programme report (hours per service at unit cost).
-- monitoring_subject and monitoring_count are untouched.
alter table monitoring_fact add column programme varchar(40);
alter table monitoring_fact add column minutes integer;

create index monitoring_fact_programme on monitoring_fact (programme, fact_date, organisation_id)
    where programme is not null;
