-- Issue 17 (retention, category INACTIVE_PERSON): a person no module acted for in five years is anonymised. The
-- row stays, because the statutory records of the pathway (DID, Patto, services) keep referring to it, but nothing in
-- it says who the person was: names, codice fiscale (replaced by a token that no valid code can equal), birth day and
-- place, addresses, contacts; sex, year of birth, citizenship and education level stay. anonymised_at says when.
-- changed_at is the last change of the row (kept by the trigger below unless the update sets it itself, as a load of
-- past data does), one of the signs of activity the retention reads, besides the registration, the transfers, the
-- consents, the requests of rectification and the assignment.
alter table person add column anonymised_at timestamptz;
-- The token that replaces an anonymised person's codice fiscale: '*' and a number of this sequence, unique and
-- unrelated to the person.
create sequence person_anonymised_seq;
alter table person add column changed_at timestamptz;
-- When a row last changed before this migration is unknown: counted from now, so nobody is anonymised for a change
-- the table did not record.
update person set changed_at = now();

create function person_changed_at() returns trigger language plpgsql as $$
begin
    if new.changed_at is not distinct from old.changed_at then
        new.changed_at := now();
    end if;
    return new;
end $$;

create trigger person_changed_at before update on person for each row
    when (old.* is distinct from new.*) execute function person_changed_at();

-- The caseload lists never show an anonymised person (the registry answers "not found" for them too).
create or replace view person_desk_person as
select p.id as person_id, p.in_charge_of, a.operator_id as assigned_operator, p.first_name, p.last_name,
       p.fiscal_code, p.search_name, p.search_name_reversed, p.registered_at
from person p
left join person_assignment a on a.person_id = p.id and a.organisation_id = p.in_charge_of
where p.anonymised_at is null;

-- Nor does the published view of who has each person in charge: an anonymised person is in nobody's charge.
create or replace view person_in_charge as
select id as person_id, in_charge_of as organisation_id from person where anonymised_at is null;
