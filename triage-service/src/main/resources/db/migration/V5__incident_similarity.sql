-- Incidents group complaints about the same problem (ProblemSignature), not merely of one category and product.
-- A complaint's signature is read once, when it is placed; complaints triaged before this have none and never
-- group (a text erased since could not be read again anyway).
alter table triage add column features text[];

-- What the incident is about: how many of its complaints carry each feature (the core is what at least half
-- carry), and the span of their received times, so an imported old complaint does not join today's incident.
alter table incident
    add column features          jsonb       not null default '{}',
    add column complaints        integer     not null default 0,
    add column first_received_at timestamptz,
    add column last_received_at  timestamptz;

-- Incidents opened before had one category and product: that is their core, so new complaints can still join.
update incident i
set complaints = s.n, first_received_at = s.first_received, last_received_at = s.last_received,
    features = case when i.product is null then jsonb_build_object('c:' || i.category, s.n)
                    else jsonb_build_object('c:' || i.category, s.n, 'p:' || i.product, s.n) end
from (select incident_id, count(*) as n, min(received_at) as first_received, max(received_at) as last_received
      from triage where incident_id is not null group by incident_id) s
where s.incident_id = i.id;
update incident set first_received_at = opened_at, last_received_at = opened_at where first_received_at is null;
alter table incident alter column first_received_at set not null, alter column last_received_at set not null;

drop index incident_open_signature;
create index incident_open_received on incident (category, last_received_at) where status = 'open';
drop index triage_signature;
create index triage_unplaced_received on triage (category, received_at) where incident_id is null;

-- Rules stored before lack the new threshold, and every threshold must be set: the next version adds it.
insert into rule_version (version, changed_at, changed_by, change, rules)
select version + 1, now(), 'system', 'set threshold incident-similarity to 0.5 (migration V5)',
       jsonb_set(rules, '{thresholds,incident-similarity}', '0.5')
from rule_version
where version = (select max(version) from rule_version)
  and rules -> 'thresholds' -> 'incident-similarity' is null;
