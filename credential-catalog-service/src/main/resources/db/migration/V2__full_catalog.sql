-- The full catalog: descriptions and links, crosswalk codes, free-text search, bulk imports and the approved
-- lists of the states (with their history).

-- pg_trgm (a contrib extension shipped with the PostgreSQL server, trusted since PostgreSQL 13) gives the
-- typo-tolerant part of the search: trigram similarity of the query to the credential's text.
create extension if not exists pg_trgm;

alter table credential
    add column description text,
    add column url         text,
    -- name, issuer, id and every external code in lower case, maintained by the service on every write
    -- (an external code lives in another table, so a generated column cannot build it).
    add column search_text text not null default '';

update credential set search_text = lower(name || ' ' || issuer || ' ' || id);

alter table credential
    add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored;

create index credential_search_trgm on credential using gin (search_text gin_trgm_ops);
create index credential_search_fts on credential using gin (search_vector);
create index credential_name on credential (name, id);

-- Crosswalk: the codes other systems (a state's own code table, Credential Engine CTIDs) use for a credential.
-- One code of a system names exactly one credential: the primary key enforces it.
create table credential_external_code (
    system        text not null,
    code          text not null,
    credential_id text not null references credential (id),
    primary key (system, code)
);
create index credential_external_code_credential on credential_external_code (credential_id);

-- Bulk imports: one row per accepted content (the hash of the parsed rows), so the same content twice is one
-- import and the second request gets the first report back.
create table credential_import (
    id            uuid primary key,
    content_hash  text not null unique,
    rows_received integer not null,
    created       integer not null,
    updated       integer not null,
    unchanged     integer not null,
    imported_by   text not null,
    imported_at   timestamptz not null
);

-- A state's approved list, one immutable snapshot per version, so "the list on a date" is a lookup.
create table state_approval_list (
    state      text not null,
    version    bigint not null,
    changed_by text not null,
    changed_at timestamptz not null,
    primary key (state, version)
);

create table state_approval_entry (
    state            text not null,
    version          bigint not null,
    credential_id    text not null references credential (id),
    status           text not null check (status in ('APPROVED', 'UNDER_REVIEW', 'PHASING_OUT', 'REMOVED')),
    approved_on      date,
    review_due       date,
    incentive_amount numeric(12, 2),
    primary key (state, version, credential_id),
    foreign key (state, version) references state_approval_list (state, version)
);
create index state_approval_entry_credential on state_approval_entry (credential_id, state, version);
