-- Any period, fast and exact (issue 13, point 7; ADR 0005, amendment of 2026-12-05). Derived from the facts
-- like monitoring_subject and rebuilt with it; filled at the first start after this migration (PeriodIndex).
--
-- monitoring_subject_day: the days on which a subject has facts of an indicator, per scope (an organisation,
-- or the nil uuid for the region), with the number of facts (not reversed) that keep it there.
create table monitoring_subject_day (
    code     varchar(5)  not null,
    scope    uuid        not null,
    subject  varchar(60) not null,
    day      date        not null,
    facts    integer     not null,
    primary key (code, scope, subject, day)
);

-- The steps of the subjects from one fact day to the next: how many subjects have a fact on `day` whose
-- previous fact day (same indicator and scope) is `previous_day` ('-infinity' when none). A subject is in
-- the period [from, to] exactly once through the step onto its first day in the period, whose previous day
-- is before `from`: the distinct count of any period is a sum of steps, without reading a subject.
create table monitoring_step_day (
    code          varchar(5) not null,
    scope         uuid       not null,
    previous_day  date       not null,
    day           date       not null,
    subjects      integer    not null,
    primary key (code, scope, previous_day, day)
);

-- The same steps with the month of the previous day ('-infinity' when none): the steps onto the period's
-- days from before the month of `from` are read here, a few rows per day.
create table monitoring_step_month (
    code            varchar(5) not null,
    scope           uuid       not null,
    day             date       not null,
    previous_month  date       not null,
    subjects        integer    not null,
    primary key (code, scope, day, previous_month)
);
