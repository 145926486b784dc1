-- Issue 14, point 5: the desk's referrals waiting for the company's feedback are those of the organisation that
-- sent the person or owns the vacancy; read them from an index on each, not from every referral of the region.
create index referral_waiting_person_organisation_idx on referral (person_organisation_id)
    where status in ('SENT', 'INTERVIEWED', 'SELECTED') and cancellation_at is null;
create index referral_waiting_vacancy_organisation_idx on referral (vacancy_organisation_id)
    where status in ('SENT', 'INTERVIEWED', 'SELECTED') and cancellation_at is null;
