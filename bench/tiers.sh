#!/usr/bin/env bash
# Tier evaluation at a million customers (see bench/README.md): loads a synthetic book with
# bench/tiers-data.sql, times one evaluation through the API and the same SQL bare in psql, and prints
# each figure next to its budget with OK/OVER. It reports; it does not assert: only a broken setup
# (no database, the app not starting, an API call refused) fails the run. An evaluation that ends FAILED is
# a figure like any other (OVER), and the same SQL is still timed in psql.
#
# Usage: bench/tiers.sh [--no-build] [--app DIR]
#   --app DIR    the packaged app (quarkus-run.jar inside); default $APP_DIR or target/quarkus-app
#   --no-build   do not run ./mvnw -B -q -DskipTests package first
# Talks only to 127.0.0.1/localhost: PostgreSQL from PGHOST/PGPORT/PGUSER/PGPASSWORD, the app on APP_PORT.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=vipcare_tiers_bench
APP_DIR=${APP_DIR:-target/quarkus-app}
APP_PORT=${APP_PORT:-18090}
BASE=http://127.0.0.1:$APP_PORT
# Health and metrics are on the management interface, a port of its own.
MGMT_PORT=${MGMT_PORT:-$((APP_PORT + 1))}
MGMT=http://127.0.0.1:$MGMT_PORT
CUSTOMERS=${CUSTOMERS:-1000000}
RECORDS_PER_CUSTOMER=${RECORDS_PER_CUSTOMER:-15}
AGENTS=${AGENTS:-20}
START_TIMEOUT=${START_TIMEOUT:-120}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-1800}
EVAL_TIMEOUT=${EVAL_TIMEOUT:-1800}
RESET_TIMEOUT=${RESET_TIMEOUT:-900}
EXPLAIN=${EXPLAIN:-0}
# Empty: the app's own transaction timeouts, as deployed. Set (e.g. 900s) to raise Quarkus's default (60 s):
# builds before dbd05d3 ran the evaluation under it, and it cut a million customers off.
APP_TX_TIMEOUT=${APP_TX_TIMEOUT:-}
HEAP_SAMPLER=${HEAP_SAMPLER:-metrics}
VIPCARE_ZONE=${VIPCARE_ZONE:-Asia/Shanghai} # vipcare.zone: the evaluation's :today is asOf's date there
# The pod's memory view (k8s/app.yml: 512Mi limit, JAVA_MAX_MEM_RATIO=50), as in bench/run.sh: a heap that
# grew with the number of customers would run out at 256 MB. Set it empty for the host's defaults.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--XX:MaxRAM=512m -XX:MaxRAMPercentage=50}
SQL_SOURCE=src/main/java/org/vipcare/tier/TierEvaluationSql.java

# Budgets of an evaluation run (bench/README.md); the summary compares each figure with its own.
BUDGET_EVAL_S=60        # one evaluation of 1,000,000 customers through the API, on 2 cores
BUDGET_RATIO=2          # the API run against the same SQL bare in psql
BUDGET_RSS_MB=300       # the app's RSS while it runs an evaluation: the idle budget of bench/run.sh

work=
app_pid=
child=
sampler_pid=
db_created=0
declare -A R=() # figures by name, filled as the run goes

BENCH_TAG=tiers ROW_LABEL_WIDTH=46 ROW_VALUE_WIDTH=12
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# psql against the bench database; the server gives up on its own too (statement_timeout), so a
# statement does not outlive a client the timeout killed.
bpsql() { # seconds psql-args...
  local secs=$1
  shift
  PGOPTIONS="-c statement_timeout=${secs}s ${PGOPTIONS:-}" \
    bounded "$secs" psql -X -v ON_ERROR_STOP=1 -d "$DB" "$@"
}
q() { bpsql 60 -Atq -c "$1"; } # one short query, unaligned output

stop_sampler() {
  [[ -n $sampler_pid ]] || return 0
  : >"$work/sampler.stop"
  local i
  for ((i = 0; i < 30; i++)); do
    kill -0 "$sampler_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  sampler_pid=
}

drop_db() {
  timeout 120 psql -X -q -d postgres -c "drop database if exists $DB with (force)" 2>/dev/null ||
    log "WARNING: could not drop $DB"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $child ]]; then kill -TERM "$child" 2>/dev/null || true; fi
  stop_sampler
  stop_app
  if ((db_created)); then
    if [[ -n ${KEEP_DB:-} && ${KEEP_DB:-} != 0 ]]; then
      log "kept database $DB (KEEP_DB)"
    else
      log "dropping database $DB (KEEP_DB=1 keeps it)"
      drop_db
    fi
  fi
  finish_work "$rc" "app.log, load.log, evaluation SQL, psql output, samples"
  exit "$rc"
}

# ------------------------------------------------------------------ preparation

check_tools() {
  local tool
  for tool in java curl psql python3 openssl timeout awk sed; do
    command -v "$tool" >/dev/null || die "$tool is required"
  done
  case $PGHOST in
    localhost | 127.0.0.1 | ::1) ;;
    *) die "PGHOST=$PGHOST: the bench drops and recreates a database, so it only runs against localhost" ;;
  esac
  [[ $CUSTOMERS =~ ^[1-9][0-9]*$ && $RECORDS_PER_CUSTOMER =~ ^[1-9][0-9]*$ && $AGENTS =~ ^[0-9]+$ ]] ||
    die "CUSTOMERS, RECORDS_PER_CUSTOMER must be positive integers, AGENTS a number"
  case $HEAP_SAMPLER in metrics | jcmd | none) ;; *) die "HEAP_SAMPLER: metrics, jcmd or none" ;; esac
  if [[ $HEAP_SAMPLER == jcmd ]] && ! command -v jcmd >/dev/null; then
    log "no jcmd: heap not sampled"
    HEAP_SAMPLER=none
  fi
  [[ -f $SQL_SOURCE ]] || die "$SQL_SOURCE missing: the psql run takes its SQL from there"
  if (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null; then
    die "something already listens on 127.0.0.1:$APP_PORT; stop it or set APP_PORT"
  fi
}

# ------------------------------------------------------------------ app lifecycle and sampling

start_app() {
  local jar=$APP_DIR/quarkus-run.jar java_opts=() t0 code deadline
  # Production refuses to start without a JWT key pair: a throwaway one for this run.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
  openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
  [[ -f $jar ]] || die "$jar missing: build first (drop --no-build) or point --app/APP_DIR at a packaged app"
  read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
  log "starting the app on $BASE (java ${java_opts[*]} -jar $jar)"
  t0=$(now)
  # No JWT key locations: the app makes its own pair (one instance, tokens only for this run), and builds
  # before 47ca1a0 looked for key files on the class path only, so every token request answered 500.
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
    ${APP_TX_TIMEOUT:+QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=$APP_TX_TIMEOUT} \
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
    sleep 0.1
  done
  log "ready after $(seconds_between "$t0" "$(now)") s (schema migrated by Flyway)"
}

# Percentage of the machine's CPU time busy over the next few seconds, while the bench itself is idle:
# anything well above 0 is other work, and the timings that follow measure it too.
cpu_busy() { # seconds
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  sleep "$1"
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); busy = y[1] - x[1]; idle = y[2] - x[2]
                                   printf "%.0f", (busy + idle > 0 ? 100 * busy / (busy + idle) : 0) }'
}

check_quiet() { # figure name, what is about to be timed
  R[$1]=$(cpu_busy 3)
  if ((R[$1] > 20)); then
    log "WARNING: the CPUs are ${R[$1]} % busy with other work before $2; its timing is suspect"
  fi
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status" 2>/dev/null || echo 0; }

heap_used_bytes() { # prints the heap in use now, or nothing
  case $HEAP_SAMPLER in
    # The JVM's own memory pool figures (the numbers GC.heap_info prints), served by the app: one HTTP
    # GET, where jcmd would start a second JVM every second on a 2-core machine busy with the run.
    metrics)
      curl -s --max-time 1 "$MGMT/q/metrics" 2>/dev/null |
        awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF; n++ } END { if (n) printf "%.0f\n", s }' ;;
    jcmd)
      timeout 5 jcmd "$app_pid" GC.heap_info 2>/dev/null |
        awk 'match($0, /total [0-9]+K, used [0-9]+K/) { split(substr($0, RSTART, RLENGTH), f, /[ K,]+/); s += f[4]; n++ }
             END { if (n) printf "%.0f\n", s * 1024 }' ;;
  esac
}

# Writes "seconds rss_kb heap_bytes" once a second until $work/sampler.stop exists.
sampler() { # out file
  local t0
  t0=$(now)
  while [[ ! -e $work/sampler.stop ]]; do
    printf '%s %s %s\n' "$(seconds_between "$t0" "$(now)")" "$(rss_kb)" "$(heap_used_bytes)" >>"$1"
    sleep 1
  done
}

start_sampler() { # out file
  rm -f "$work/sampler.stop" "$1"
  sampler "$1" &
  sampler_pid=$!
}

max_mb() { # samples file, column (2 = RSS in kB, 3 = heap in bytes)
  awk -v c="$2" '$c != "" { v = c == 2 ? $c / 1024 : $c / 1048576; if (v > m) m = v; n++ }
                 END { if (n) printf "%.0f", m; else print "n/a" }' "$1"
}

# ------------------------------------------------------------------ API helpers

create_agents() { # admin token
  local i name status
  log "creating $AGENTS AGENT users (managers of the generated customers)"
  for ((i = 1; i <= AGENTS; i++)); do
    name=$(printf 'tiers-agent-%02d' "$i")
    status=$(curl -sS -o "$work/user.json" -w '%{http_code}' --max-time 10 \
      -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$name\",\"displayName\":\"Tiers Agent $i\",\"password\":\"$name-Lantern-Otter-4821\",\"roles\":[\"AGENT\"]}" \
      "$BASE/api/v1/users") || status=000
    [[ $status == 2?? || $status == 409 ]] || die "creating $name: HTTP $status $(head -c 300 "$work/user.json")"
  done
}

# ------------------------------------------------------------------ data

# Index and constraint definitions of the loaded tables: tiers-data.sql drops and rebuilds them.
schema_fingerprint() {
  q "select md5(string_agg(d, ' | ' order by d)) from (
       select pg_get_indexdef(indexrelid) as d from pg_index
        where indrelid in ('customer'::regclass, 'consumption_record'::regclass, 'customer_standing'::regclass)
       union all
       select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
        where conrelid in ('customer'::regclass, 'consumption_record'::regclass, 'customer_standing'::regclass)
           or confrelid in ('customer'::regclass, 'consumption_record'::regclass)) x"
}

load_data() {
  local before after t0 customers records
  before=$(schema_fingerprint)
  log "loading $CUSTOMERS customers, ~$RECORDS_PER_CUSTOMER consumption records each (bench/tiers-data.sql)"
  t0=$(now)
  bpsql "$LOAD_TIMEOUT" -q -v customers="$CUSTOMERS" -v records_per_customer="$RECORDS_PER_CUSTOMER" \
    -f "$here/tiers-data.sql" 2>&1 | tee "$work/load.log" >&2 || die "loading failed (see above)"
  R[load_s]=$(seconds_between "$t0" "$(now)")
  after=$(schema_fingerprint)
  [[ $before == "$after" ]] || die "indexes/constraints differ after the load: tiers-data.sql did not rebuild them all"
  read -r customers records <<<"$(q "select (select count(*) from customer), (select count(*) from consumption_record)" | tr '|' ' ')"
  R[customers]=$customers R[records]=$records
  R[load_rows_s]=$(awk -v n="$((customers + records))" -v s="${R[load_s]}" 'BEGIN { printf "%.0f", n / s }')
  R[load_records_s]=$(awk -v n="$records" -v s="${R[load_s]}" 'BEGIN { printf "%.0f", n / s }')
  log "loaded $customers customers and $records records in ${R[load_s]} s (vacuum analyze included): ${R[load_rows_s]} rows/s"
  q "select 'records per customer: p10/p50/p90/p99/max ' || array_to_string(percentile_disc(array[0.1, 0.5, 0.9, 0.99, 1])
             within group (order by n), '/') || ', none ' || count(*) filter (where n = 0)
       from (select c.id, count(r.customer_id) as n from customer c
               left join consumption_record r on r.customer_id = c.id group by c.id) x" >&2
  q "select 'tables: customer ' || pg_size_pretty(pg_total_relation_size('customer')) || ', consumption_record '
            || pg_size_pretty(pg_total_relation_size('consumption_record')) || ' (with indexes)'" >&2
}

# The derived columns back to their defaults, no history and no follow-ups: the state an evaluation of a
# freshly loaded book starts from. Done before each timed run, so both runs change the same rows. VACUUM FULL
# so both start from the same compact table too: after a plain VACUUM the second run would get a customer
# table three times the size, with free space for its updates that the first run did not have. The
# checkpoint keeps the reset's writes out of the timed run.
reset_derived() {
  log "resetting tiers, history and follow-ups; vacuum full analyze; checkpoint"
  # A file, not a here-document: bounded runs psql in the background, where stdin is /dev/null.
  cat >"$work/reset.sql" <<'SQL'
-- Only rows that differ (a freshly loaded book has none): updating a million rows costs minutes.
-- The health score back to "never evaluated" too, so that both runs fill it as a first evaluation does.
update customer_standing set tier = 'ORDINARY', watch = false, value_class = 'D', loyalty_type = 'ZERO',
                             window_spend = 0, window_visits = 0, health_score = null, health_previous = null,
                             health_trend = null, health_recency = null, health_spend_trend = null,
                             health_complaints = null, health_satisfaction = null, health_retention = null,
                             health_tenure = null
 where (tier, watch, value_class, loyalty_type, window_spend, window_visits, health_score, health_previous)
       is distinct from ('ORDINARY', false, 'D', 'ZERO', 0, 0, null, null);
delete from tier_history;
delete from follow_up;
-- FULL even when nothing was reset: a FAILED run rolled back leaves a dead version of most rows.
vacuum (full, analyze) customer, customer_standing, tier_history, follow_up;
vacuum (analyze) tier_evaluation;
checkpoint;
SQL
  bpsql "$RESET_TIMEOUT" -q -f "$work/reset.sql" || die "reset failed"
  [[ $(q "select count(*) from customer_standing where tier <> 'ORDINARY' or watch or window_visits <> 0
          or window_spend <> 0") == 0 && $(q "select count(*) from tier_history") == 0 ]] || die "the reset did not reset"
  log "customer table now $(q "select pg_size_pretty(pg_relation_size('customer'))") (heap), $(q "select pg_size_pretty(pg_indexes_size('customer'))") of indexes; customer_standing $(q "select pg_size_pretty(pg_relation_size('customer_standing'))") + $(q "select pg_size_pretty(pg_indexes_size('customer_standing'))")"
}

# ------------------------------------------------------------------ the API run

api_run() {
  local admin t0 status location id body st elapsed deadline
  admin=$(token admin Bench-Admin-Pelican-4821)
  log "idle for 5 s: baseline RSS and heap"
  start_sampler "$work/samples-idle.txt"
  sleep 5
  stop_sampler
  R[idle_rss_mb]=$(max_mb "$work/samples-idle.txt" 2)
  R[idle_heap_mb]=$(max_mb "$work/samples-idle.txt" 3)

  check_quiet api_busy "the API run"
  log "POST /api/v1/tiers/evaluations"
  start_sampler "$work/samples-run.txt"
  t0=$(now)
  status=$(curl -sS -o "$work/eval.json" -D "$work/eval.headers" -w '%{http_code}' --max-time 30 -X POST \
    -H "Authorization: Bearer $admin" "$BASE/api/v1/tiers/evaluations") || status=000
  [[ $status == 202 ]] || die "POST /api/v1/tiers/evaluations: HTTP $status $(head -c 300 "$work/eval.json")"
  location=$(awk 'tolower($1) == "location:" { print $2 }' "$work/eval.headers" | tr -d '\r')
  [[ -n $location ]] || die "202 without a Location"
  case $location in
    http://127.0.0.1:"$APP_PORT"/* | http://localhost:"$APP_PORT"/*) ;;
    /*) location=$BASE$location ;;
    *) die "Location $location is not this app on 127.0.0.1:$APP_PORT" ;;
  esac
  deadline=$((SECONDS + EVAL_TIMEOUT))
  while :; do
    sleep 0.5
    status=$(curl -sS -o "$work/eval.json" -w '%{http_code}' --max-time 10 \
      -H "Authorization: Bearer $admin" "$location") || status=000
    if [[ $status == 401 ]]; then admin=$(token admin Bench-Admin-Pelican-4821); continue; fi # a token lives 30 min
    [[ $status == 200 ]] || die "GET $location: HTTP $status $(head -c 300 "$work/eval.json")"
    st=$(json_field status <"$work/eval.json")
    [[ $st == RUNNING ]] || break
    ((SECONDS < deadline)) || die "evaluation still RUNNING after ${EVAL_TIMEOUT}s"
  done
  elapsed=$(seconds_between "$t0" "$(now)")
  stop_sampler
  python3 - "$work/eval.json" >"$work/eval.vars" <<'PY'
import json, sys
from datetime import datetime
d = json.load(open(sys.argv[1]))
def t(s): return datetime.fromisoformat(s.replace("Z", "+00:00"))
print("id=%s" % d["id"])
print("version=%s" % d["policyVersion"])
print("started=%s" % d["startedAt"])
print("server_s=%.2f" % (t(d["finishedAt"]) - t(d["startedAt"])).total_seconds() if d.get("finishedAt") else "server_s=")
print("counts=%s/%s/%s/%s" % (d["evaluated"], d["upgraded"], d["downgraded"], d["watchFlagged"]))
print("error=%s" % " ".join(str(d.get("error") or "").split())[:300])
PY
  id=$(sed -n 's/^id=//p' "$work/eval.vars")
  R[api_version]=$(sed -n 's/^version=//p' "$work/eval.vars")
  R[api_started]=$(sed -n 's/^started=//p' "$work/eval.vars")
  R[api_server_s]=$(sed -n 's/^server_s=//p' "$work/eval.vars")
  R[run_rss_mb]=$(max_mb "$work/samples-run.txt" 2)
  R[run_heap_mb]=$(max_mb "$work/samples-run.txt" 3)
  R[heap_max_mb]=$(java_heap_max_mb)
  if [[ $st != DONE ]]; then
    # The app's own failure is a result, not a broken setup: report it and still time the SQL in psql.
    R[api_s]=$st R[api_counts]=n/a
    R[api_error]="evaluation $st after $elapsed s (server side ${R[api_server_s]} s): $(sed -n 's/^error=//p' "$work/eval.vars")"
    log "${R[api_error]}"
    grep -E 'ERROR|ARJUNA012117|transaction timeout|Caused by' "$work/app.log" | grep -v '^[[:space:]]*at ' | tail -n 6 >&2 || true
    return 0
  fi
  R[api_s]=$elapsed
  R[api_counts]=$(sed -n 's/^counts=//p' "$work/eval.vars")
  log "evaluation $id DONE in ${R[api_s]} s (POST to DONE; server side ${R[api_server_s]} s);" \
    "evaluated/upgraded/downgraded/watchFlagged ${R[api_counts]}; max RSS ${R[run_rss_mb]} MB, max heap used ${R[run_heap_mb]} MB"
  body=$(curl -sS --max-time 30 -H "Authorization: Bearer $admin" "$BASE/api/v1/tiers/distribution") || body=
  R[api_distribution]=$(printf '%s' "$body" | distribution_line)
  log "distribution: ${R[api_distribution]}"
}

java_heap_max_mb() { # the heap limit the JVM runs with, from its own metrics
  curl -s --max-time 2 "$MGMT/q/metrics" 2>/dev/null |
    awk '/^jvm_memory_max_bytes\{.*area="heap"/ { if ($NF > 0) s += $NF } END { if (s) printf "%.0f", s / 1048576; else print "n/a" }'
}

distribution_line() { # GET /tiers/distribution JSON on stdin
  python3 -c '
import json, sys
try:
    d = json.load(sys.stdin)
except ValueError:
    print("n/a"); sys.exit()
t = d.get("tiers", {})
print(" ".join("%s %s" % (k, t.get(k)) for k in ("DIAMOND", "GOLD", "SILVER", "ORDINARY")) + ", WATCH %s" % d.get("watch"))'
}

# ------------------------------------------------------------------ the same SQL bare in psql

# Prints the text block assigned to the named constant (NAME = """ ... """) of the Java source.
java_block() { # name
  awk -v name="$1" '
    !inside && $0 ~ "[[:space:]]" name "[[:space:]]*=[[:space:]]*\"\"\"[[:space:]]*$" { inside = 1; next }
    inside {
      i = index($0, "\"\"\"")
      if (i) { if (i > 1) print substr($0, 1, i - 1); done = 1; exit }
      print
    }
    END { if (!done) exit 1 }' "$SQL_SOURCE"
}

# Writes the evaluation as psql runs it: the statements of TierEvaluationSql.run, in its order, in one
# transaction, with the named parameters as literals.
write_eval_sql() { # out file, evaluation id, policy version, asOf (ISO instant), today (date)
  local out=$1 id=$2 version=$3 as_of=$4 today=$5 name block lock_key
  lock_key=$(sed -n 's/.*LOCK_KEY = \(0x[0-9A-Fa-f]*\)L;.*/\1/p' "$SQL_SOURCE")
  # The records' lower bound the service binds (TierEvaluationSql.run): the window or 180 days, whichever is longer.
  local records_from
  records_from=$(q "select timestamptz '$as_of' - make_interval(days => greatest(window_days, 180))
                      from tier_policy where version = $version")
  {
    printf '%s\n' '\set ON_ERROR_STOP on' '\timing on' 'begin;'
    if [[ -n $lock_key ]]; then
      printf '%s\n' '\echo [psql] LOCK'
      echo "select pg_try_advisory_xact_lock($((lock_key))) as locked;"
    fi
    # The statements in the order the service runs them (em.createNativeQuery(NAME) in TierEvaluationSql).
    local names
    names=$(grep -o 'createNativeQuery([A-Z_]*)' "$SQL_SOURCE" | sed 's/.*(\(.*\))/\1/')
    [[ -n $names ]] || die "no createNativeQuery(NAME) calls in $SQL_SOURCE"
    for name in $names; do
      block=$(java_block "$name") || die "no text block $name = \"\"\" ... \"\"\" in $SQL_SOURCE"
      [[ $block != *\\* ]] || die "$name in $SQL_SOURCE has a backslash escape; this bench does not parse those"
      printf '\\echo [psql] %s\n' "$name"
      printf '%s\n' "$block" | sed -E \
        -e "s/:version\\b/$version/g" \
        -e "s/:asOf\\b/timestamptz '$as_of'/g" \
        -e "s/:recordsFrom\\b/timestamptz '$records_from'/g" \
        -e "s/:today\\b/date '$today'/g" \
        -e "s/:finishedAt\\b/clock_timestamp()/g" \
        -e "s/:id\\b/cast('$id' as uuid)/g"
      echo ';'
    done
    printf '%s\n' '\echo [psql] COMMIT' 'commit;'
  } >"$out"
  # A parameter this bench does not know would reach psql as a psql variable or a syntax error.
  if grep -nE '(^|[^:]):[A-Za-z_]' "$out" | grep -vE '^[0-9]+:[\]' >"$work/leftover.txt"; then
    die "unsubstituted parameter(s) in the evaluation SQL: $(head -c 300 "$work/leftover.txt")"
  fi
}

psql_run() {
  local id today t0 counts
  id=$(q "select gen_random_uuid()")
  today=$(q "select (timestamptz '${R[api_started]}' at time zone '$VIPCARE_ZONE')::date")
  # The API run's asOf (its startedAt, a few ms before the app's clock read), so both runs see the same
  # window and must produce the same counts.
  q "insert into tier_evaluation (id, status, policy_version, requested_by, started_at)
     values ('$id', 'RUNNING', ${R[api_version]}, 'bench-psql', now())" >/dev/null
  write_eval_sql "$work/evaluation.sql" "$id" "${R[api_version]}" "${R[api_started]}" "$today"
  log "the same SQL bare in psql (statements from $SQL_SOURCE, asOf ${R[api_started]}, today $today)"
  check_quiet psql_busy "the psql run"
  t0=$(now)
  bpsql "$EVAL_TIMEOUT" -f "$work/evaluation.sql" >"$work/psql-run.txt" 2>&1 ||
    { cat "$work/psql-run.txt" >&2; die "the psql run failed"; }
  R[psql_s]=$(seconds_between "$t0" "$(now)")
  # "[psql] NAME", a command tag, "Time: n ms" -> one line per statement
  R[psql_steps]=$(awk '/^\[psql\]/ { name = $2; tag = ""; next }
                       /^Time:/ && name != "" { printf "%s%s %.1f s%s", sep, name, $2 / 1000, tag; sep = ", "; next }
                       /^(SELECT|INSERT|UPDATE|DELETE) / { tag = " (" $NF " rows)" }' "$work/psql-run.txt")
  counts=$(q "select concat_ws('/', evaluated, upgraded, downgraded, watch_flagged) from tier_evaluation where id = '$id'")
  R[psql_counts]=$counts
  if [[ ${R[api_s]} =~ ^[0-9.]+$ ]]; then
    R[ratio]=$(awk -v a="${R[api_s]}" -v b="${R[psql_s]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  else
    R[ratio]=n/a
  fi
  log "psql: ${R[psql_s]} s ($(tr -d '\n' <<<"${R[psql_steps]}")); counts $counts"
  [[ $counts == "${R[api_counts]}" || ${R[api_counts]} == n/a ]] ||
    log "NOTE: counts differ from the API run (${R[api_counts]}): the SQL in $SQL_SOURCE may not be the packaged app's"
}

explain_compute() {
  local today
  # From the state the timed runs started from: after the psql run the customer table holds a second
  # version of most rows, which would make COMPUTE look slower than it was.
  reset_derived
  today=$(q "select (timestamptz '${R[api_started]}' at time zone '$VIPCARE_ZONE')::date")
  write_eval_sql "$work/evaluation-explain.sql" 00000000-0000-0000-0000-000000000000 "${R[api_version]}" "${R[api_started]}" "$today"
  # Only COMPUTE, under EXPLAIN ANALYZE, rolled back.
  awk '/^\\echo \[psql\] COMPUTE/ { on = 1; print "begin;"; print "explain (analyze, buffers, verbose off)"; next }
       on && /^\\echo/ { exit }
       on { print }
       END { print "rollback;" }' "$work/evaluation-explain.sql" >"$work/explain-compute.sql"
  log "EXPLAIN (ANALYZE, BUFFERS) of COMPUTE -> $work/explain-compute.txt"
  bpsql "$EVAL_TIMEOUT" -q -f "$work/explain-compute.sql" >"$work/explain-compute.txt" 2>&1 ||
    log "WARNING: EXPLAIN failed: $(tail -n 3 "$work/explain-compute.txt")"
  KEEP_WORK=1
}

# ------------------------------------------------------------------ report

summary() {
  local pg
  pg=$(timeout 30 psql -X -Atq -d postgres -c "select split_part(version(), ' ', 2) || ', shared_buffers ' || current_setting('shared_buffers')
      || ', work_mem ' || current_setting('work_mem') || ', max_parallel_workers_per_gather '
      || current_setting('max_parallel_workers_per_gather')" 2>/dev/null || echo '?')
  echo
  echo "VIP Care tier evaluation — $(date '+%Y-%m-%d %H:%M %Z'), $(nproc) CPUs, $(java -version 2>&1 | head -n 1)"
  echo "  app: $APP_DIR; JVM options: ${BENCH_JAVA_OPTS:-(none)}; heap sampled via $HEAP_SAMPLER;" \
    "transaction timeout ${APP_TX_TIMEOUT:-the app default}"
  echo "  PostgreSQL $pg"
  echo "  book: ${R[customers]:-?} customers, ${R[records]:-?} consumption records"
  echo "  (OVER = outside its budget)"
  echo
  printf '  %-46s %12s  %-9s %s\n' figure value budget ''
  row "load, vacuum analyze included (s)" "${R[load_s]:-}"
  row "load (rows/s, customers + records)" "${R[load_rows_s]:-}"
  row "evaluation via API, POST to DONE (s)" "${R[api_s]:-}" "<=" "$BUDGET_EVAL_S"
  row "  of which server side, started to finished (s)" "${R[api_server_s]:-}"
  row "same SQL bare in psql (s)" "${R[psql_s]:-}"
  row "API / psql" "${R[ratio]:-}" "<=" "$BUDGET_RATIO"
  row "app RSS idle before the run (MB)" "${R[idle_rss_mb]:-}"
  row "app RSS max during the run (MB)" "${R[run_rss_mb]:-}" "<=" "$BUDGET_RSS_MB"
  row "heap used max idle before the run (MB)" "${R[idle_heap_mb]:-}"
  row "heap used max during the run (MB)" "${R[run_heap_mb]:-}"
  row "heap limit (MB)" "${R[heap_max_mb]:-}"
  echo
  if [[ -n ${R[api_error]:-} ]]; then echo "  API run: ${R[api_error]}"; fi
  echo "  counts evaluated/upgraded/downgraded/watchFlagged: API ${R[api_counts]:-n/a}, psql ${R[psql_counts]:-n/a}"
  echo "  tiers after the API run: ${R[api_distribution]:-n/a}"
  echo "  psql statements: ${R[psql_steps]:-n/a}"
  echo "  CPU busy with other work just before: the API run ${R[api_busy]:-?} %, the psql run ${R[psql_busy]:-?} %" \
    "(a figure well above 0 means the timings include the neighbours)"
  if [[ $EXPLAIN != 0 ]]; then echo "  EXPLAIN ANALYZE of COMPUTE: $work/explain-compute.txt"; fi
  echo
}

# ------------------------------------------------------------------ main

main() {
  local do_build=1 admin
  while (($#)); do
    case $1 in
      --no-build) do_build=0 ;;
      --app) [[ $# -ge 2 ]] || die "--app needs a directory"; APP_DIR=$2; shift ;;
      --app=*) APP_DIR=${1#--app=} ;;
      -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; return 0 ;;
      *) die "unknown option $1 (try --help)" ;;
    esac
    shift
  done
  cd "$repo"
  check_tools
  work=$(mktemp -d "${TMPDIR:-/tmp}/vipcare-tiers.XXXXXX")
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if ((do_build)); then
    [[ $(realpath -m "$APP_DIR") == "$repo/target/quarkus-app" ]] ||
      log "NOTE: the build writes target/quarkus-app, but the bench runs $APP_DIR"
    build
  fi
  recreate_db
  db_created=1
  start_app

  admin=$(token admin Bench-Admin-Pelican-4821)
  create_agents "$admin"
  load_data

  reset_derived
  api_run
  reset_derived
  psql_run
  if [[ $EXPLAIN != 0 ]]; then explain_compute; fi

  log "stopping the app"
  stop_app
  summary
}

# Sourcing the file (for testing its pieces) defines the functions without running anything.
# (exit: bash reads a script as it goes, so nothing after this line is read once the bench ran.)
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
  exit
fi
