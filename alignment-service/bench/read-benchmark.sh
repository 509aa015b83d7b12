#!/usr/bin/env bash
# Read benchmark: wrk at 64 connections against a running alignment-service, comparing the states list and one
# state's credentials list with a trivial endpoint of the same service (/api/v1/ping) in the same run.
# Usage: alignment-service/bench/read-benchmark.sh [STATE] [DURATION]   (env: ALIGNMENT_HTTP_PORT)
# Needs wrk (apt-get install -y wrk). Prints p50, p99 and requests/s per endpoint and the ratio to the trivial one.
set -euo pipefail
base="http://127.0.0.1:${ALIGNMENT_HTTP_PORT:-8084}"
state=${1:-NJ}
duration=${2:-10s}
run() { # name url
  local out p50 p99 rps
  wrk -t2 -c64 -d"$duration" --latency "$2" > /tmp/wrk-$$.txt 2>&1 || { cat /tmp/wrk-$$.txt; exit 1; }
  out=$(cat /tmp/wrk-$$.txt)
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<< "$out")
  printf '%-44s p50 %-9s p99 %-9s rps %-10s %s\n' "$1" "$p50" "$p99" "$rps" "${non2xx:+non-2xx $non2xx}"
  echo "$rps" > "/tmp/wrk-$$-$3"
}
curl -sf "$base/api/v1/alignment/states/$state/credentials" > /dev/null   # warm up
run "GET /api/v1/ping (trivial)" "$base/api/v1/ping" trivial
run "GET /api/v1/alignment/states" "$base/api/v1/alignment/states" states
run "GET /api/v1/alignment/states/$state/credentials" "$base/api/v1/alignment/states/$state/credentials" credentials
trivial=$(cat /tmp/wrk-$$-trivial)
for name in states credentials; do
  awk -v a="$(cat /tmp/wrk-$$-$name)" -v b="$trivial" -v n="$name" \
    'BEGIN { printf "%s: %.0f%% of the trivial endpoint'"'"'s rps\n", n, 100 * a / b }'
done
rm -f /tmp/wrk-$$*
