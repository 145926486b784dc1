-- Issue 19 (several instances on one database): the events the portal's rate limits count (attempts to apply, to
-- book, to check an application's state per client address; applications accepted per vacancy), shared by every
-- instance. The key is stored as its SHA-256, never the client's address; an event older than an hour, longer than any
-- window, is deleted by a job on one instance.
create table portal_rate_event (
    limiter  varchar(40) not null,
    key_hash varchar(64) not null,
    at       timestamptz not null
);
create index portal_rate_event_key_idx on portal_rate_event (limiter, key_hash, at);
create index portal_rate_event_at_idx on portal_rate_event (at);
