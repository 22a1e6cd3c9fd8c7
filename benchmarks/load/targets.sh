#!/usr/bin/env bash
# Issue 15's targets side by side in one run, on a national database (loa demo generate --all --data DATA):
#   1. a static file and the portal homes of Đồng Nai's communes in service, computed afresh (cache off), at 32 connections;
#      the staff pages (plan page, /dashboard, the year's report, /tasks/mine), /province of Hồ Chí Minh and /ministry;
#   2. /province, /ministry, the plan page, /dashboard and a portal home one request at a time (20 in a row);
#   3. the national load profile for 60 s with the server's memory (RATE=1 full, 0.5 half …);
#   4. cold start (load/coldstart.sh).
#
#   dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /tmp/loa-release src/Loa.Web
#   dotnet build -c Release benchmarks/Loa.Load src/Loa.Web
#   DATA=/tmp/national APP=/tmp/loa-release benchmarks/load/targets.sh
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${DATA:?give DATA, the folder of a database made by loa demo generate --all}
APP=${APP:?give APP, the folder of the published Release app}
RATE=${RATE:-1}
PORT=${PORT:-5191}
export BASE="http://127.0.0.1:$PORT"
LOAD="dotnet $ROOT/benchmarks/Loa.Load/bin/Release/net10.0/Loa.Load.dll"
HOMES=$(mktemp)
trap 'pkill -f "Loa.Web.dll --urls $BASE" || true; rm -f "$HOMES"' EXIT

start() {
  pkill -f "Loa.Web.dll --urls $BASE" || true; sleep 1
  (cd "$APP" && env MALLOC_ARENA_MAX=2 "$@" Loa__DataPath="$DATA" nohup dotnet Loa.Web.dll --urls "$BASE" > "$DATA/targets-server.log" 2>&1 &)
  for _ in $(seq 300); do curl -sf -o /dev/null "$BASE/health" && return; sleep 0.3; done
  echo "the app did not start; see $DATA/targets-server.log" >&2; exit 1
}

# sign_in JAR USER and cookie_header JAR
source "$ROOT/benchmarks/load/sign-in.sh"

# The "Cookie: …" header of USER signed in.
cookie() {
  local jar; jar=$(mktemp)
  sign_in "$jar" "$1"
  cookie_header "$jar"
  rm -f "$jar"
}

# 20 requests in a row: median, p95 and max in ms.
single() {
  for _ in $(seq 20); do curl -s -o /dev/null -w "%{time_total}\n" -H "$1" "$2"; done | sort -n \
    | awk '{a[NR]=$1*1000} END{printf "median %.1f ms, p95 %.1f ms, max %.1f ms\n", a[10], a[19], a[20]}'
}

sqlite3 "$DATA/loa.db" "select '$BASE/x/'||c.Code from Communes c join Provinces p on p.Id=c.ProvinceId where p.Code='75' and c.InService=1" > "$HOMES"
PLAN=$(sqlite3 "$DATA/loa.db" "select p.Id from Plans p join Communes c on c.Id=p.CommuneId where c.Code='26377' and p.UnitId is null and p.Status=4 order by p.Year desc limit 1")

echo "# 1. 32 connections, portal cache off (load average $(cut -d' ' -f1-3 /proc/loadavg))"
start ASPNETCORE_ENVIRONMENT=Staging Demo__Enabled=true Loa__PortalCacheSeconds=0 Reminders__Enabled=false
LEAD=$(cookie lanhdao.phuoctan); COORD=$(cookie daumoi.phuoctan); PROV=$(cookie tinh.79); MIN=$(cookie bo.noivu)
REPORT="$BASE/reports/commune?plan=$PLAN&period=year"
$LOAD --connections 32 --seconds 4 "$BASE/css/portal.css" --urls-file "$HOMES" > /dev/null 2>&1
$LOAD --connections 32 --seconds 4 --header "$LEAD" "$BASE/plans/details/$PLAN" "$BASE/dashboard" "$REPORT" > /dev/null 2>&1
$LOAD --connections 32 --seconds 4 --header "$COORD" "$BASE/tasks/mine" > /dev/null 2>&1
$LOAD --connections 8 --seconds 4 --header "$PROV" "$BASE/province" > /dev/null 2>&1
$LOAD --connections 4 --seconds 4 --header "$MIN" "$BASE/ministry" > /dev/null 2>&1
$LOAD --connections 32 --seconds 10 "$BASE/css/portal.css" --urls-file "$HOMES" 2>&1 | grep -E "req/s|load"
$LOAD --connections 32 --seconds 10 --header "$LEAD" "$BASE/plans/details/$PLAN" "$BASE/dashboard" "$REPORT" 2>&1 | grep "req/s"
$LOAD --connections 32 --seconds 10 --header "$COORD" "$BASE/tasks/mine" 2>&1 | grep "req/s"
$LOAD --connections 32 --seconds 10 --header "$PROV" "$BASE/province" 2>&1 | grep "req/s"
$LOAD --connections 32 --seconds 10 --header "$MIN" "$BASE/ministry" 2>&1 | grep "req/s"

echo "# 2. one request at a time (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "/province (tinh.79): $(single "$PROV" "$BASE/province"), $(curl -s -H "$PROV" "$BASE/province" | wc -c) bytes"
echo "/ministry (bo.noivu): $(single "$MIN" "$BASE/ministry")"
echo "plan page: $(single "$LEAD" "$BASE/plans/details/$PLAN")"
echo "/dashboard (leader): $(single "$LEAD" "$BASE/dashboard")"
echo "portal home /x/26377: $(single "Accept: text/html" "$BASE/x/26377")"

echo "# 3. national profile at ${RATE}× for 60 s, portal cache on (load average $(cut -d' ' -f1-3 /proc/loadavg))"
start ASPNETCORE_ENVIRONMENT=Development
SERVER=$(pgrep -f "Loa.Web.dll --urls $BASE" | head -n 1)
STAFF=$(awk "BEGIN{print int(200*$RATE)}"); PORTAL=$(awk "BEGIN{print int(100*$RATE)}")
$LOAD national --base "$BASE" --data "$DATA" --pid "$SERVER" --seconds 60 --staff-rate "$STAFF" --portal-rate "$PORTAL" 2>&1 | grep -v "^  errors of"
pkill -f "Loa.Web.dll --urls $BASE" || true; sleep 2

echo "# 4. cold start (load average $(cut -d' ' -f1-3 /proc/loadavg))"
DATA=$DATA RUNS=3 PORT=$((PORT + 2)) bash "$ROOT/benchmarks/load/coldstart.sh" 2>&1 | tail -n 5
