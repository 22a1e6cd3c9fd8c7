#!/usr/bin/env bash
# Times the dashboards and the report download of a generated province over HTTP, signed in as its province
# officer and as the leader of one of its communes, and prints the median and 95th percentile of each page.
#
#   dotnet run --project src/Loa.Cli -- demo generate --province 79 --data /tmp/hcm
#   ASPNETCORE_ENVIRONMENT=Development Loa__DataPath=/tmp/hcm \
#     dotnet run -c Release --no-launch-profile --project src/Loa.Web --urls http://127.0.0.1:5080 &
#   DATA=/tmp/hcm benchmarks/load/dashboards.sh     # also N=100 WARMUP=30 BASE=http://127.0.0.1:5080 PROVINCE=79 PERIOD=year
#
# Demo accounts (password Loa-demo-2026) sign in only with Demo:Enabled, which the Development environment turns on.
# The commune is the "typical" one of the benchmarks (its plan has the median number of activities), found in
# $DATA/loa.db with sqlite3; or give COMMUNE_CODE, COMMUNE_ID and PLAN_ID yourself (e.g. on PostgreSQL).
# The login page allows 20 attempts a minute from one address: the script signs in twice.
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:5080}
N=${N:-100}
WARMUP=${WARMUP:-30}
PROVINCE=${PROVINCE:-79}
PASSWORD=${PASSWORD:-Loa-demo-2026}
PERIOD=${PERIOD:-year}
YEAR=${YEAR:-$(TZ=Asia/Ho_Chi_Minh date +%Y)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [[ -z "${COMMUNE_ID:-}" || -z "${PLAN_ID:-}" || -z "${COMMUNE_CODE:-}" ]]; then
  DB="${DATA:?give DATA (the data folder holding loa.db) or COMMUNE_CODE, COMMUNE_ID and PLAN_ID}/loa.db"
  # Issued commune plans of the year with their number of activities; the median one, ties by commune code.
  read -r COMMUNE_ID COMMUNE_CODE PLAN_ID ACTIVITIES < <(sqlite3 -separator ' ' "file:$DB?mode=ro" "
    WITH issued AS (
      SELECT c.Id AS commune, c.Code AS code, p.Id AS plan,
             (SELECT COUNT(*) FROM Activities a WHERE a.PlanId = p.Id) AS n
      FROM Plans p JOIN Communes c ON c.Id = p.CommuneId JOIN Provinces v ON v.Id = p.ProvinceId
      WHERE v.Code = '$PROVINCE' AND p.Year = $YEAR AND p.UnitId IS NULL AND p.Status = 4)
    SELECT commune, code, plan, n FROM issued ORDER BY n, code
    LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM issued);")
  echo "Commune $COMMUNE_CODE (id $COMMUNE_ID), plan $PLAN_ID with $ACTIVITIES activities"
fi

# sign_in JAR USER
source "$(dirname "$0")/sign-in.sh"

# Requests a page WARMUP times, untimed, so that the server's code is compiled (tiered JIT) before anything is timed.
warm_up() {
  local jar=$1 path=$2
  for _ in $(seq "$WARMUP"); do curl -s -o /dev/null -b "$jar" "$BASE$path"; done
}

# Times N requests of a page and prints its median and 95th percentile (time to the last byte, as curl sees it).
time_page() {
  local label=$1 jar=$2 path=$3 code out="$WORK/times"
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE$path")
  if [[ "$code" != "200" ]]; then
    printf '%-44s HTTP %s (skipped)\n' "$label" "$code"
    return
  fi
  : > "$out"
  for _ in $(seq "$N"); do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$BASE$path" >> "$out"
  done
  sort -n "$out" | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
    median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    p95 = t[int(NR * 0.95 + 0.999)]
    printf "%-44s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (n=%d)\n", label, median, p95, t[NR], NR }'
}

sign_in "$WORK/province" "tinh.$PROVINCE"
sign_in "$WORK/commune" "lanhdao.$COMMUNE_CODE"

PAGES=(
  "/province (province officer)|province|/province"
  "/dashboard?commune=$COMMUNE_ID (province officer)|province|/dashboard?commune=$COMMUNE_ID"
  "/dashboard (lanhdao.$COMMUNE_CODE)|commune|/dashboard"
  "/reports/commune?plan=$PLAN_ID&period=$PERIOD|commune|/reports/commune?plan=$PLAN_ID&period=$PERIOD"
  "/reports/download?plan=$PLAN_ID&period=$PERIOD|commune|/reports/download?plan=$PLAN_ID&period=$PERIOD"
)
for page in "${PAGES[@]}"; do IFS='|' read -r _ jar path <<< "$page"; warm_up "$WORK/$jar" "$path"; done
for page in "${PAGES[@]}"; do IFS='|' read -r label jar path <<< "$page"; time_page "$label" "$WORK/$jar" "$path"; done
