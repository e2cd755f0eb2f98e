-- What triage decided (highest revision wins), who works the case, and the milestones the reports count.
alter table support_case
    add column triage_revision        integer      not null default 1,
    add column team                   varchar(100),
    add column agent                  varchar(200),
    add column escalated_to           varchar(200),
    add column escalated_at           timestamptz,
    add column category               varchar(30),
    add column incident_id            uuid,
    add column sla_policy             varchar(200),
    add column calendar               varchar(100) not null default '24x7',
    add column first_response_target  bigint,
    add column next_response_target   bigint,
    add column resolution_target      bigint,
    add column playbook               text,
    add column bad_start              boolean      not null default false,
    add column first_responded_at     timestamptz,
    add column resolved_at            timestamptz,
    add column closed_at              timestamptz,
    add column reminder_sent_at       timestamptz,
    add column last_activity_at       timestamptz,
    add column reopen_count           integer      not null default 0,
    add column sla_breached           boolean      not null default false,
    add column erased_at              timestamptz;

create index support_case_state_idx on support_case (state);
create index support_case_received_at_idx on support_case (received_at);

-- One row per clock of a case. Running: due_at set. Paused: due_at null, remaining_seconds kept. Stopped: stopped_at.
create table sla_clock (
    id                 bigint generated always as identity primary key,
    case_id            uuid        not null references support_case (id),
    clock              varchar(20) not null check (clock in ('first-response', 'next-response', 'resolution')),
    target_seconds     bigint      not null,
    started_at         timestamptz not null,
    due_at             timestamptz,
    at_risk_at         timestamptz,
    remaining_seconds  bigint,
    stopped_at         timestamptz,
    alerted            varchar(10) check (alerted in ('at-risk', 'breached')),
    unique (case_id, clock)
);

create index sla_clock_running_idx on sla_clock (at_risk_at) where stopped_at is null and due_at is not null;

-- The case's audit trail: transitions, messages, replies, deliveries, assignments, follow-ups, remedies.
create table case_event (
    id          bigint generated always as identity primary key,
    case_id     uuid         not null references support_case (id),
    at          timestamptz  not null,
    kind        varchar(30)  not null,
    actor       varchar(200) not null,
    from_state  varchar(30),
    to_state    varchar(30),
    reason      text,
    text        text,
    visibility  varchar(10),
    ref_id      uuid
);

create index case_event_case_idx on case_event (case_id, id);

-- Customer messages by complaint: one that arrives before its case is kept here until the case opens.
create table customer_message (
    message_id   uuid primary key,
    complaint_id uuid         not null,
    channel      varchar(20)  not null,
    text         text,
    visibility   varchar(10)  not null,
    received_at  timestamptz  not null,
    applied      boolean      not null default false
);

create index customer_message_pending_idx on customer_message (complaint_id) where not applied;

create table reply (
    id            uuid primary key,
    case_id       uuid         not null references support_case (id),
    text          text,
    visibility    varchar(10)  not null,
    purpose       varchar(20)  not null,
    requested_by  varchar(200) not null,
    requested_at  timestamptz  not null,
    status        varchar(10)  not null,
    channel       varchar(20),
    external_id   varchar(200),
    reason        text,
    delivered_at  timestamptz
);

create index reply_case_idx on reply (case_id);

create table remedy (
    id               uuid primary key,
    case_id          uuid          not null references support_case (id),
    kind             varchar(20)   not null,
    amount           numeric(14, 2),
    currency         char(3),
    status           varchar(20)   not null,
    proposed_by      varchar(200)  not null,
    proposed_at      timestamptz   not null,
    approved_by      varchar(200),
    approved_at      timestamptz,
    idempotency_key  varchar(200)  not null,
    unique (case_id, idempotency_key)
);

create table followup (
    id        uuid primary key,
    case_id   uuid         not null references support_case (id),
    kind      varchar(30)  not null,
    due_at    timestamptz  not null,
    text      text,
    status    varchar(10)  not null,
    done_at   timestamptz,
    reply_id  uuid
);

create index followup_due_idx on followup (due_at) where status = 'scheduled';

create table survey (
    token        varchar(64) primary key,
    case_id      uuid        not null references support_case (id),
    created_at   timestamptz not null,
    answered_at  timestamptz,
    rating       integer check (rating between 1 and 5),
    comment      text,
    advocate     boolean
);

-- Set from the first-response clock once the case exists; kept as the clock moves.
alter table support_case alter column first_response_due_at drop not null;
