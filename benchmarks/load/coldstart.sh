#!/usr/bin/env bash
# Cold start: the time from launching the Release app to its first answered request (/health, then a portal home and
# the login page), on a database already migrated and seeded (the first start's work is done by an untimed first run).
#
#   dotnet build -c Release src/Loa.Web
#   DATA=/tmp/national RUNS=3 benchmarks/load/coldstart.sh          # also PORT=5090 ENVIRONMENT=Development PAGE=/x/26377
#
# On PostgreSQL give the same settings the app reads: Database__Provider=Postgres Database__ConnectionString=...
# Prints each run's milliseconds to the first 200 of /health and of $PAGE, the median, and the load average.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${DATA:?give DATA, the data folder of a generated database (loa demo generate --all --data FOLDER)}
PORT=${PORT:-5090}
RUNS=${RUNS:-3}
ENVIRONMENT=${ENVIRONMENT:-Development}
PAGE=${PAGE:-/account/login}
DLL="$ROOT/src/Loa.Web/bin/Release/net10.0/Loa.Web.dll"
[[ -f "$DLL" ]] || { echo "build first: dotnet build -c Release src/Loa.Web" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the app, waits for the first 200 of a path, prints the milliseconds since launch of /health and of $PAGE; stops it.
one_run() {
  local start pid health page
  start=$(now_ms)
  (cd "$ROOT/src/Loa.Web" && ASPNETCORE_ENVIRONMENT=$ENVIRONMENT Loa__DataPath=$DATA DOTNET_USE_POLLING_FILE_WATCHER=1 \
    exec dotnet "$DLL" --urls "$BASE" > "$LOG" 2>&1) &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health" || true)" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $LOG" >&2; exit 1; }
    sleep 0.02
  done
  health=$(( $(now_ms) - start ))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$PAGE" || true)" == 200 ]]; do sleep 0.02; done
  page=$(( $(now_ms) - start ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$health $page"
}

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
echo "first run (migrations, demo checks; not timed) …"
one_run > /dev/null
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
results=()
for i in $(seq "$RUNS"); do
  read -r health page < <(one_run)
  printf 'run %d: first answer of /health %6d ms, of %s %6d ms\n' "$i" "$health" "$PAGE" "$page"
  results+=("$page")
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
echo "median to the first answer of $PAGE: $median ms (load average $(cut -d' ' -f1-3 /proc/loadavg))"
