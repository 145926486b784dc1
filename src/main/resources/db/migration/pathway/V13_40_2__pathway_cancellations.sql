-- Issue 13 (corrections): an act registered by mistake is cancelled ("annullamento"), never deleted. It keeps
-- its row, marked with the reason, when and by whom; the rule engine judges later acts without it and
-- monitoring records a reversing fact.
alter table pathway_delivery add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
alter table pathway_pact add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
alter table pathway_action_plan add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
alter table pathway_training_event add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
alter table pathway_internship add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;

-- The published view keeps its columns and meaning: a cancelled Patto is not in force.
drop view pathway_pact_in_force;
create view pathway_pact_in_force as
select person_id from pathway_pact
where outcome = 'SIGNED' and superseded_by is null and cancellation_at is null;

-- One Patto and one PAI in force per person: a cancelled one is not in force.
drop index pathway_pact_in_force_uk;
create unique index pathway_pact_in_force_uk on pathway_pact (person_id)
    where outcome = 'SIGNED' and superseded_by is null and cancellation_at is null;
drop index pathway_action_plan_in_force_uk;
create unique index pathway_action_plan_in_force_uk on pathway_action_plan (person_id)
    where outcome = 'SIGNED' and superseded_by is null and cancellation_at is null;
