-- Every queued or linked complaint is written from its own triage row in the same transaction, and triage rows
-- are never deleted (an erasure blanks them), so these two keys checked what cannot fail: yet each row they
-- guarded cost a look-up and a row lock on triage. Without them, during the backlog of ./redress bench-triage
-- (pg_stat_statements), the consumers' queue insert took 0.199 ms a call instead of 0.728, the placer's link
-- insert 0.055 ms a row instead of 0.123 (docs/performance.md).
alter table incident_queue drop constraint incident_queue_complaint_id_fkey;
alter table incident_complaint drop constraint incident_complaint_complaint_id_fkey;
