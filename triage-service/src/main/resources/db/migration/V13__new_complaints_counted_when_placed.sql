-- A complaint's first decision is counted in its category's volume when it is placed into an incident, by the
-- placer, not in the decision's transaction: the consumer threads of every replica would otherwise each hold
-- the same category and minute row until their commit, and wait for one another's. Rows queued before this
-- were counted when they were decided.
alter table incident_queue add column new_complaint boolean not null default false;
