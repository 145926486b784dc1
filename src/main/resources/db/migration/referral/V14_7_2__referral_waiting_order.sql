-- Issue 14, point 5: the home page lists an organisation's referrals waiting for the company's feedback, the
-- oldest first, by the day of their last step (or of the referral). Each index gives the waiting referrals of an
-- organisation already in that order, so the fifty oldest are read, not every waiting referral of the
-- organisation sorted (about 30,000 for the largest CPI of the synthetic region). They replace the indexes of
-- V14_6_7, of which they are an extension.
create index referral_waiting_person_organisation_since_idx
    on referral (person_organisation_id, coalesce(last_step_on, referred_on))
    where status in ('SENT', 'INTERVIEWED', 'SELECTED') and cancellation_at is null;
create index referral_waiting_vacancy_organisation_since_idx
    on referral (vacancy_organisation_id, coalesce(last_step_on, referred_on))
    where status in ('SENT', 'INTERVIEWED', 'SELECTED') and cancellation_at is null;
drop index referral_waiting_person_organisation_idx;
drop index referral_waiting_vacancy_organisation_idx;
