-- Issue 15, point 1: the dimension "fonte" of 6.4 and 10.3 (a hire told by a Comunicazione Obbligatoria, or by an
-- operator), and the CO behind a contract's start, shown in the records. Contract starts recorded before are the
-- operators'.
alter table monitoring_fact add column hire_source varchar(10);
alter table monitoring_fact add column co_code varchar(16);
update monitoring_fact set hire_source = 'OPERATOR' where kind = 'CONTRACT_STARTED';
