-- Streamed submissions: every push is recorded (also rejected ones and dry runs, with their report), processed
-- synchronously or in the background; student-level rows are aggregated on receipt and never stored.
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check check (status in
    ('PROCESSING', 'ACCEPTED', 'SUPERSEDED', 'WITHDRAWN', 'REJECTED', 'VALIDATED', 'UNCHANGED'));
alter table submission alter column content_hash drop not null;
alter table submission add column mode text not null default 'ATOMIC' check (mode in ('ATOMIC', 'PARTIAL'));
alter table submission add column dry_run boolean not null default false;
alter table submission add column row_kind text check (row_kind in ('AGGREGATE', 'STUDENT'));
alter table submission add column error_count int not null default 0;
alter table submission add column warning_count int not null default 0;
alter table submission add column body_bytes bigint not null default 0;
-- For UNCHANGED: the accepted submission whose content this one repeated.
alter table submission add column same_as uuid references submission (id);
alter table submission add column completed_at timestamptz;
create index submission_state_sequence on submission (state, sequence desc);

-- Every error and warning of a submission's report, in the order found (pageable).
create table submission_issue (
    submission_id  uuid not null references submission (id),
    ordinal        int not null,
    severity       text not null check (severity in ('ERROR', 'WARNING')),
    row_number     bigint,
    field          text not null,
    message        text not null,
    primary key (submission_id, ordinal)
);
create index submission_issue_severity on submission_issue (submission_id, severity, ordinal);

-- Idempotency-Key: the first request with a key fixes its body fingerprint and its answer.
create table idempotency_key (
    state            text not null,
    idempotency_key  text not null,
    request_hash     text not null,
    submission_id    uuid not null references submission (id),
    first_status     int,
    created_at       timestamptz not null default now(),
    primary key (state, idempotency_key)
);

-- Catalog replica: external codes (codeSystem + code rows resolve through them) and state approved lists.
create table credential_external_code (
    system         text not null,
    code           text not null,
    credential_id  text not null references credential_replica (id),
    primary key (system, code)
);
create index credential_external_code_credential on credential_external_code (credential_id);

create table state_approval_list (
    state    text primary key,
    version  bigint not null
);
create table state_approval (
    state          text not null references state_approval_list (state),
    credential_id  text not null,
    status         text not null,
    primary key (state, credential_id)
);

-- A state's data-collection practices per school year (attainment.state-profiles.v1).
create table state_profile (
    state                           text not null,
    school_year                     int not null,
    collects_secondary              boolean not null,
    collects_postsecondary          boolean not null,
    vendor_data_sharing_agreements  int not null check (vendor_data_sharing_agreements >= 0),
    credentials_in_essa_plan        boolean not null,
    incentive_policy                boolean not null,
    maintains_approved_list         boolean not null,
    years_of_data_available         int check (years_of_data_available >= 0),
    high_school_enrollment          int check (high_school_enrollment >= 0),
    cte_concentrators               int check (cte_concentrators >= 0),
    version                         bigint not null,
    changed_by                      text not null,
    changed_at                      timestamptz not null,
    primary key (state, school_year)
);
