-- Issue 13 (corrections): a step of a referral registered by mistake is cancelled ("annullamento"), never
-- deleted: it keeps its row, marked with the reason, when and by whom, and the referral goes back to the
-- status of its last step still standing. Cancelling the first step (the sending itself) cancels the referral.
alter table referral_step add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;
alter table referral add column cancellation_reason varchar(500),
    add column cancellation_at timestamptz, add column cancellation_by uuid;

-- The published view keeps its columns and meaning: a cancelled referral is not live.
drop view referral_live;
create view referral_live as
select person_id, vacancy_id from referral
where status not in ('REJECTED', 'WITHDRAWN') and cancellation_at is null;
