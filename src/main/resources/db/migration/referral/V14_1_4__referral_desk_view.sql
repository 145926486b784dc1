-- Issue 14 (the operator's desk): the referral module's published read model for the desk module, the referrals
-- still waiting for the company's feedback (sent, interviewed or selected, not cancelled) with the day of their last
-- step still standing. The referral module keeps its columns and meaning whatever it changes.
--
-- Point 5 (operator pages under 150 ms on a million persons): the organisation's waiting referrals are read from an
-- index on each organisation, and the day of the last step is kept on the referral, not worked out for every living
-- referral of the region.

create index referral_waiting_person_organisation_idx on referral (person_organisation_id)
    where status in ('SENT', 'INTERVIEWED', 'SELECTED') and cancellation_at is null;
create index referral_waiting_vacancy_organisation_idx on referral (vacancy_organisation_id)
    where status in ('SENT', 'INTERVIEWED', 'SELECTED') and cancellation_at is null;

-- The day of the last step not cancelled, kept by the steps' own statement triggers in the transaction that
-- writes them.
alter table referral add column last_step_on date;

create function referral_last_step_refresh() returns trigger language plpgsql as $$
begin
    update referral r
       set last_step_on = (select max(s.occurred_on) from referral_step s
                            where s.referral_id = r.id and s.cancellation_at is null)
     where r.id in (select distinct referral_id from changed);
    return null;
end $$;

create trigger referral_step_last_insert after insert on referral_step
    referencing new table as changed for each statement execute function referral_last_step_refresh();
create trigger referral_step_last_update after update on referral_step
    referencing new table as changed for each statement execute function referral_last_step_refresh();
create trigger referral_step_last_delete after delete on referral_step
    referencing old table as changed for each statement execute function referral_last_step_refresh();

update referral r set last_step_on = (select max(s.occurred_on) from referral_step s
                                      where s.referral_id = r.id and s.cancellation_at is null);

create view referral_desk_waiting as
select r.id as referral_id, r.person_id, r.person_organisation_id, r.vacancy_id, r.employer_id,
       r.vacancy_organisation_id, r.referred_on, r.status, r.last_step_on
from referral r
where r.status in ('SENT', 'INTERVIEWED', 'SELECTED') and r.cancellation_at is null;
