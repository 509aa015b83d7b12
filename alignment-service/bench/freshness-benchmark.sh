#!/usr/bin/env bash
# Freshness: from a submission's acceptance (201 from attainment-service) to its new number being served by
# alignment-service, through the outbox, Kafka, the read model and incremental scoring. Against a running stack
# with the sample data (deploy/local/run). Each round changes one credential's count in a state's 2023-24
# submission and polls the alignment API every 20 ms until it shows the new count.
#   alignment-service/bench/freshness-benchmark.sh [ROUNDS=20] [STATE=NJ]
# Prints p50/p99/max in ms, next to the submission round trip itself (the baseline, same run) as a ratio.
set -euo pipefail
ROUNDS=${1:-20}
STATE=${2:-NJ}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ATTAINMENT="http://127.0.0.1:${ATTAINMENT_HTTP_PORT:-8082}"
ALIGNMENT="http://127.0.0.1:${ALIGNMENT_HTTP_PORT:-8084}"
RUN_DIR="${CREDALIGN_RUN_DIR:-/tmp/credalign-local}"
SOURCE="$RUN_DIR/sample-data/attainment/submissions/${STATE}_2023-24.csv"
[[ -f "$SOURCE" ]] || { echo "no $SOURCE: load the sample data first (deploy/local/run)" >&2; exit 1; }
TOKEN=$("$ROOT/deploy/local/token" state-submitter "$STATE")
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
# The credential with the largest secondary ALL count: its figure is certainly listed.
read -r CREDENTIAL BASE < <(awk -F, '$2=="SECONDARY" && $3=="ALL" {print $1, $4}' "$SOURCE" | sort -k2 -n | tail -1)
now_ms() { date +%s%3N; }
fresh=(); trips=()
for round in $(seq 1 "$ROUNDS"); do
  value=$(( BASE + round * 7 ))
  awk -F, -v OFS=, -v c="$CREDENTIAL" -v v="$value" 'NR>1 && $1==c && $2=="SECONDARY" && $3=="ALL" {$4=v} {print}' \
    "$SOURCE" > "$WORK/submission.csv"
  start=$(now_ms)
  code=$(curl -s -o "$WORK/response.json" -w '%{http_code}' -X POST \
    "$ATTAINMENT/api/v1/states/$STATE/submissions?schoolYear=2023-24" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary "@$WORK/submission.csv")
  accepted=$(now_ms)
  [[ "$code" == 201 ]] || { echo "round $round: HTTP $code $(head -c 300 "$WORK/response.json")" >&2; exit 1; }
  until curl -s "$ALIGNMENT/api/v1/alignment/states/$STATE/credentials?schoolYear=2023-24&size=500" \
      | grep -q "\"credentialId\":\"$CREDENTIAL\"[^}]*\"earnedSecondary\":$value[,}]"; do
    sleep 0.02
    (( $(now_ms) - accepted < 30000 )) || { echo "round $round: not served after 30 s" >&2; exit 1; }
  done
  done_at=$(now_ms)
  fresh+=($(( done_at - accepted ))); trips+=($(( accepted - start )))
done
percentile() { printf '%s\n' "${@:2}" | sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; print a[i]}'; }
f50=$(percentile 50 "${fresh[@]}"); f99=$(percentile 99 "${fresh[@]}"); fmax=$(percentile 100 "${fresh[@]}")
t50=$(percentile 50 "${trips[@]}")
echo "freshness over $ROUNDS rounds ($STATE, $CREDENTIAL): p50 ${f50} ms, p99 ${f99} ms, max ${fmax} ms (target p99 < 2000 ms)"
echo "baseline, submission round trip: p50 ${t50} ms; freshness p50 / round trip p50 = $(awk -v a="$f50" -v b="$t50" 'BEGIN {printf "%.1f", a / (b > 0 ? b : 1)}')"
