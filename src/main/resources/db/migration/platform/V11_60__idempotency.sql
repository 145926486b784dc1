-- Platform: the first answer to each Idempotency-Key (header of the JSON API, hidden field of the pages'
-- forms), per caller, kept 24 hours so that a retry or a double submission replays it instead of
-- registering again. status is null while the first request is in flight.
create table idempotent_request (
    caller          varchar(300)  not null,
    idempotency_key varchar(200)  not null,
    request_hash    char(64)      not null,
    status          integer,
    location        varchar(2000),
    content_type    varchar(200),
    body            bytea,
    created_at      timestamptz   not null,
    primary key (caller, idempotency_key)
);
create index idempotent_request_created_idx on idempotent_request (created_at);
