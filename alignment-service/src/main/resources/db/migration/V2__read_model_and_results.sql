-- Read model, part 2: every topic alignment consumes, each row guarded by the version of its key, so a replayed,
-- duplicated or late message changes nothing. Everything here can be rebuilt from offset 0 (POST
-- /api/v1/admin/rebuild truncates these tables and replays the topics).

-- catalog.credentials.v1: the fields scoring needs.
alter table credential
    add column clusters              text[]  not null default '{}',
    add column occupations           text[]  not null default '{}',
    add column secondary_appropriate boolean not null default true,
    add column required_in_states    text[]  not null default '{}';

-- attainment.earned.v1 (AttainmentChanged): which submission set the key, to tell a complete snapshot.
alter table credential_attainment add column submission_id text;

-- attainment.earned.v1 (AttainmentSnapshotCompleted), key STATE:YEAR.
create table attainment_snapshot (
    state         text   not null,
    school_year   int    not null,
    submission_id text   not null,
    key_count     int    not null,
    version       bigint not null,
    primary key (state, school_year)
);

-- catalog.state-approvals.v1, key STATE: the whole list replaces the previous one when newer.
create table state_approvals (
    state   text primary key,
    version bigint not null
);
create table state_approval_entry (
    state            text    not null,
    credential_id    text    not null,
    status           text    not null,
    approved_on      date,
    review_due       date,
    incentive_amount numeric,
    primary key (state, credential_id)
);

-- attainment.state-profiles.v1, key STATE:YEAR.
create table state_profile (
    state                    text    not null,
    school_year              int     not null,
    collects_secondary       boolean not null,
    collects_postsecondary   boolean not null,
    vendor_agreements        int     not null,
    credentials_in_essa_plan boolean not null,
    incentive_policy         boolean not null,
    maintains_approved_list  boolean not null,
    years_of_data_available  int,
    high_school_enrollment   int,
    cte_concentrators        int,
    version                  bigint  not null,
    primary key (state, school_year)
);

-- demand.credentials.v1, key STATE:YEAR:credentialId (calendar year).
create table credential_demand (
    state         text    not null,
    year          int     not null,
    credential_id text    not null,
    postings      bigint  not null,
    basis         text    not null,
    removed       boolean not null,
    import_id     text,
    version       bigint  not null,
    primary key (state, year, credential_id)
);

-- demand.occupations.v1, key SOC.
create table occupation (
    soc                  text primary key,
    title                text,
    median_annual_wage   numeric,
    employment           int,
    projected_growth_pct numeric,
    clusters             text[]  not null default '{}',
    removed              boolean not null,
    version              bigint  not null
);

-- demand.state-wages.v1, key STATE.
create table state_wages (
    state   text primary key,
    version bigint not null
);
create table state_wage_year (
    state              text    not null,
    year               int     not null,
    median_annual_wage numeric not null,
    primary key (state, year)
);

-- State-years whose inputs changed since they were last scored (the incremental rescoring queue).
create table dirty_state_year (
    state       text not null,
    school_year int  not null,
    primary key (state, school_year)
);

-- Results: written by the scorer, read by the API (reads never compute). Derived data, recomputable from the read
-- model at any time, so UNLOGGED (no WAL: a full national rescore writes tens of thousands of rows); after a crash
-- PostgreSQL empties them and the service rescores everything at start-up.
create unlogged table state_result (
    state                      text    not null,
    school_year                int     not null,
    status                     text    not null,
    no_data_reason             text,
    alignment_category         text    not null,
    alignment_score            numeric(5, 2),
    map_category               text    not null,
    rank                       int,
    pct_earned_in_demand       numeric(5, 4),
    pct_in_demand_not_earned   numeric(5, 4),
    data_collection_score      int     not null,
    earned                     bigint  not null,
    earned_in_demand           bigint  not null,
    postings                   bigint  not null,
    in_demand_secondary        int     not null,
    in_demand_not_earned       int     not null,
    cte_concentrators          int,
    high_school_enrollment     int,
    attainment_complete        boolean not null,
    parameters_hash            text    not null,
    content_hash               text    not null,
    summary                    text    not null,
    computed_at                timestamptz not null,
    primary key (state, school_year)
);
create index state_result_year on state_result (school_year, rank);

create unlogged table credential_result (
    state         text    not null,
    school_year   int     not null,
    credential_id text    not null,
    sort_order    int     not null,
    category      text,
    in_demand     boolean not null,
    counted       boolean not null,
    earned        bigint  not null,
    demanded      bigint  not null,
    dead_end      boolean not null,
    item          text    not null,
    primary key (state, school_year, credential_id)
);
create index credential_result_order on credential_result (state, school_year, sort_order);
create index credential_result_credential on credential_result (credential_id, school_year);

create unlogged table cluster_result (
    state       text not null,
    school_year int  not null,
    cluster     text not null,
    item        text not null,
    primary key (state, school_year, cluster)
);

create unlogged table revalidation_result (
    state         text not null,
    school_year   int  not null,
    credential_id text not null,
    action        text not null,
    sort_order    int  not null,
    item          text not null,
    primary key (state, school_year, credential_id)
);

create unlogged table nation_result (
    school_year int primary key,
    summary     text not null,
    computed_at timestamptz not null
);
create unlogged table nation_credential_result (
    school_year   int    not null,
    credential_id text   not null,
    sort_order    int    not null,
    category      text   not null,
    item          text   not null,
    primary key (school_year, credential_id)
);
create index nation_credential_result_order on nation_credential_result (school_year, sort_order);

-- What alignment.scores.v1 last carried per STATE:YEAR. Survives a rebuild, so an unchanged result is not
-- published again; versions come from a sequence that a rebuild never resets (consumers keep only newer ones).
create table published_score (
    state        text   not null,
    school_year  int    not null,
    content_hash text   not null,
    version      bigint not null,
    primary key (state, school_year)
);
create sequence score_version_seq;

-- The latest school year with data (default of cross-state views).
create index credential_attainment_year on credential_attainment (school_year) where not removed;

-- Grows whenever a scoring pass changes any result; every instance watches it to drop its cached read answers.
create table results_generation (
    id         int primary key check (id = 1),
    generation bigint not null
);
insert into results_generation values (1, 0);
