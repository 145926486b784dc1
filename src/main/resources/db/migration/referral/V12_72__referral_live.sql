-- The referral module's published read model for matching (issue 12: no module reads another module's
-- tables): the pairs of person and vacancy with a live referral (neither rejected nor withdrawn), which
-- the person may not be proposed for again. Matching reads this view, never the referral table.
create view referral_live as
select person_id, vacancy_id from referral where status not in ('REJECTED', 'WITHDRAWN');
