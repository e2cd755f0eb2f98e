-- One person behind every handle, page-scoped id, e-mail address and phone number we have linked.
create table customer (
    id           uuid primary key,
    display_name varchar(200),
    -- Set when this customer was merged into another; its identities and complaints moved there.
    merged_into  uuid references customer (id),
    erased_at    timestamptz,
    created_at   timestamptz not null
);

create table customer_identity (
    id          bigint generated always as identity primary key,
    customer_id uuid         not null references customer (id),
    kind        varchar(20)  not null,
    value       varchar(320) not null,
    created_at  timestamptz  not null,
    -- One handle belongs to one customer.
    constraint customer_identity_kind_value_key unique (kind, value)
);
create index customer_identity_customer_idx on customer_identity (customer_id);

alter table complaint
    add column customer_id         uuid references customer (id),
    add column status              varchar(10) not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    add column current_channel     varchar(20),
    add column closed_at           timestamptz,
    add column linked_complaint_id uuid references complaint (id),
    add column last_message_at     timestamptz;
update complaint set current_channel = channel, last_message_at = received_at;
alter table complaint alter column current_channel set not null;
alter table complaint alter column last_message_at set not null;
create index complaint_customer_idx on complaint (customer_id, channel, status);

-- The conversation: every message in or out, public or private, on whatever channel it travelled.
create table message (
    id            uuid primary key,
    complaint_id  uuid         not null references complaint (id),
    direction     varchar(10)  not null check (direction in ('INBOUND', 'OUTBOUND')),
    visibility    varchar(10)  not null check (visibility in ('PUBLIC', 'PRIVATE')),
    channel       varchar(20)  not null,
    external_id   varchar(200),
    -- The provider's conversation key: DM conversation id, e-mail root Message-ID, push thread id.
    thread_key    varchar(500),
    in_reply_to   varchar(500),
    author_key    varchar(320),
    author_handle varchar(320),
    text          text         not null,
    url           varchar(2000),
    -- The follow-up reply this outbound message delivered (idempotency of deliveries).
    reply_id      uuid unique,
    delivery      varchar(10) check (delivery in ('SENT', 'FAILED')),
    failure       varchar(500),
    attempts      integer,
    received_at   timestamptz  not null,
    created_at    timestamptz  not null,
    constraint message_channel_external_id_key unique (channel, external_id)
);
create index message_complaint_idx on message (complaint_id, received_at);
create index message_thread_key_idx on message (thread_key);
insert into message (id, complaint_id, direction, visibility, channel, external_id, in_reply_to, author_handle, text,
                     url, received_at, created_at)
select gen_random_uuid(), id, 'INBOUND', visibility, channel, external_id, in_reply_to, author_handle, text, url,
       received_at, created_at
from complaint;

-- Recorded, never inlined: the bytes stay with the mail gateway.
create table attachment (
    id           bigint generated always as identity primary key,
    message_id   uuid          not null references message (id),
    name         varchar(500),
    content_type varchar(200)  not null,
    size         bigint        not null check (size >= 0),
    sha256       char(64)      not null
);
create index attachment_message_idx on attachment (message_id);

-- Every public mention, kept whether or not it becomes a complaint.
create table post (
    id                  uuid primary key,
    channel             varchar(20)  not null,
    external_id         varchar(200) not null,
    customer_id         uuid references customer (id),
    author_key          varchar(200),
    author_handle       varchar(200) not null,
    author_display_name varchar(200),
    author_followers    bigint check (author_followers >= 0),
    text                text         not null,
    url                 varchar(2000),
    in_reply_to         varchar(200),
    thread_key          varchar(500),
    status              varchar(10)  not null check (status in ('NEW', 'CONVERTED', 'DISMISSED')),
    complaint_id        uuid references complaint (id),
    received_at         timestamptz  not null,
    created_at          timestamptz  not null,
    constraint post_channel_external_id_key unique (channel, external_id)
);
create index post_status_idx on post (status, channel, received_at);

-- Inbound items deliberately not taken in (auto-replies, bounces): kept so a redelivery is recognised.
create table ignored_inbound (
    id          bigint generated always as identity primary key,
    channel     varchar(20)  not null,
    external_id varchar(500) not null,
    reason      varchar(200) not null,
    received_at timestamptz  not null,
    constraint ignored_inbound_channel_external_id_key unique (channel, external_id)
);

-- Append-only history of every change to a complaint or customer. It holds ids, channels and states, never
-- message text or contact details, so an erasure leaves it intact.
create table audit_entry (
    id           bigint generated always as identity primary key,
    complaint_id uuid,
    customer_id  uuid,
    actor        varchar(200) not null,
    action       varchar(50)  not null,
    before       jsonb,
    after        jsonb,
    at           timestamptz  not null
);
create index audit_entry_complaint_idx on audit_entry (complaint_id, id);
create index audit_entry_customer_idx on audit_entry (customer_id, id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- Ids of consumed events, written in the same transaction as their effect: redelivery is harmless.
create table processed_event (
    event_id     varchar(200) primary key,
    processed_at timestamptz  not null
);
