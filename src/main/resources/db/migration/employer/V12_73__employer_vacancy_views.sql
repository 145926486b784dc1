-- The employer module's published read models (issue 12: no module reads another module's tables).
-- Plain projections of the vacancy table, so PostgreSQL inlines them and its indexes serve the queries
-- through them as before. The employer module may change its tables as long as these keep their columns
-- and meanings.

-- The open vacancies (state OPEN; the expiry date is left to the reader, who knows its clock), with what
-- matching (vacancies for a person) and the portal's job board (search among the published ones) read.
create view employer_open_vacancy as
select id, organisation_id, published, title, description, occupation_code, comune_code, contract_type,
       expires_on, registered_on, created_at
from vacancy where state = 'OPEN';

-- The title of every vacancy, whatever its state: for the portal's queue of self-applications.
create view employer_vacancy_title as
select id, title from vacancy;
