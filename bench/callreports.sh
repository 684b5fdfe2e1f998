#!/usr/bin/env bash
# Benchmarks the call reports (GET /api/v1/follow-ups/reports) of the packaged VIP Care at 1,000,000 call tasks
# with their attempts against the budget (p95 <= 300 ms), and prints p50/p95/max per period with OK/OVER (see
# bench/README.md, "Call reports"). A figure over budget never fails the run; only a broken setup does.
#
# Usage: bench/callreports.sh [--no-build] [--app DIR]
#   --app DIR    the packaged app (quarkus-run.jar inside); default $APP_DIR or target/quarkus-app
#   REUSE_DB=1   keep the data of the last run (no drop, no load); the app migrates it to its schema on start
# Talks only to 127.0.0.1/localhost: PostgreSQL from PGHOST/PGPORT/PGUSER/PGPASSWORD, the app on APP_PORT.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=vipcare_callreports_bench
APP_PORT=${APP_PORT:-18097}
APP_DIR=${APP_DIR:-target/quarkus-app}
REUSE_DB=${REUSE_DB:-}
BASE=http://127.0.0.1:$APP_PORT
# Health and metrics are on the management interface, a port of its own.
MGMT_PORT=${MGMT_PORT:-$((APP_PORT + 1))}
MGMT=http://127.0.0.1:$MGMT_PORT
FOLLOWUPS=${FOLLOWUPS:-1000000}
# The tasks are due over 2025-12-01 .. 2026-11-30: a day holds ~2,700 of them, a week ~19,000, a month ~83,000.
REPORT_DATE=${REPORT_DATE:-2026-06-17}
# One agent's month: the report narrowed with assigneeId (bench-agent-0).
AGENT_ID=$(python3 -c 'import hashlib, uuid; print(uuid.UUID(hashlib.md5(b"bench-agent-0").hexdigest()))')
WARMUP=${WARMUP:-5}
REPS=${REPS:-40}
START_TIMEOUT=${START_TIMEOUT:-120}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-1800}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--XX:MaxRAM=512m -XX:MaxRAMPercentage=50}
BUDGET_MS=300

work=
app_pid=
child=
declare -A R=()

BENCH_TAG=callreports-bench
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $child ]]; then kill -TERM "$child" 2>/dev/null || true; fi
  stop_app
  finish_work "$rc" "app.log, responses"
  exit "$rc"
}

check_tools() {
  local tool
  for tool in java curl psql python3 openssl timeout awk sort; do
    command -v "$tool" >/dev/null || die "$tool is required"
  done
  case $PGHOST in
    localhost | 127.0.0.1 | ::1) ;;
    *) die "PGHOST=$PGHOST: the bench drops and recreates a database, so it only runs against localhost" ;;
  esac
  if (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null; then
    die "something already listens on 127.0.0.1:$APP_PORT; stop it or set APP_PORT"
  fi
}

psql_db=(psql -X -q -v ON_ERROR_STOP=1 -d "$DB")

# Flyway creates the schema on start. No JWT key files: the single bench process signs with a pair of its own
# (JwtKeys reads configured locations as class-path resources, so files outside the jar are not found).
start_app() {
  local jar=$APP_DIR/quarkus-run.jar java_opts=() code deadline t0=$SECONDS
  # Production refuses to start without a JWT key pair: a throwaway one for this run.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
  openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
  [[ -f $jar ]] || die "$jar missing: build first (drop --no-build) or point --app/APP_DIR at a packaged app"
  read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
  log "starting the app on $BASE"
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    VIPCARE_ADMIN_PASSWORD=Bench-Admin-Pelican-4821 \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="$APP_PORT" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" \
    java "${java_opts[@]}" -jar "$jar" >"$work/app.log" 2>&1 &
  app_pid=$!
  deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$MGMT/q/health/ready" || true)
    [[ $code == 200 ]] && break
    kill -0 "$app_pid" 2>/dev/null || { show_log; die "the app exited while starting (log above)"; }
    ((SECONDS < deadline)) || { show_log; die "not ready after ${START_TIMEOUT}s (last status $code)"; }
    sleep 0.1
  done
  R[start_s]=$((SECONDS - t0))
  log "ready after ${R[start_s]} s (Flyway included)"
}

load_data() {
  local t0=$SECONDS
  log "generating $FOLLOWUPS call tasks with attempts (set-based; a few minutes at full size)"
  bounded "$LOAD_TIMEOUT" "${psql_db[@]}" -v followups="$FOLLOWUPS" -f "$here/callreports_data.sql" >/dev/null ||
    die "loading the data failed"
  log "VACUUM ANALYZE"
  bounded "$LOAD_TIMEOUT" "${psql_db[@]}" -c "vacuum analyze" || die "vacuum analyze failed"
  R[load_s]=$((SECONDS - t0))
  "${psql_db[@]}" -tAc "select count(*) || ' call tasks, ' || (select count(*) from follow_up_attempt) || ' call attempts'
                  from follow_up" | sed 's/^/[callreports-bench] loaded: /' >&2
}

# One request; prints its time in ms. Refuses anything but 200, so a fast error never passes for a fast report.
timed() { # token label period [assigneeId]
  local out status secs
  out=$(curl -sS -o "$work/report-$2.json" -w '%{http_code} %{time_total}' --max-time 30 \
    -H "Authorization: Bearer $1" \
    "$BASE/api/v1/follow-ups/reports?period=$3&date=$REPORT_DATE${4:+&assigneeId=$4}") || out="000 0"
  read -r status secs <<<"$out"
  [[ $status == 200 ]] || die "GET reports?period=$2: HTTP $status $(head -c 300 "$work/report-$2.json")"
  awk -v s="$secs" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

measure() { # token label period [assigneeId]
  local i times=()
  for ((i = 0; i < WARMUP; i++)); do timed "$@" >/dev/null; done
  for ((i = 0; i < REPS; i++)); do times+=("$(timed "$@")"); done
  R[$2_p50]=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  R[$2_p95]=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); print v[i] }')
  R[$2_max]=$(printf '%s\n' "${times[@]}" | sort -n | tail -n 1)
  R[$2_total]=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["totals"]["due"])' <"$work/report-$2.json")
  log "$2: ${R[$2_total]} tasks due, p50 ${R[$2_p50]} ms, p95 ${R[$2_p95]} ms, max ${R[$2_max]} ms"
}

summary() {
  local p
  echo
  echo "VIP Care call reports — $(date '+%Y-%m-%d %H:%M %Z'), $(nproc) CPUs, $(java -version 2>&1 | head -n 1)"
  if [[ -n $REUSE_DB ]]; then
    echo "  the last run's data reused (REUSE_DB); start to ready ${R[start_s]} s including Flyway; date=$REPORT_DATE; $WARMUP warm-up and $REPS measured requests per period, one at a time"
  else
    echo "  $FOLLOWUPS call tasks (load + VACUUM ANALYZE ${R[load_s]} s); date=$REPORT_DATE; $WARMUP warm-up and $REPS measured requests per period, one at a time"
  fi
  echo "  app: $APP_DIR; load average before / after the measurements: ${R[load_before]} / ${R[load_after]}"
  echo
  printf '  %-12s %10s %10s %10s %10s  %-9s %s\n' period 'tasks due' 'p50 ms' 'p95 ms' 'max ms' budget ''
  for p in DAY WEEK MONTH MONTH_AGENT; do
    printf '  %-12s %10s %10s %10s %10s  %-9s %s\n' "$p" "${R[${p}_total]}" "${R[${p}_p50]}" "${R[${p}_p95]}" \
      "${R[${p}_max]}" "<= $BUDGET_MS" "$(verdict "${R[${p}_p95]}" '<=' "$BUDGET_MS")"
  done
  echo "  (OK/OVER compares p95 against the budget; MONTH_AGENT is one agent's month, assigneeId)"
  echo
}

main() {
  local do_build=1 admin p
  while (($#)); do
    case $1 in
      --no-build) do_build=0 ;;
      --app) [[ $# -ge 2 ]] || die "--app needs a directory"; APP_DIR=$2; shift ;;
      --app=*) APP_DIR=${1#--app=} ;;
      -h | --help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; return 0 ;;
      *) die "unknown option $1 (try --help)" ;;
    esac
    shift
  done
  cd "$repo"
  check_tools
  work=$(mktemp -d "${TMPDIR:-/tmp}/vipcare-callreports-bench.XXXXXX")
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if ((do_build)); then build; fi
  if [[ -n $REUSE_DB ]]; then
    log "reusing the data in $DB (REUSE_DB)"
    start_app
  else
    recreate_db
    start_app
    load_data
  fi
  admin=$(token admin Bench-Admin-Pelican-4821)
  R[load_before]=$(loadavg)
  for p in DAY WEEK MONTH; do measure "$admin" "$p" "$p"; done
  measure "$admin" MONTH_AGENT MONTH "$AGENT_ID"
  R[load_after]=$(loadavg)
  stop_app
  summary
}

main "$@"
