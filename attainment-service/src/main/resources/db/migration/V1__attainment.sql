-- Attainment: what each state's data system reports its students earned, per school year.

-- Replica of the catalog (catalog.credentials.v1); only what validation needs. Applied only when newer.
create table credential_replica (
    id       text primary key,
    name     text not null,
    type     text not null,
    status   text not null,
    version  bigint not null
);

-- One accepted push of a state's full picture of a school year. "sequence" orders submissions and is the
-- version of every event the submission produces (it only grows).
create table submission (
    id             uuid primary key,
    sequence       bigserial not null unique,
    state          text not null,
    school_year    int not null,
    status         text not null check (status in ('ACCEPTED', 'SUPERSEDED')),
    rows_received  int not null,
    rows_accepted  int not null,
    content_hash   text not null,
    submitted_by   text not null,
    submitted_at   timestamptz not null
);
create index submission_state_year on submission (state, school_year, sequence desc);

-- The aggregate counts of a submission (student-level rows are never kept).
create table earned_count (
    submission_id  uuid not null references submission (id),
    credential_id  text not null,
    level          text not null check (level in ('SECONDARY', 'POSTSECONDARY')),
    subgroup       text not null,
    earned         int not null check (earned >= 0),
    primary key (submission_id, credential_id, level, subgroup)
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
