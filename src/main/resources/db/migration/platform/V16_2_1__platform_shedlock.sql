-- The locks of the scheduled jobs (ShedLock's JDBC provider): a job that runs on several instances of the
-- application runs on one of them at a time. The library names this table in its own SQL.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
