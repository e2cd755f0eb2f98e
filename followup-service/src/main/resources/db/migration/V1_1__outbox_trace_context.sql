-- The trace of the request that wrote the event, so the relay can publish it as part of the same trace.
alter table outbox_event add column trace_parent varchar(55);
