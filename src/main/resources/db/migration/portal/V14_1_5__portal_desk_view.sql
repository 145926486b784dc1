-- Issue 14, point 1 (the operator's desk): the portal's published read model for the desk module: the
-- self-applications received and not yet verified, by the organisation that handles the vacancy. No personal
-- data: the desk counts them and links to the portal's queue.
create view portal_desk_application as
select id as application_id, organisation_id, vacancy_id, submitted_at
from portal_application where status = 'RECEIVED';
