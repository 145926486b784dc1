-- Open data: a company fact recorded without a site (a Patto, a vacancy, a referral outcome) takes the
-- province of the nearest delivery to the same company; this finds those deliveries.
create index monitoring_fact_employer on monitoring_fact (employer_id) where employer_id is not null;
