-- Many complaints about one problem (same category and product, close in time), resolved together.
create table incident (
    id              uuid         primary key,
    status          varchar(10)  not null check (status in ('open', 'resolved')),
    title           varchar(300) not null,
    category        varchar(20)  not null,
    product         varchar(200),
    opened_at       timestamptz  not null,
    updated_at      timestamptz  not null,
    resolved_at     timestamptz,
    resolved_by     varchar(200),
    resolution_note varchar(2000)
);
create index incident_open_signature on incident (category, product, updated_at) where status = 'open';

create table incident_complaint (
    complaint_id uuid primary key references triage (complaint_id),
    incident_id  uuid not null references incident (id)
);
create index incident_complaint_incident on incident_complaint (incident_id);

create index triage_signature on triage (category, product, triaged_at) where incident_id is null;

-- One spike alert per category and window, however many replicas notice it.
create table spike_alert (
    category     varchar(20) not null,
    window_start timestamptz not null,
    count        bigint      not null,
    baseline     double precision not null,
    detected_at  timestamptz not null,
    primary key (category, window_start)
);

-- A message that arrived before its complaint: kept until the complaint is triaged, then read with it.
create table pending_message (
    event_id     varchar(200) primary key,
    complaint_id uuid         not null,
    text         text,
    received_at  timestamptz  not null
);
create index pending_message_complaint on pending_message (complaint_id);
