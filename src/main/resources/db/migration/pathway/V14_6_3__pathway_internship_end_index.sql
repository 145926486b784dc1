-- Issue 14, point 5: the desk's deadlines read the internships ending in the next 14 days by their end, not by a
-- scan of every internship of the region.
create index pathway_internship_end_idx on pathway_internship (ends_on) where cancellation_at is null;
