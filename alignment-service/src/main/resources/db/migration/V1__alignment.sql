-- Alignment read model: built only from the other services' topics, so it can be rebuilt from offset 0.

-- From catalog.credentials.v1 (applied only when newer).
create table credential (
    id       text primary key,
    name     text not null,
    issuer   text not null,
    type     text not null,
    status   text not null,
    version  bigint not null
);

-- From attainment.earned.v1, key STATE:YEAR:credentialId: the ALL-subgroup totals per level. A removal keeps
-- the row (removed = true, zero counts) so its version still guards against late, older messages.
create table credential_attainment (
    state                text not null,
    school_year          int not null,
    credential_id        text not null,
    earned_secondary     int not null,
    earned_postsecondary int not null,
    removed              boolean not null,
    version              bigint not null,
    primary key (state, school_year, credential_id)
);
create index credential_attainment_state_year on credential_attainment (state, school_year) where not removed;

-- Transactional outbox (ARCHITECTURE.md "Events"); alignment.scores.v1 is published from here.
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
