-- The placer takes the oldest received first: with the time in the queue itself, that is an index scan, where the
-- join with every decision it needed before read both tables whole each time once the queue grew in a flood.
alter table incident_queue add column received_at timestamptz;
update incident_queue q set received_at = t.received_at from triage t where t.complaint_id = q.complaint_id;
alter table incident_queue alter column received_at set not null;
create index incident_queue_received on incident_queue (received_at, complaint_id);
