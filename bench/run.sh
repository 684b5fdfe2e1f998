#!/usr/bin/env bash
# Benchmarks the packaged VIP Care against the performance budgets of issue 16 (see bench/README.md).
# Prints each figure next to its budget with OK/OVER; a figure over budget never fails the run,
# only a broken setup does (no database, app not starting, API refusing the bench's calls).
# Baselines from the same run: GET /q/health/live (management port, no auth) and pgbench -S (select-only
# primary-key lookups on a database of its own, run before the app starts); each req/s is also a ratio to both.
#
# Usage: [KNOB=value ...] bench/run.sh [--no-build]
# Knobs: PHASES   the load phases to run, a subset of "live me byid byid_admin list_q list_type" (all by default;
#                 they run in that order whatever the order given)
#        ROWS     customers imported (100000; the issue quotes ROWS=20000), CHUNK rows per import request (10000)
#        WARMUP, DURATION  seconds per phase (60, 30); CONNECTIONS, THREADS (16, 2), for wrk and pgbench alike
#        PGBENCH=0 skips the pgbench baseline (n/a without pgbench too); PGBENCH_SCALE (10)
#        APP_PORT (18080; the management port is APP_PORT+1), KEEP_WORK=1 keeps the logs and wrk outputs
#        BENCH_DB, PGBENCH_DB (vipcare_bench, vipcare_pgbench): dropped and recreated, so give each concurrent run its own
# Talks only to 127.0.0.1/localhost: PostgreSQL from PGHOST/PGPORT/PGUSER/PGPASSWORD, the app on APP_PORT.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-vipcare_bench}
APP_PORT=${APP_PORT:-18080}
BASE=http://127.0.0.1:$APP_PORT
# Health and metrics are on the management interface, a port of its own.
MGMT_PORT=${MGMT_PORT:-$((APP_PORT + 1))}
MGMT=http://127.0.0.1:$MGMT_PORT
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROWS=${ROWS:-100000}
CHUNK=${CHUNK:-10000}
ALL_PHASES="live me byid byid_admin list_q list_type"
PHASES=${PHASES:-$ALL_PHASES}
PGBENCH=${PGBENCH:-1}
PGBENCH_SCALE=${PGBENCH_SCALE:-10}
PGBENCH_DB=${PGBENCH_DB:-vipcare_pgbench}
START_TIMEOUT=${START_TIMEOUT:-120}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
# Makes the JVM size itself and collect as in the pod (k8s/app.yml: 512Mi limit, JAVA_MAX_MEM_RATIO=50, and the GC
# options it pins for the image's run-java.sh), so RSS means the same thing here as there. Set it empty to run with
# the host's defaults (on 2 CPUs that is G1, which kept ~45 MB more for itself and let the heap grow to its limit).
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--XX:MaxRAM=512m -XX:MaxRAMPercentage=50 -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90}

# Performance budgets (issue 16); the summary compares each figure against its own.
BUDGET_READY_S=5
BUDGET_RSS_MB=300
BUDGET_RSS_AFTER_MB=350
BUDGET_ME_RPS=10000
BUDGET_BYID_RPS=8000
BUDGET_BYID_P99_MS=10
BUDGET_BYID_ADMIN_RPS=4000
BUDGET_LIST_P95_MS=20

LIST_Q_PATH='/api/v1/customers?q=138&size=20&sort=name,asc'
LIST_TYPE_PATH='/api/v1/customers?type=INDIVIDUAL&page=3'

work=
app_pid=
child=
pgbench_db_made=
declare -A R=() # figures by name, filled as the run goes

BENCH_TAG=bench ROW_LABEL_WIDTH=50 ROW_VALUE_WIDTH=10
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $child ]]; then kill -TERM "$child" 2>/dev/null || true; fi
  stop_app
  if [[ -n $pgbench_db_made ]]; then drop_db "$PGBENCH_DB" >/dev/null 2>&1 || log "could not drop $PGBENCH_DB"; fi
  finish_work "$rc" "app.log, wrk and pgbench outputs, CSV"
  exit "$rc"
}

# ------------------------------------------------------------------ preparation

check_tools() {
  local tool
  for tool in java curl psql python3 openssl timeout awk; do
    command -v "$tool" >/dev/null || die "$tool is required"
  done
  if ! command -v wrk >/dev/null; then
    [[ $(id -u) == 0 ]] || die "wrk is required: sudo apt-get install -y wrk"
    log "installing wrk"
    bounded 300 apt-get install -y -qq wrk >/dev/null 2>&1 ||
      { bounded 300 apt-get update -qq >/dev/null && bounded 300 apt-get install -y -qq wrk >/dev/null; } ||
      die "could not install wrk"
  fi
  case $PGHOST in
    localhost | 127.0.0.1 | ::1) ;;
    *) die "PGHOST=$PGHOST: the bench drops and recreates a database, so it only runs against localhost" ;;
  esac
  if (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null; then
    die "something already listens on 127.0.0.1:$APP_PORT; stop it or set APP_PORT"
  fi
  local db phase
  for db in "$DB" "$PGBENCH_DB"; do # they go into SQL unquoted
    [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name $db: lower-case letters, digits and _ only"
  done
  for phase in $PHASES; do
    [[ " $ALL_PHASES " == *" $phase "* ]] || die "PHASES: unknown phase $phase (known: $ALL_PHASES)"
  done
}

want() { [[ " $PHASES " == *" $1 "* ]]; } # phase

# ------------------------------------------------------------------ pgbench baseline

# Fills R[pgbench_tps] from pgbench -S (select-only primary-key lookups) on a database of its own, with wrk's
# connections and threads; n/a (not a failure) without pgbench or with PGBENCH=0.
run_pgbench() {
  if [[ $PGBENCH == 0 ]]; then
    log "pgbench: skipped (PGBENCH=0); its tps and the ratios to it are n/a"
    return 0
  fi
  if ! command -v pgbench >/dev/null; then
    log "pgbench: not installed (apt-get install postgresql-client); its tps and the ratios to it are n/a"
    return 0
  fi
  local warm=$((WARMUP < 10 ? WARMUP : 10)) args=(-S -c "$CONNECTIONS" -j "$THREADS")
  recreate_db_named "$PGBENCH_DB"
  pgbench_db_made=1
  log "pgbench: initialising at scale $PGBENCH_SCALE"
  bounded 900 pgbench -i -s "$PGBENCH_SCALE" -q "$PGBENCH_DB" >"$work/pgbench-init.txt" 2>&1 ||
    die "pgbench -i failed: $(tail -n 5 "$work/pgbench-init.txt")"
  if ((warm > 0)); then
    log "pgbench: warm-up ${warm}s"
    bounded $((warm + 60)) pgbench "${args[@]}" -T "$warm" "$PGBENCH_DB" >"$work/pgbench-warmup.txt" 2>&1 ||
      die "pgbench warm-up failed: $(tail -n 5 "$work/pgbench-warmup.txt")"
  fi
  log "pgbench: measuring ${DURATION}s at $CONNECTIONS connections, $THREADS threads"
  bounded $((DURATION + 60)) pgbench "${args[@]}" -T "$DURATION" "$PGBENCH_DB" >"$work/pgbench.txt" 2>&1 ||
    die "pgbench failed: $(tail -n 5 "$work/pgbench.txt")"
  # PostgreSQL 14+ says "without initial connection time", older ones "excluding connections establishing".
  R[pgbench_tps]=$(awk '/^tps = / && /without initial connection time|excluding connections establishing/ {
    printf "%.0f", $3; exit }' "$work/pgbench.txt")
  [[ -n ${R[pgbench_tps]} ]] || die "no tps line in pgbench's output: $(tail -n 5 "$work/pgbench.txt")"
  log "pgbench: ${R[pgbench_tps]} tps"
  drop_db "$PGBENCH_DB" || die "cannot drop $PGBENCH_DB"
  pgbench_db_made=
}

make_keys() { # the same kind of key pair k8s/examples/secret.example.yml asks for
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
  openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
}

# ------------------------------------------------------------------ app lifecycle

start_app() {
  local jar=target/quarkus-app/quarkus-run.jar java_opts=() t0 code deadline
  [[ -f $jar ]] || die "$jar missing: build first (drop --no-build)"
  read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
  log "starting the app on $BASE (java ${java_opts[*]} -jar $jar)"
  t0=$(now)
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
    if ! kill -0 "$app_pid" 2>/dev/null; then
      show_log
      die "the app exited while starting (log above)"
    fi
    if ((SECONDS >= deadline)); then
      show_log
      die "not ready after ${START_TIMEOUT}s (last status $code)"
    fi
    sleep 0.05
  done
  if [[ ${1:-} == restart ]]; then
    R[restart_s]=$(seconds_between "$t0" "$(now)")
    log "ready again after ${R[restart_s]} s (the schema migrated already)"
    return 0
  fi
  R[ready_s]=$(seconds_between "$t0" "$(now)")
  log "ready after ${R[ready_s]} s; measuring idle RSS in 5 s"
  sleep 5
  R[rss_mb]=$(rss_mb)
  log "idle RSS ${R[rss_mb]} MB"
}

rss_mb() { # the app's resident set now, in MB
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status" || die "cannot read the app's RSS (has it exited?)"
}

# ------------------------------------------------------------------ API helpers

create_agent() { # admin token
  local status
  status=$(curl -sS -o "$work/user.json" -w '%{http_code}' --max-time 10 \
    -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d '{"username":"bench-agent","displayName":"Bench Agent","password":"Bench-Agent-Heron-7354","roles":["AGENT"]}' \
    "$BASE/api/v1/users") || status=000
  # 409: left from an earlier run against the same database; the password is the same.
  [[ $status == 2?? || $status == 409 ]] || die "creating bench-agent: HTTP $status $(head -c 300 "$work/user.json")"
}

import_customers() { # admin token
  local admin=$1 f status t0 counts created=0 updated=0 rejected=0 c u r
  log "generating $ROWS customers"
  python3 "$here/customers_csv.py" --rows "$ROWS" --chunk "$CHUNK" --out "$work/csv"
  log "importing in chunks of $CHUNK rows"
  t0=$(now)
  for f in "$work"/csv/customers-*.csv; do
    status=$(curl -sS -o "$work/import.json" -w '%{http_code}' --max-time 300 \
      -H "Authorization: Bearer $admin" -H 'Content-Type: text/csv; charset=UTF-8' \
      --data-binary "@$f" "$BASE/api/v1/customers/import") || status=000
    [[ $status == 200 ]] || die "import of $(basename "$f"): HTTP $status $(head -c 500 "$work/import.json")"
    counts=$(python3 -c 'import json, sys; d = json.load(sys.stdin); print(d.get("created", 0), d.get("updated", 0), len(d.get("rejected") or []))' <"$work/import.json")
    read -r c u r <<<"$counts"
    created=$((created + c)) updated=$((updated + u)) rejected=$((rejected + r))
  done
  R[import_s]=$(seconds_between "$t0" "$(now)")
  R[import_rps]=$(awk -v n="$ROWS" -v s="${R[import_s]}" 'BEGIN { printf "%.0f", n / s }')
  log "imported in ${R[import_s]} s: created $created, updated $updated, rejected $rejected"
  ((rejected == 0)) || log "WARNING: $rejected rows rejected; first problems: $(head -c 500 "$work/import.json")"
  # Measure the steady state: autovacuum would analyze a table that grew this much within a minute or so anyway.
  log "vacuum analyze after the import"
  timeout 300 psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "vacuum analyze" || die "vacuum analyze failed"
}

# Writes ~1000 customer ids, taken from 5 pages spread over the whole list, one per line.
fetch_ids() { # admin token, out file
  timeout 120 python3 - "$BASE" "$1" "$2" <<'PY'
import json, sys, urllib.request
base, token, out = sys.argv[1:]
def page(n):
    req = urllib.request.Request("%s/api/v1/customers?size=200&page=%d" % (base, n),
                                 headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)
first = page(0)
pages = max(1, -(-int(first["total"]) // 200))
ids = []
for n in sorted({k * pages // 5 for k in range(5)}):
    ids += [str(item["id"]) for item in (first if n == 0 else page(n))["items"]]
if not ids:
    sys.exit("no customers listed")
with open(out, "w") as f:
    f.write("\n".join(ids) + "\n")
print("%d ids from %d pages of %d" % (len(ids), min(5, pages), pages), file=sys.stderr)
PY
}

# ------------------------------------------------------------------ load generation

write_lua() { # out file, bearer token (empty: no Authorization header), file with one request path per line
  {
    printf -- '-- Generated by bench/run.sh.\nlocal token = "%s"\nlocal paths = {\n' "$2"
    sed 's/.*/  "&",/' "$3"
    cat <<'LUA'
}
local headers = { ["Accept"] = "application/json" }
if token ~= "" then headers["Authorization"] = "Bearer " .. token end

-- Each thread starts at another offset so the threads do not ask for the same row in lockstep.
local next_offset = 0
function setup(thread)
  thread:set("offset", next_offset)
  next_offset = next_offset + 131
end

local i = 0
function init(args)
  i = (offset or 0) % #paths
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end

-- wrk's own report has no p95; print it (and failures) on one parseable line.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
LUA
  } >"$1"
}

# Reads wrk --latency output (with the BENCH line of write_lua's done()) and prints
# "req_per_s p50_ms p95_ms p99_ms non2xx socket_errors", n/a for anything missing.
parse_wrk() { # wrk output file
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /s$/) return v * 1000
      if (v ~ /m$/) return v * 60000
      return v + 0
    }
    function show(v) { return v == "" ? "n/a" : v }
    /^Requests\/sec:/ { rps = sprintf("%.0f", $2) }
    /Latency Distribution/ { dist = 1; next }
    dist && $1 == "50%" { p50 = sprintf("%.2f", ms($2)) }
    dist && $1 == "99%" { p99 = sprintf("%.2f", ms($2)); dist = 0 }
    /^BENCH / { for (i = 2; i <= NF; i++) { split($i, kv, "="); b[kv[1]] = kv[2] } }
    END {
      p95 = b["p95_ms"] == "" ? "" : sprintf("%.2f", b["p95_ms"])
      print show(rps), show(p50), show(p95), show(p99), show(b["non2xx"]), show(b["socket_errors"])
    }' "$1"
}

# The requests a wrk run completed (from the BENCH line), 0 if the file or the line is missing.
wrk_requests() { # wrk output file
  awk '/^BENCH / { for (i = 2; i <= NF; i++) if ($i ~ /^requests=/) n = substr($i, 10) } END { print n + 0 }' "$1" 2>/dev/null ||
    echo 0
}

load() { # name, lua script[, base URL, $BASE by default]; fills R[name_rps|p50|p95|p99|non2xx|errors|requests]
  local name=$1 lua=$2 base=${3:-$BASE} wrk_args figures
  wrk_args=(-t"$THREADS" -c"$CONNECTIONS" --timeout 5s -s "$lua")
  if ((WARMUP > 0)); then
    log "$name: warm-up ${WARMUP}s"
    bounded $((WARMUP + 30)) wrk "${wrk_args[@]}" -d"${WARMUP}s" "$base/" >"$work/wrk-$name-warmup.txt" ||
      die "wrk warm-up failed: $(tail -n 5 "$work/wrk-$name-warmup.txt")"
  fi
  log "$name: measuring ${DURATION}s at $CONNECTIONS connections, $THREADS threads"
  bounded $((DURATION + 30)) wrk "${wrk_args[@]}" -d"${DURATION}s" --latency "$base/" >"$work/wrk-$name.txt" ||
    die "wrk failed: $(tail -n 5 "$work/wrk-$name.txt")"
  figures=$(parse_wrk "$work/wrk-$name.txt")
  read -r R["${name}_rps"] R["${name}_p50"] R["${name}_p95"] R["${name}_p99"] R["${name}_non2xx"] R["${name}_errors"] <<<"$figures"
  R[${name}_requests]=$(($(wrk_requests "$work/wrk-$name-warmup.txt") + $(wrk_requests "$work/wrk-$name.txt")))
  log "$name: ${R[${name}_rps]} req/s, p50 ${R[${name}_p50]} ms, p95 ${R[${name}_p95]} ms, p99 ${R[${name}_p99]} ms"
  if [[ ${R[${name}_non2xx]} != 0 || ${R[${name}_errors]} != 0 ]]; then
    log "WARNING: $name had ${R[${name}_non2xx]} non-2xx responses and ${R[${name}_errors]} socket errors; its figures are suspect"
  fi
}

# Refuses to benchmark a path that does not answer 200: fast 401s or 404s would flatter the figures.
check_path() { # token (empty: none), path[, base URL, $BASE by default]
  local auth=() status
  [[ -z $1 ]] || auth=(-H "Authorization: Bearer $1")
  status=$(curl -s -o "$work/check.json" -w '%{http_code}' --max-time 10 "${auth[@]}" "${3:-$BASE}$2") || status=000
  [[ $status == 200 ]] || die "GET ${3:-$BASE}$2 answered HTTP $status: $(head -c 300 "$work/check.json")"
}

# ------------------------------------------------------------------ report

# The quotient of two figures, 3 decimals; n/a unless both are numbers and the divisor is not 0.
ratio() { # figure, divisor
  awk -v a="$1" -v b="$2" 'BEGIN {
    if (a !~ /^[0-9]+(\.[0-9]*)?$/ || b !~ /^[0-9]+(\.[0-9]*)?$/ || b + 0 == 0) { print "n/a"; exit }
    printf "%.3f", a / b }'
}

# A req/s row with its budget (if any), then rows "<label> / health live" and "<label> / pgbench -S": the same
# figure divided by the baseline's req/s or tps.
rps_rows() { # label, figure name[, op, budget]
  local v=${R[${2}_rps]:-}
  row "$1 (req/s)" "$v" "${3:-}" "${4:-}"
  [[ $2 == live ]] || row "$1 / health live" "$(ratio "$v" "${R[live_rps]:-}")"
  row "$1 / pgbench -S" "$(ratio "$v" "${R[pgbench_tps]:-}")"
}

summary() {
  local n label
  echo
  echo "VIP Care benchmark — $(date '+%Y-%m-%d %H:%M %Z'), $(nproc) CPUs, $(java -version 2>&1 | head -n 1)"
  echo "  JVM options: ${BENCH_JAVA_OPTS:-(none)}; wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up, ${DURATION}s measured"
  echo "  phases: $PHASES; pgbench -S: scale $PGBENCH_SCALE, the same connections, threads and duration, before the app starts"
  echo "  (OVER = outside its budget; n/a = not measured; a figure with non-2xx responses or socket errors is suspect, see the log above)"
  echo
  printf "  %-${ROW_LABEL_WIDTH}s %${ROW_VALUE_WIDTH}s  %-9s %s\n" figure value budget ''
  row "start to ready, empty database (s)" "${R[ready_s]:-}" "<=" "$BUDGET_READY_S"
  row "start to ready, restart (s)" "${R[restart_s]:-}" "<=" "$BUDGET_READY_S"
  row "idle RSS (MB)" "${R[rss_mb]:-}" "<=" "$BUDGET_RSS_MB"
  row "RSS after the benchmark (MB)" "${R[rss_after_mb]:-}" "<=" "$BUDGET_RSS_AFTER_MB"
  row "import $ROWS rows (rows/s)" "${R[import_rps]:-}"
  row "pgbench -S (tps)" "${R[pgbench_tps]:-}"
  rps_rows "GET /q/health/live, no auth" live
  row "GET /q/health/live p99 (ms)" "${R[live_p99]:-}"
  rps_rows "agent GET /users/me" me ">=" "$BUDGET_ME_RPS"
  row "agent GET /users/me p99 (ms)" "${R[me_p99]:-}"
  rps_rows "agent GET /customers/{id}" byid ">=" "$BUDGET_BYID_RPS"
  row "agent GET /customers/{id} p50 (ms)" "${R[byid_p50]:-}"
  row "agent GET /customers/{id} p99 (ms)" "${R[byid_p99]:-}" "<=" "$BUDGET_BYID_P99_MS"
  rps_rows "admin GET /customers/{id}" byid_admin ">=" "$BUDGET_BYID_ADMIN_RPS"
  row "admin GET /customers/{id} p99 (ms)" "${R[byid_admin_p99]:-}"
  row "admin GET /customers/{id} audit rows per read" "${R[byid_admin_audit]:-}"
  for n in list_q list_type; do
    [[ $n == list_q ]] && label='list ?q=138&size=20&sort=name,asc' || label='list ?type=INDIVIDUAL&page=3'
    rps_rows "$label" "$n"
    row "$label p50 (ms)" "${R[${n}_p50]:-}"
    row "$label p95 (ms)" "${R[${n}_p95]:-}" "<=" "$BUDGET_LIST_P95_MS"
    row "$label p99 (ms)" "${R[${n}_p99]:-}"
  done
  echo
}

# ------------------------------------------------------------------ main

# The token a phase's requests carry, fresh (tokens live 30 min): none for the health check, the admin's for the
# audited unmasked read, the agent's otherwise.
phase_token() { # phase
  case $1 in
    live) ;;
    byid_admin) token admin Bench-Admin-Pelican-4821 ;;
    *) token bench-agent Bench-Agent-Heron-7354 ;;
  esac
}

audit_rows() { # -> rows in the bench database's audit trail
  timeout 60 psql -X -At -v ON_ERROR_STOP=1 -d "$DB" -c "select count(*) from audit_entry" || die "cannot count audit rows"
}

# Warns when a by-id phase would not measure what it says: the agent must see the customer masked, the admin not.
check_masked() { # phase (check.json holds its first answer)
  local want=True masked
  [[ $1 == byid_admin ]] && want=False
  masked=$(json_field masked <"$work/check.json")
  [[ $masked == "$want" ]] || log "WARNING: $1's first answer has masked=$masked, expected $want"
}

main() {
  local do_build=1 admin
  case ${1:-} in
    --no-build) do_build=0 ;;
    '') ;;
    -h | --help) awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"; return 0 ;;
    *) die "unknown option $1 (try --help)" ;;
  esac
  cd "$repo"
  check_tools
  work=$(mktemp -d "${TMPDIR:-/tmp}/vipcare-bench.XXXXXX")
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if ((do_build)); then build; fi
  run_pgbench # before the app starts, so that the two do not compete
  recreate_db
  make_keys
  start_app

  admin=$(token admin Bench-Admin-Pelican-4821)
  create_agent "$admin"
  import_customers "$admin"

  admin=$(token admin Bench-Admin-Pelican-4821) # tokens live 30 min; a slow import must not outlive them
  fetch_ids "$admin" "$work/ids.txt"
  printf '%s\n' /q/health/live >"$work/live.paths"
  printf '%s\n' /api/v1/users/me >"$work/me.paths"
  sed 's|^|/api/v1/customers/|' "$work/ids.txt" >"$work/byid.paths"
  cp "$work/byid.paths" "$work/byid_admin.paths"
  printf '%s\n' "$LIST_Q_PATH" >"$work/list_q.paths"
  printf '%s\n' "$LIST_TYPE_PATH" >"$work/list_type.paths"

  local name tok base first audit_before
  for name in $ALL_PHASES; do
    want "$name" || continue
    tok=$(phase_token "$name")
    base=$BASE
    [[ $name == live ]] && base=$MGMT # health answers on the management port only
    first=$(head -n 1 "$work/$name.paths")
    check_path "$tok" "$first" "$base"
    [[ $name != byid* ]] || check_masked "$name"
    write_lua "$work/$name.lua" "$tok" "$work/$name.paths"
    [[ $name != byid_admin ]] || audit_before=$(audit_rows)
    load "$name" "$work/$name.lua" "$base"
    # Each unmasked read writes one audit row: are they all there? Requests still in flight when a wrk run ends
    # are audited but not counted, which puts the figure a little above 1.
    if [[ $name == byid_admin ]]; then
      R[byid_admin_audit]=$(ratio "$(($(audit_rows) - audit_before))" "${R[byid_admin_requests]}")
      log "byid_admin: ${R[byid_admin_audit]} audit rows per read (warm-up and measurement)"
    fi
  done

  R[rss_after_mb]=$(rss_mb)
  log "RSS after the benchmark ${R[rss_after_mb]} MB ($(awk '/^Rss(Anon|File|Shmem):/ { printf "%s%s %.0f MB", sep, $1, $2 / 1024; sep = ", " }' "/proc/$app_pid/status"))"
  log "stopping the app, then starting it again on the migrated schema (a restart or a new replica)"
  stop_app
  start_app restart
  stop_app
  summary
}

# Sourcing the file (for testing its pieces) defines the functions without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
