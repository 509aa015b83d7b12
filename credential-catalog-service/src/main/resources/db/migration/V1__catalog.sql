-- Credential catalog: the source of truth every other service replicates through catalog.credentials.v1.

-- Career Clusters are data, not an enum: a second framework (the 2024 Modernized Career Clusters) is a new
-- framework value, not a code change.
create table career_cluster (
    framework text not null,
    code      text not null,
    name      text not null,
    primary key (framework, code)
);

insert into career_cluster (framework, code, name) values
  ('NCCF-2008', 'AG', 'Agriculture, Food & Natural Resources'),
  ('NCCF-2008', 'AC', 'Architecture & Construction'),
  ('NCCF-2008', 'AR', 'Arts, A/V Technology & Communications'),
  ('NCCF-2008', 'BM', 'Business Management & Administration'),
  ('NCCF-2008', 'ED', 'Education & Training'),
  ('NCCF-2008', 'FN', 'Finance'),
  ('NCCF-2008', 'GV', 'Government & Public Administration'),
  ('NCCF-2008', 'HS', 'Health Science'),
  ('NCCF-2008', 'HT', 'Hospitality & Tourism'),
  ('NCCF-2008', 'HU', 'Human Services'),
  ('NCCF-2008', 'IT', 'Information Technology'),
  ('NCCF-2008', 'LW', 'Law, Public Safety, Corrections & Security'),
  ('NCCF-2008', 'MN', 'Manufacturing'),
  ('NCCF-2008', 'MK', 'Marketing'),
  ('NCCF-2008', 'ST', 'Science, Technology, Engineering & Mathematics'),
  ('NCCF-2008', 'TD', 'Transportation, Distribution & Logistics');

create table credential (
    id                     text primary key,
    name                   text not null,
    issuer                 text not null,
    type                   text not null check (type in ('LICENSE', 'CERTIFICATION', 'SOFTWARE',
                                                         'GENERAL_CAREER_READINESS', 'CTE_ASSESSMENT')),
    cluster_framework      text not null default 'NCCF-2008',
    clusters               text[] not null,
    occupations            text[] not null default '{}',
    secondary_appropriate  boolean not null default true,
    required_in_states     text[] not null default '{}',
    status                 text not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED')),
    version                bigint not null,
    changed_by             text not null,
    changed_at             timestamptz not null
);

-- Transactional outbox (ARCHITECTURE.md "Events"); published and purged by the shared OutboxRelay.
create table outbox_event (
    id             bigserial primary key,
    topic          text not null,
    message_key    text not null,
    event_type     text not null,
    entity_version bigint not null,
    changed_by     text not null,
    payload        text not null,
    created_at     timestamptz not null default now(),
    sent_at        timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;
