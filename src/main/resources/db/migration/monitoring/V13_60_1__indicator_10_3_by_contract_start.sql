-- Issue 13, point 6: indicator 10.3 ("N°aziende che hanno assunto") is dated by the start of the contract,
-- as 6.4 is ("Data avvio contratto"), from the CONTRACT_STARTED facts the hires already recorded, rather than
-- by the day the hire was registered. Its derived rows are recomputed from the facts, as a rebuild would
-- (IndicatorDefinition is the definition; this is the same selection written once for the upgrade).
delete from monitoring_count where code = '10.3';
delete from monitoring_subject where code = '10.3';

insert into monitoring_subject (code, grain, period_start, scope, subject)
select distinct '10.3', g.grain, g.period_start, g.scope, f.employer_id::text
from monitoring_fact f
cross join lateral (values
    ('M', date_trunc('month', f.fact_date)::date, f.counterpart_organisation_id),
    ('M', date_trunc('month', f.fact_date)::date, '00000000-0000-0000-0000-000000000000'::uuid),
    ('Y', date_trunc('year', f.fact_date)::date, f.counterpart_organisation_id),
    ('Y', date_trunc('year', f.fact_date)::date, '00000000-0000-0000-0000-000000000000'::uuid))
    as g(grain, period_start, scope)
where f.kind = 'CONTRACT_STARTED' and f.counterpart_organisation_id is not null and f.employer_id is not null;

insert into monitoring_count (code, grain, period_start, scope, value)
select code, grain, period_start, scope, count(*) from monitoring_subject where code = '10.3'
group by code, grain, period_start, scope;
