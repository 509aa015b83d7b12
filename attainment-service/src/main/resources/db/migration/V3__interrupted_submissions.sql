-- A submission whose processing was cut short (the instance died or lost its database mid-way) is marked
-- INTERRUPTED instead of staying PROCESSING forever. Liveness is a heartbeat: the instance processing a submission
-- refreshes heartbeat_at; any instance marks PROCESSING rows whose heartbeat is stale (safe with several replicas).
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check check (status in
    ('PROCESSING', 'ACCEPTED', 'SUPERSEDED', 'WITHDRAWN', 'REJECTED', 'VALIDATED', 'UNCHANGED', 'INTERRUPTED'));
alter table submission add column heartbeat_at timestamptz;
create index submission_processing on submission (heartbeat_at) where status = 'PROCESSING';
