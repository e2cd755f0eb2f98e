create table complaint (
    id                  uuid primary key,
    channel             varchar(20)  not null,
    external_id         varchar(200) not null,
    author_handle       varchar(200) not null,
    author_display_name varchar(200),
    author_email        varchar(320),
    author_followers    bigint check (author_followers >= 0),
    text                text         not null,
    visibility          varchar(10)  not null check (visibility in ('PUBLIC', 'PRIVATE')),
    url                 varchar(2000),
    in_reply_to         varchar(200),
    received_at         timestamptz  not null,
    created_at          timestamptz  not null,
    -- One provider item is one complaint, however often it is delivered.
    constraint complaint_channel_external_id_key unique (channel, external_id)
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
