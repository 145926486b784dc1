-- The sets of codes of a delivery (services delivered in the same sitting, outputs, CPI-exclusive functions
-- exercised) move from comma-separated columns to child tables, one row per code, as the employer's
-- deliveries keep their outputs. The existing rows are copied, then the columns dropped.

create table pathway_delivery_together_with (
    delivery_id uuid       not null references pathway_delivery (id) on delete cascade,
    service     varchar(2) not null,
    primary key (delivery_id, service)
);

create table pathway_delivery_output (
    delivery_id uuid        not null references pathway_delivery (id) on delete cascade,
    output      varchar(40) not null,
    primary key (delivery_id, output)
);

create table pathway_delivery_function (
    delivery_id  uuid        not null references pathway_delivery (id) on delete cascade,
    cpi_function varchar(40) not null,
    primary key (delivery_id, cpi_function)
);

insert into pathway_delivery_together_with (delivery_id, service)
select distinct d.id, trim(code)
from pathway_delivery d, unnest(string_to_array(d.together_with, ',')) as code
where trim(code) <> '';

insert into pathway_delivery_output (delivery_id, output)
select distinct d.id, trim(code)
from pathway_delivery d, unnest(string_to_array(d.outputs, ',')) as code
where trim(code) <> '';

insert into pathway_delivery_function (delivery_id, cpi_function)
select distinct d.id, trim(code)
from pathway_delivery d, unnest(string_to_array(d.functions, ',')) as code
where trim(code) <> '';

alter table pathway_delivery drop column together_with, drop column outputs, drop column functions;
