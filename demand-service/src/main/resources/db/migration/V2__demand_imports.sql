-- Labor-market demand: the catalog replica, vendor imports, postings, state wages and the derived demand per
-- credential, state and calendar year.

-- Every event this service publishes takes its version from this one sequence, so a version only grows per key
-- whatever the topic (DemandChanged, OccupationChanged, StateWagesChanged).
create sequence event_version;

alter table occupation add column clusters text[] not null default '{}';

-- Replica of the catalog (catalog.credentials.v1): what the derivation and the import validation need.
-- Applied only when the incoming version is newer.
create table credential_replica (
    id                  text primary key,
    type                text not null,
    occupations         text[] not null,
    required_in_states  text[] not null,
    status              text not null,
    version             bigint not null
);

-- A credential's codes in other code systems, so vendors can name a credential by their own code.
create table credential_external_code (
    credential_id  text not null references credential_replica (id) on delete cascade,
    system         text not null,
    code           text not null,
    primary key (credential_id, system, code)
);
create index credential_external_code_lookup on credential_external_code (system, code);

-- One accepted vendor import with its report. Rejected imports are answered with their errors (422) and not kept.
create table demand_import (
    id              uuid primary key,
    kind            text not null check (kind in ('credential-postings', 'occupation-postings', 'occupations',
                                                  'state-wages')),
    content_hash    text not null,
    rows_received   int not null,
    rows_accepted   int not null,
    scope_count     int not null,
    changed_rows    int not null,
    demand_changes  int not null,
    scopes          text not null,  -- JSON: [{state, year, rows, keysRemoved}]
    warnings        text not null,  -- JSON: [{row, field, message}]
    imported_by     text not null,
    imported_at     timestamptz not null
);
create index demand_import_content on demand_import (kind, content_hash, imported_at desc);
create index demand_import_recent on demand_import (imported_at desc);

-- Which import currently holds each scope: (kind, STATE:YEAR) for postings and state wages, (kind, SOC) for
-- occupations. A PUT through the API releases the scopes it overwrites. An import whose scopes are all still held
-- by it is "current": the same content again returns it instead of creating a new import.
create table import_scope (
    kind       text not null,
    scope_key  text not null,
    import_id  uuid not null references demand_import (id),
    primary key (kind, scope_key)
);
create index import_scope_import on import_scope (import_id);

-- Unique job postings per credential, state and calendar year, as the vendor delivered them.
create table credential_postings (
    state          text not null,
    year           int not null,
    credential_id  text not null,
    postings       bigint not null check (postings >= 0),
    import_id      uuid not null references demand_import (id),
    primary key (state, year, credential_id)
);
create index credential_postings_credential on credential_postings (credential_id);

-- Unique job postings per occupation (SOC), state and calendar year: the demand of licenses.
create table occupation_postings (
    state      text not null,
    year       int not null,
    soc        text not null check (soc ~ '^[0-9]{2}-[0-9]{4}$'),
    postings   bigint not null check (postings >= 0),
    import_id  uuid not null references demand_import (id),
    primary key (state, year, soc)
);

-- All-occupation median annual wage per state and calendar year.
create table state_wage (
    state               text not null,
    year                int not null,
    median_annual_wage  int not null check (median_annual_wage > 0),
    changed_by          text not null,
    changed_at          timestamptz not null,
    primary key (state, year)
);

-- Derived demand per credential, state and calendar year (DemandRule), with the version of its last event.
-- A key whose inputs disappeared stays as removed = true so its removal keeps a version.
create table derived_demand (
    state          text not null,
    year           int not null,
    credential_id  text not null,
    postings       bigint not null check (postings >= 0),
    basis          text not null check (basis in ('DIRECT', 'SOFTWARE', 'LICENSED_OCCUPATION', 'NOT_REQUIRED_HERE')),
    removed        boolean not null,
    import_id      uuid,
    version        bigint not null,
    changed_by     text not null,
    changed_at     timestamptz not null,
    primary key (state, year, credential_id)
);
create index derived_demand_credential on derived_demand (credential_id);
