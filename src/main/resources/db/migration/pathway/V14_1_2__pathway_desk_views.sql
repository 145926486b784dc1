-- Issue 14, point 1 (the operator's desk): a read model the pathway module publishes for the desk module. The
-- pathway module may change its tables as long as it keeps the view's columns and meaning. Where each person
-- stands, and the deadlines, are kept tables of their own (V14_6_2).

-- The DIDs an agency sent to a CPI for certification and not yet certified: the CPI's queue, counted by the desk.
create view pathway_desk_did_request as
select id, cpi_id, declared_on from pathway_did where state = 'CERTIFICATION_REQUESTED';
