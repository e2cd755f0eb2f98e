-- A complaint's incident is its triage row's incident_id, written over the revision the placer read (so a complaint
-- another placer linked meanwhile fails the placement, which is tried again). incident_complaint held the same link
-- a second time, with two indexes and a key to incident per row, and nothing read it; during the backlog of
-- ./redress bench-triage its insert took 1.6-1.9 s of the database's 16-19 s (pg_stat_statements,
-- docs/performance.md). An incident's complaints are read by incident_id, so that gets the index.
drop table incident_complaint;
create index triage_incident on triage (incident_id) where incident_id is not null;
