-- Issue 13, point 6: a referral is the A6 output "Invio a colloqui di lavoro" on the person's side and the B4
-- output "Invio di lavoratori per colloqui di selezione" on the company's: each new referral names the A6
-- delivery of the person and the B4 delivery of the company it belongs to (ids of the pathway's and the
-- employer's deliveries, no foreign key across modules). Referrals registered before this stay without them.
-- The published view referral_live reads neither column and is unchanged.
alter table referral add column person_delivery_id uuid;
alter table referral add column company_delivery_id uuid;
