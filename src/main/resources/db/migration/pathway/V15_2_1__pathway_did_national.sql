-- Issue 15, point 2: the DIDs made on the national portal (on line, or with a NASpI application) and received through
-- the national flow, with their id in that flow: a DID sent twice is recorded once.
alter table pathway_did add column national_id varchar(64);
create unique index pathway_did_national_id_uk on pathway_did (national_id) where national_id is not null;
create index pathway_did_national_cpi_idx on pathway_did (cpi_id, declared_on)
    where national_id is not null and state <> 'REVOKED';

-- Published for the desk: the CPI's worklist "DID da convocare", the DIDs of the national flow still in force whose
-- person has had no Patto decided (signed or refused) since the declaration.
create view pathway_desk_did_to_convene as
select d.id as did_id, d.person_id, d.cpi_id, d.declared_on, d.channel
from pathway_did d
where d.national_id is not null and d.state <> 'REVOKED'
  and not exists (select 1 from pathway_pact p
                  where p.person_id = d.person_id and p.decided_on >= d.declared_on and p.cancellation_at is null);
