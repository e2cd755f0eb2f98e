-- A resolved incident reaches every case that belongs to it, found by the incident id each case learned from triage.
create index support_case_incident on support_case (incident_id) where incident_id is not null;
