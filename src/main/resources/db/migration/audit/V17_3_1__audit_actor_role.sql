-- Issue 17: the role of who acted, beside their organisation, so that a person's access log can say "an operator
-- of the CPI of Torino" without naming the operator. Rows written before have none. An index finds the accesses to
-- one person whatever the object type of the event (their record, their pathway, their SAP).
alter table audit_event add column actor_role varchar(20);

create index audit_event_object_id_idx on audit_event (object_id, occurred_at desc) where user_id is not null;
