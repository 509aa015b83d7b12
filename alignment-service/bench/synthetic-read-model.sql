-- Synthetic read model for the benchmarks (NOT for tests): 51 jurisdictions × 3 school years (2021-22 to 2023-24)
-- × 300 credentials, written straight into the alignment database as if the events had been consumed. Idempotent:
-- every id starts with "bench-" and rows are upserted. Load with
--   psql -h 127.0.0.1 -p $PGPORT -U postgres -d alignment -f alignment-service/bench/synthetic-read-model.sql
\set ON_ERROR_STOP on
begin;
create temporary table bench_state (state text) on commit drop;
insert into bench_state values ('AL'),('AK'),('AZ'),('AR'),('CA'),('CO'),('CT'),('DE'),('DC'),('FL'),('GA'),('HI'),
  ('ID'),('IL'),('IN'),('IA'),('KS'),('KY'),('LA'),('ME'),('MD'),('MA'),('MI'),('MN'),('MS'),('MO'),('MT'),('NE'),
  ('NV'),('NH'),('NJ'),('NM'),('NY'),('NC'),('ND'),('OH'),('OK'),('OR'),('PA'),('RI'),('SC'),('SD'),('TN'),('TX'),
  ('UT'),('VT'),('VA'),('WA'),('WV'),('WI'),('WY');
create temporary table bench_cluster (n int, code text) on commit drop;
insert into bench_cluster select row_number() over () - 1, c from unnest(array['AG','AC','AR','BM','ED','FN','GV',
  'HS','HT','HU','IT','LW','MN','MK','ST','TD']) c;

insert into occupation (soc, title, median_annual_wage, employment, projected_growth_pct, clusters, removed, version)
select 'bench-' || j, 'Bench occupation ' || j, 25000 + (j * 397) % 60000, 500 + j * 13, (j % 9) - 2,
       array[(select code from bench_cluster where n = j % 16)], false, 1
from generate_series(0, 119) j
on conflict (soc) do update set median_annual_wage = excluded.median_annual_wage;

insert into credential (id, name, issuer, type, status, version, clusters, occupations, secondary_appropriate,
                        required_in_states)
select 'bench-c' || i, 'Bench credential ' || i, 'Bench',
       (array['CERTIFICATION','LICENSE','SOFTWARE','GENERAL_CAREER_READINESS','CTE_ASSESSMENT'])[1 + i % 5],
       case when i % 50 = 0 then 'RETIRED' else 'ACTIVE' end, 1,
       array[(select code from bench_cluster where n = i % 16), (select code from bench_cluster where n = (i * 7) % 16)],
       array['bench-' || (i % 120), 'bench-' || ((i * 11) % 120)], i % 9 <> 0,
       case when i % 5 = 1 and i % 3 = 0 then array['NJ','NY','CA'] else '{}'::text[] end
from generate_series(1, 300) i
on conflict (id) do nothing;

insert into credential_attainment (state, school_year, credential_id, earned_secondary, earned_postsecondary, removed,
                                   version, submission_id)
select s.state, y, 'bench-c' || i, abs(hashtext(s.state || y || i)) % 400, abs(hashtext(i || s.state || y)) % 20,
       false, 1, 'bench-sub-' || s.state || y
from bench_state s, generate_series(2022, 2024) y, generate_series(1, 300) i
where abs(hashtext('e' || s.state || y || i)) % 3 <> 0
on conflict (state, school_year, credential_id) do nothing;

insert into attainment_snapshot (state, school_year, submission_id, key_count, version)
select state, school_year, 'bench-sub-' || state || school_year, count(*), 1
from credential_attainment where credential_id like 'bench-%' group by state, school_year
on conflict (state, school_year) do nothing;

insert into credential_demand (state, year, credential_id, postings, basis, removed, import_id, version)
select s.state, y, 'bench-c' || i, abs(hashtext('d' || s.state || y || i)) % 900,
       (array['DIRECT','LICENSED_OCCUPATION','SOFTWARE','DIRECT','DIRECT'])[1 + i % 5], false, 'bench-import-' || y, 1
from bench_state s, generate_series(2022, 2024) y, generate_series(1, 300) i
where abs(hashtext('p' || s.state || y || i)) % 4 <> 0
on conflict (state, year, credential_id) do nothing;

insert into state_profile (state, school_year, collects_secondary, collects_postsecondary, vendor_agreements,
                           credentials_in_essa_plan, incentive_policy, maintains_approved_list,
                           years_of_data_available, high_school_enrollment, cte_concentrators, version)
select s.state, y, true, abs(hashtext(s.state)) % 3 = 0, abs(hashtext(s.state || 'v')) % 4,
       abs(hashtext(s.state || 'e')) % 2 = 0, abs(hashtext(s.state || 'i')) % 2 = 0, true, 3,
       100000 + abs(hashtext(s.state)) % 900000, 20000 + abs(hashtext(s.state || 'c')) % 200000, 1
from bench_state s, generate_series(2022, 2024) y
on conflict (state, school_year) do nothing;

insert into state_wages (state, version) select state, 1 from bench_state on conflict (state) do nothing;
insert into state_wage_year (state, year, median_annual_wage)
select s.state, y, 38000 + abs(hashtext(s.state || y)) % 20000 from bench_state s, generate_series(2022, 2024) y
on conflict (state, year) do nothing;

insert into state_approvals (state, version) select state, 1 from bench_state on conflict (state) do nothing;
insert into state_approval_entry (state, credential_id, status, approved_on, review_due, incentive_amount)
select s.state, 'bench-c' || i, (array['APPROVED','APPROVED','UNDER_REVIEW','PHASING_OUT','REMOVED'])[1 + i % 5],
       date '2019-01-01' + (i * 11), null, case when i % 2 = 0 then 250 + i else null end
from bench_state s, generate_series(1, 300, 5) i
on conflict (state, credential_id) do nothing;
commit;
