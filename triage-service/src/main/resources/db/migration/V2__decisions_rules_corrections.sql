-- Everything triage decides, the text it decided on (erased on request) and the revision consumers keep.
alter table triage
    add column revision         integer          not null default 1,
    add column corrected_by     varchar(200),
    add column complaint_score  double precision,
    add column sentiment        double precision,
    add column anger            double precision,
    add column complainer_type  varchar(20),
    add column flags            jsonb,
    add column category         varchar(20),
    add column product          varchar(200),
    add column team             varchar(200),
    add column sla_policy       jsonb,
    add column playbook         jsonb,
    add column incident_id      uuid,
    add column rules_version    bigint,
    add column text             text,
    add column followers        bigint           not null default 0,
    add column prior_complaints integer          not null default 0,
    add column in_reply_to      varchar(500),
    add column erased_at        timestamptz;

create index triage_category_triaged_at on triage (category, triaged_at);

-- Every version of the operators' rules, whole: the latest is in force; older ones show what changed and when.
create table rule_version (
    version    bigint       primary key,
    changed_at timestamptz  not null,
    changed_by varchar(200) not null,
    change     varchar(500) not null,
    rules      jsonb        not null
);

-- Agents' corrections: kept as labelled data to measure and improve triage.
create table triage_correction (
    id           bigint generated always as identity primary key,
    complaint_id uuid         not null references triage (complaint_id),
    revision     integer      not null,
    corrected_by varchar(200) not null,
    corrected_at timestamptz  not null,
    language     varchar(3)   not null,
    text         text,
    decided      jsonb        not null,
    corrected    jsonb        not null
);
