-- Issue 14, point 1 (the operator's desk): the pathway module's published read models for the desk module.
-- Plain projections (no grouping), so PostgreSQL inlines them and the pathway indexes on person_id serve the
-- caseload's joins. The pathway module may change its tables as long as these keep their columns and meanings.

-- Where each person with a DID in force or a Patto in force stands: PLACED (the PAI in force recorded a placement
-- still standing), PAI_OPEN (a PAI in force), PACT_WITHOUT_PAI (a Patto in force, no PAI), DID_WITHOUT_PACT; the day
-- of the last service registered (the last contact) and the earliest due day of the open actions of the PAI in
-- force. The persons are those with a DID in force, then those with a Patto in force and no DID in force (union
-- all, so a join on person_id still reaches the indexes of both branches).
create view pathway_desk_person as
select s.person_id,
       case when plan.id is not null and (select count(*) filter (where e.kind = 'PLACEMENT_RECORDED')
                                                - count(*) filter (where e.kind = 'PLACEMENT_CANCELLED')
                                          from pathway_action_plan_event e where e.action_plan_id = plan.id) > 0
                 then 'PLACED'
            when plan.id is not null then 'PAI_OPEN'
            when pact.id is not null then 'PACT_WITHOUT_PAI'
            else 'DID_WITHOUT_PACT' end as stage,
       (select max(x.delivered_on) from pathway_delivery x
        where x.person_id = s.person_id and x.cancellation_at is null) as last_contact,
       (select min(a.due_on) from pathway_action a
        where a.action_plan_id = plan.id and a.state in ('PLANNED', 'IN_PROGRESS')) as next_due
from (select d.person_id from pathway_did d where d.state <> 'REVOKED'
      union all
      select p.person_id from pathway_pact p
      where p.outcome = 'SIGNED' and p.superseded_by is null and p.cancellation_at is null
        and not exists (select 1 from pathway_did d where d.person_id = p.person_id and d.state <> 'REVOKED')) s
left join pathway_pact pact on pact.person_id = s.person_id and pact.outcome = 'SIGNED'
     and pact.superseded_by is null and pact.cancellation_at is null
left join pathway_action_plan plan on plan.person_id = s.person_id and plan.outcome = 'SIGNED'
     and plan.superseded_by is null and plan.cancellation_at is null;

-- The open actions (PLANNED, IN_PROGRESS) with a due day of every PAI in force: the desk's deadlines.
create view pathway_desk_action as
select plan.person_id, plan.organisation_id, a.action_key, a.service, a.description, a.due_on, a.state
from pathway_action_plan plan
join pathway_action a on a.action_plan_id = plan.id
where plan.outcome = 'SIGNED' and plan.superseded_by is null and plan.cancellation_at is null
  and a.state in ('PLANNED', 'IN_PROGRESS') and a.due_on is not null;

-- The internships not cancelled, with their end: the desk's deadlines.
create view pathway_desk_internship as
select id, person_id, organisation_id, host, ends_on, state
from pathway_internship where cancellation_at is null;

-- The DIDs an agency sent to a CPI for certification and not yet certified: the CPI's queue, counted by the desk.
create view pathway_desk_did_request as
select id, cpi_id, declared_on from pathway_did where state = 'CERTIFICATION_REQUESTED';

create index pathway_action_due_idx on pathway_action (due_on) where state in ('PLANNED', 'IN_PROGRESS');
