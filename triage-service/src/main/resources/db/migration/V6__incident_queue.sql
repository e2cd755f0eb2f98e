-- Complaints decided but not yet placed into an incident. Placing compares a complaint with its category's recent
-- ones under a per-category lock, so it runs after the decision's commit, in received order, and never holds up
-- the decisions themselves.
create table incident_queue (
    complaint_id uuid        primary key references triage (complaint_id),
    queued_at    timestamptz not null
);
