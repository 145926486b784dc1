-- Issue 13, point 1: a delivery records its meetings one by one, each with its date, minutes, mode and part
-- (A.6: presence or back office). pathway_delivery keeps `minutes` (the total) and `meetings` (the count).
-- A delivery may stay open for its further meetings (A.4 registered meeting by meeting): it counts as
-- delivered once complete. A group delivery records why it is a group (A.2: "prese in carico collettive da
-- aziende o convocazioni relative a progetti") and the company or project it names.
-- No published view reads pathway_delivery, so none is recreated.

create table pathway_delivery_meeting (
    delivery_id uuid        not null references pathway_delivery (id) on delete cascade,
    position    integer     not null,
    held_on     date        not null,
    minutes     integer check (minutes >= 0),
    mode        varchar(20) not null,
    part        varchar(20) not null check (part in ('PRESENCE', 'BACK_OFFICE')),
    primary key (delivery_id, position)
);

alter table pathway_delivery
    add column in_progress       boolean not null default false,
    add column meetings_required integer check (meetings_required >= 1),
    add column group_reason      varchar(20) check (group_reason in ('COMPANY_INTAKE', 'PROJECT_CALL')),
    add column group_reason_name varchar(200);

-- A delivery registered before with a single meeting is that meeting; one of several meetings keeps only its
-- total and count (how the minutes were split is not known).
insert into pathway_delivery_meeting (delivery_id, position, held_on, minutes, mode, part)
select id, 0, delivered_on, minutes, mode, case when mode = 'BACK_OFFICE' then 'BACK_OFFICE' else 'PRESENCE' end
from pathway_delivery
where meetings = 1;
