-- Issue 14, point 5: the day of a referral's last step not cancelled, kept on the referral by the steps' own
-- statement triggers (in the transaction that writes them), so that the desk's referrals waiting for feedback
-- read a column instead of working the last step out for every living referral of the organisation.
alter table referral add column last_step_on date;

update referral r set last_step_on = (select max(s.occurred_on) from referral_step s
                                      where s.referral_id = r.id and s.cancellation_at is null);

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

-- Published for the desk (V14_1_4), same columns and meaning, the last step now read from the referral.
create or replace view referral_desk_waiting as
select r.id as referral_id, r.person_id, r.person_organisation_id, r.vacancy_id, r.employer_id,
       r.vacancy_organisation_id, r.referred_on, r.status, r.last_step_on
from referral r
where r.status in ('SENT', 'INTERVIEWED', 'SELECTED') and r.cancellation_at is null;
