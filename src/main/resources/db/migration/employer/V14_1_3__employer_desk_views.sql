-- Issue 14, point 1 (the operator's desk): the employer module's published read models for the desk module.
-- Plain projections, so PostgreSQL inlines them; the employer module may change its tables as long as these
-- keep their columns and meanings.

-- Each company with the organisation that has it in charge, whether a company Patto is in force (signed, not
-- superseded, not cancelled) and how many of its vacancies are open.
create view employer_desk_company as
select e.id as employer_id, e.organisation_id, e.name, e.fiscal_code, e.comune_code, e.ateco_code,
       exists (select 1 from company_pact p where p.employer_id = e.id and p.outcome = 'SIGNED'
               and p.superseded_on is null and p.cancellation_at is null) as pact_in_force,
       (select count(*) from vacancy v where v.employer_id = e.id and v.state = 'OPEN') as open_vacancies
from employer e;

-- The open vacancies with their company and expiry: the desk's deadlines.
create view employer_desk_vacancy as
select v.id as vacancy_id, v.employer_id, v.organisation_id, v.title, v.expires_on
from vacancy v where v.state = 'OPEN';
