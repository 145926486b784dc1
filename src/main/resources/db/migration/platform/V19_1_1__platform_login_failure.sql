-- Issue 19 (several instances on one database): the failed logins the throttle counts, shared by every instance, so
-- that an attacker spreading attempts over the instances meets the same delays. One row per client address and per
-- pair of address and username, named by the SHA-256 of the key, never the address or the username themselves; a
-- row forgotten an hour after its last failure is deleted by a job on one instance.
create table platform_login_failure (
    key_hash varchar(64) primary key,
    failures integer     not null check (failures > 0),
    last_at  timestamptz not null
);
create index platform_login_failure_last_idx on platform_login_failure (last_at);
