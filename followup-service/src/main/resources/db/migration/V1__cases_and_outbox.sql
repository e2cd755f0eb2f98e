-- One case per complaint: follow-up runs it until the customer is satisfied.
create table support_case (
    id                     uuid primary key,
    complaint_id           uuid        not null unique,
    priority               varchar(2)  not null check (priority in ('P1', 'P2', 'P3', 'P4')),
    state                  varchar(30) not null,
    channel                varchar(20) not null,
    visibility             varchar(10) not null,
    language               varchar(3)  not null,
    received_at            timestamptz not null,
    opened_at              timestamptz not null,
    first_response_due_at  timestamptz not null
);

create index support_case_opened_at_idx on support_case (opened_at desc);

-- Ids of events already handled, written in the same transaction as their effect: redelivery is harmless.
create table processed_event (
    event_id     varchar(200) primary key,
    processed_at timestamptz  not null
);

-- Written in the same transaction as the change it announces; the relay publishes and deletes rows.
create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    event_type   varchar(200) not null,
    event_key    varchar(200) not null,
    data_schema  varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null
);
