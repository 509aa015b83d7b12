# shellcheck shell=bash
# Shared helpers for the local infrastructure scripts (postgres, kafka, infra).
# Sourced, never executed. Every instance is isolated by CREDALIGN_RUN_DIR plus its ports,
# so two instances (e.g. a developer's and a test suite's) can run side by side.

set -euo pipefail

# Repository root, from this file's location (works whatever the caller's cwd is).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$REPO_ROOT/deploy/local"

# Throwaway state (data dirs, logs, pidfiles). Under /tmp so the postgres OS user can reach it.
RUN_DIR="${CREDALIGN_RUN_DIR:-/tmp/credalign-local}"
mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"   # absolute: pidfiles and configs must not depend on cwd

# Downloaded artifacts that survive a wiped RUN_DIR; never inside the git tree.
CACHE_DIR="${CREDALIGN_CACHE_DIR:-${HOME:-/tmp}/.cache/credalign}"

log() { printf '[%s] %s\n' "${LOG_TAG:-local}" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "${LOG_TAG:-local}" "$*" >&2; exit 1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Milliseconds since epoch, to report how long start/stop took.
now_ms() { date +%s%3N; }
elapsed() { local d=$(( $(now_ms) - $1 )); printf '%d.%01ds' $(( d / 1000 )) $(( d % 1000 / 100 )); }

# True if something accepts TCP connections / listens on PORT (any local address).
port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# require_free_port PORT NAME -- fail fast instead of letting a server die later with a bind error.
require_free_port() {
  local port=$1 name=$2
  [[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || die "invalid port '$port' for $name"
  if port_in_use "$port"; then
    die "port $port ($name) is already in use by another process; stop it or choose another port"
  fi
}

# wait_for_http URL TIMEOUT_SECONDS -- until the URL answers HTTP 200.
wait_for_http() {
  local url=$1 timeout=$2 deadline code
  deadline=$(( $(date +%s) + timeout ))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null || true)
    [[ "$code" == 200 ]] && return 0
    (( $(date +%s) >= deadline )) && { log "timed out after ${timeout}s waiting for HTTP 200 from $url (last status: ${code:-none})"; return 1; }
    sleep 0.2
  done
}

# wait_for_log FILE PATTERN TIMEOUT_SECONDS [PIDFILE] -- until FILE has a line matching the
# grep -E PATTERN. With PIDFILE, gives up as soon as that process has died (no point waiting).
wait_for_log() {
  local file=$1 pattern=$2 timeout=$3 pidfile=${4:-} deadline
  deadline=$(( $(date +%s) + timeout ))
  while :; do
    [[ -f "$file" ]] && grep -qE -- "$pattern" "$file" && return 0
    if [[ -n "$pidfile" ]] && ! pid_alive "$pidfile"; then
      log "process from $pidfile exited before '$pattern' appeared in $file"; return 1
    fi
    (( $(date +%s) >= deadline )) && { log "timed out after ${timeout}s waiting for '$pattern' in $file"; return 1; }
    sleep 0.2
  done
}

# pid_alive PIDFILE [CMDLINE_SUBSTRING] -- the recorded process exists (and, if given, its
# command line contains the substring: guards against a recycled PID after a reboot).
pid_alive() {
  local pidfile=$1 expect=${2:-} pid
  [[ -f "$pidfile" ]] || return 1
  pid=$(<"$pidfile")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -n "$expect" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$expect" || return 1
  fi
}

# stop_pidfile PIDFILE NAME [TIMEOUT_SECONDS] [CMDLINE_SUBSTRING] -- SIGTERM the recorded PID
# only (never by process name: other instances may run), SIGKILL after TIMEOUT, remove pidfile.
stop_pidfile() {
  local pidfile=$1 name=$2 timeout=${3:-30} expect=${4:-} pid deadline
  if ! pid_alive "$pidfile" "$expect"; then
    [[ -f "$pidfile" ]] && { log "$name is not running (removing stale $pidfile)"; rm -f "$pidfile"; } \
                        || log "$name is not running"
    return 0
  fi
  pid=$(<"$pidfile")
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$(( $(date +%s) + timeout ))
  while kill -0 "$pid" 2>/dev/null; do
    if (( $(date +%s) >= deadline )); then
      log "$name (pid $pid) still running after ${timeout}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
  done
  rm -f "$pidfile"
}

# mvnw ARGS... -- the project's Maven wrapper (pins the Maven version); falls back to a
# system mvn only while the wrapper does not exist yet.
mvnw() {
  if [[ -x "$REPO_ROOT/mvnw" ]]; then
    "$REPO_ROOT/mvnw" -q -B "$@"
  elif command -v mvn >/dev/null 2>&1; then
    log "note: $REPO_ROOT/mvnw not found, using system mvn"
    mvn -q -B "$@"
  else
    die "neither $REPO_ROOT/mvnw nor mvn found: cannot download artifacts from Maven Central"
  fi
}

# with_lock LOCKFILE CMD... -- serialise cache population between concurrent instances.
with_lock() {
  local lockfile=$1; shift
  mkdir -p "$(dirname "$lockfile")"
  (
    flock -w 600 9 || die "could not lock $lockfile within 600s"
    "$@"
  ) 9>"$lockfile"
}
