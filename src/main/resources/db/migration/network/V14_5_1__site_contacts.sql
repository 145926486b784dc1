-- Issue 14, part E: what a citizen needs to reach a site from "Dove andare": its opening hours, phone
-- and e-mail, edited by administrators. Optional: sites opened before have none until an administrator
-- writes them. No published view reads the site table.
alter table site add column opening_hours varchar(500);
alter table site add column phone varchar(30);
alter table site add column email varchar(200);
