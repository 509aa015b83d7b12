-- Labor-market demand. For now only occupations; postings imports arrive with the demand issue.

create table occupation (
    soc                   text primary key check (soc ~ '^[0-9]{2}-[0-9]{4}$'),
    title                 text not null,
    median_annual_wage    int,
    employment            int,
    projected_growth_pct  numeric(6, 2),
    version               bigint not null,
    changed_by            text not null,
    changed_at            timestamptz not null
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
