-- A vacuum of a queue table whose rows were all deleted would give the empty pages at its end back to the
-- file system, and to do so takes an exclusive lock that stops every insert into the queue for as long as it
-- holds it: the consumers' writes stalled for tens of milliseconds after each vacuum (docs/performance.md).
-- The pages are filled again within seconds, so a queue keeps them.
alter table outbox_event set (vacuum_truncate = false);
alter table incident_queue set (vacuum_truncate = false);
