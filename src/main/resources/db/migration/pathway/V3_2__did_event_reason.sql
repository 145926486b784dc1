-- Suspension, reinstatement and revocation of a DID are recorded with their reason (free text of the CPI).
alter table pathway_did_event add column reason varchar(500);
