-- Issue 13, point 2. The advisory findings of the rule engine a delivery was registered with (never a
-- refusal: recorded so that the pathway, the delivery's JSON and the network's compliance can show them),
-- and the cultural mediator who supported the delivery: an operator of the organisation (mediator_operator_id)
-- or a mediator from outside the network, by name and organisation, with the languages they mediate in.
-- No published view reads pathway_delivery.
create table pathway_delivery_advisory (
    delivery_id    uuid          not null references pathway_delivery (id) on delete cascade,
    position       integer       not null,
    code           varchar(50)   not null,
    message        varchar(1000) not null,
    source_service varchar(2),
    source_field   varchar(100)  not null,
    source_version varchar(100),
    field          varchar(50),
    primary key (delivery_id, position)
);
create index pathway_delivery_advisory_delivery_idx on pathway_delivery_advisory (delivery_id);

alter table pathway_delivery
    add column mediator_operator_id  uuid,
    add column mediator_name         varchar(200),
    add column mediator_organisation varchar(200),
    add constraint pathway_delivery_mediator_one_kind
        check (mediator_operator_id is null or (mediator_name is null and mediator_organisation is null));

create table pathway_delivery_mediator_language (
    delivery_id uuid       not null references pathway_delivery (id) on delete cascade,
    language    varchar(2) not null check (language ~ '^[a-z]{2}$'),
    primary key (delivery_id, language)
);
