-- Issue 14, point 5: what no module reads since the desk's state and deadlines are kept (V14_6_1 to V14_6_8): the
-- view of where each person with a DID or Patto in force stands (the desk reads pathway_desk_caseload, which has
-- every person in charge) and the index of the open actions by due day (the deadlines are read from
-- pathway_desk_due_action, kept with the organisation in charge).
drop view pathway_desk_person;
drop index pathway_action_due_idx;
