-- The latest decision about each complaint.
create table triage (
    complaint_id        uuid primary key,
    channel             varchar(20)  not null,
    visibility          varchar(10)  not null,
    language            varchar(3)   not null,
    language_confidence double precision not null check (language_confidence between 0 and 1),
    priority            varchar(2)   not null check (priority in ('P1', 'P2', 'P3', 'P4')),
    reasons             jsonb        not null,
    received_at         timestamptz  not null,
    triaged_at          timestamptz  not null
);

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
