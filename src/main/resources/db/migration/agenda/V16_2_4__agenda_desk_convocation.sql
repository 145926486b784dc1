-- Published for the desk (issue 16, point 2): the latest appointment a person was convoked to by an organisation,
-- still booked, so that the CPI's worklist of DIDs to convene shows who is convoked and when. Ids and a time only.
create view agenda_desk_convocation as
select c.person_id, a.organisation_id, max(a.starts_at) as starts_at
from agenda_convocation c
join agenda_appointment a on a.id = c.appointment_id
where a.status = 'BOOKED'
group by c.person_id, a.organisation_id;
