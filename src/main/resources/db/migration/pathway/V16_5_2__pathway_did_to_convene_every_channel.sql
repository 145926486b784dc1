-- Issue 16, point 2: the worklist "DID da convocare" holds every DID still in force whose person has had no Patto
-- decided (signed or refused) since the declaration, whatever the channel (at a CPI's counter, through an agency, on
-- the national portal): the CPI convokes them all for the Patto (D.Lgs. 150/2015 art. 20). Until now only the DIDs of
-- the national flow were listed. Same columns: the desk's reader and its page are unchanged.
create or replace view pathway_desk_did_to_convene as
select d.id as did_id, d.person_id, d.cpi_id, d.declared_on, d.channel
from pathway_did d
where d.state <> 'REVOKED'
  and not exists (select 1 from pathway_pact p
                  where p.person_id = d.person_id and p.decided_on >= d.declared_on and p.cancellation_at is null);

create index pathway_did_cpi_in_force_idx on pathway_did (cpi_id, declared_on) where state <> 'REVOKED';
