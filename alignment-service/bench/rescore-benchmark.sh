#!/usr/bin/env bash
# Full national rescore benchmark: loads the synthetic read model (51 jurisdictions × 3 school years × 300
# credentials) into a running alignment-service's database and times POST /api/v1/admin/rescore, which scores
# every state-year, the nations and ranks of the 3 years, and writes every result table in one transaction.
# Usage: alignment-service/bench/rescore-benchmark.sh [RUNS]   (env: CREDALIGN_PG_PORT, ALIGNMENT_HTTP_PORT)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pg_port=${CREDALIGN_PG_PORT:-55432}
base="http://127.0.0.1:${ALIGNMENT_HTTP_PORT:-8084}"
runs=${1:-5}
psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d alignment -f "$here/synthetic-read-model.sql"
token=$("$root/deploy/local/token" catalog-admin)
for run in $(seq 1 "$runs"); do
  curl -sf -X POST "$base/api/v1/admin/rescore" -H "Authorization: Bearer $token"
  echo
done
