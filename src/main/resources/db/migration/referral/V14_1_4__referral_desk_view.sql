-- Issue 14, point 1 (the operator's desk): the referral module's published read model for the desk module: the
-- referrals still waiting for the company's feedback (sent, interviewed or selected, not cancelled) with the day
-- of their last step still standing. The referral module keeps its columns and meaning whatever it changes.
create view referral_desk_waiting as
select r.id as referral_id, r.person_id, r.person_organisation_id, r.vacancy_id, r.employer_id,
       r.vacancy_organisation_id, r.referred_on, r.status,
       (select max(s.occurred_on) from referral_step s
        where s.referral_id = r.id and s.cancellation_at is null) as last_step_on
from referral r
where r.status in ('SENT', 'INTERVIEWED', 'SELECTED') and r.cancellation_at is null;
