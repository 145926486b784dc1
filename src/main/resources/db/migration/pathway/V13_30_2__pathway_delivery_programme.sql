-- Issue 13, programmes: the regional programme a delivery was registered under (its code in the catalogue's
-- programmes), null for a delivery under none. No published view reads pathway_delivery.
alter table pathway_delivery add column programme varchar(40);
