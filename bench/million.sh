#!/usr/bin/env bash
# A million customers on every page (issue 12, see bench/README.md "A million customers"): loads a book of
# 1,000,000 customers with 15 M consumption records (bench/tiers-data.sql), 1 M complaints and 2 M follow-ups
# (bench/million-data.sql) into a database it keeps between runs, starts the packaged app (prod profile), times the
# first call of every measured request on the fresh app, warms up, then measures each endpoint with wrk and prints
# p50/p95/p99 next to its budget with OK/OVER. It reports; it does not assert: only a broken setup fails the run.
#
# Usage: bench/million.sh [--no-build] [--no-load] [--app DIR]
#   --no-build   do not run ./mvnw -B -q -DskipTests package first
#   --no-load    reuse the database a previous run loaded (its sizes must match the knobs); loading takes minutes
#   --app DIR    the packaged app (quarkus-run.jar inside); default $APP_DIR or target/quarkus-app
# Talks only to 127.0.0.1/localhost: PostgreSQL from PGHOST/PGPORT/PGUSER/PGPASSWORD, the app on APP_PORT.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-vipcare_million}
APP_DIR=${APP_DIR:-target/quarkus-app}
APP_PORT=${APP_PORT:-18190}
BASE=http://127.0.0.1:$APP_PORT
MGMT_PORT=${MGMT_PORT:-$((APP_PORT + 1))}
MGMT=http://127.0.0.1:$MGMT_PORT
CUSTOMERS=${CUSTOMERS:-1000000}
RECORDS_PER_CUSTOMER=${RECORDS_PER_CUSTOMER:-15}
COMPLAINTS=${COMPLAINTS:-1000000}
FOLLOW_UPS=${FOLLOW_UPS:-2000000}
AGENTS=${AGENTS:-140} # 700,000 managed customers / 140 = 5,000 each, like the busy agent
MYDAY_CUSTOMERS=${MYDAY_CUSTOMERS:-5000}
TIMELINE_EVENTS=${TIMELINE_EVENTS:-500}
WARMUP=${WARMUP:-60}     # seconds in all, shared by the endpoints
DURATION=${DURATION:-20} # seconds measured per endpoint
CONNECTIONS=${CONNECTIONS:-4} # two per core: latency, not the queue of a saturated machine
THREADS=${THREADS:-2}
START_TIMEOUT=${START_TIMEOUT:-300} # a first start on a loaded book runs the new migrations' index builds
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-3600}
EXPORT_TIMEOUT=${EXPORT_TIMEOUT:-300}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--XX:MaxRAM=512m -XX:MaxRAMPercentage=50}
ADMIN_PASSWORD=Bench-Admin-Pelican-4821
AGENT_PASSWORD=Million-Otter-Lantern-4821
MYDAY_AGENT=million-agent-001

BUDGET_LIST_P95_MS=50
BUDGET_DETAIL_P95_MS=50
BUDGET_EXPORT_S=30
BUDGET_MYDAY_P95_MS=100
BUDGET_COMPLAINTS_P95_MS=50
BUDGET_PICKER_P95_MS=50

work=
app_pid=
child=
sampler_pid=
declare -A R=()   # figures by name
declare -a NAMES=() # measured endpoints, in order
declare -A PATHS=() LABELS=() BUDGETS=() AUTH=() VARIANTS=() COMBOS=()

BENCH_TAG=million ROW_LABEL_WIDTH=58 ROW_VALUE_WIDTH=9
# shellcheck source=bench/lib.sh
source "$here/lib.sh"

bpsql() { # seconds psql-args...
  local secs=$1
  shift
  PGOPTIONS="-c statement_timeout=${secs}s ${PGOPTIONS:-}" bounded "$secs" psql -X -v ON_ERROR_STOP=1 -d "$DB" "$@"
}
q() { bpsql 120 -Atq -c "$1"; }

stop_sampler() {
  [[ -n $sampler_pid ]] || return 0
  kill -TERM "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  sampler_pid=
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $child ]]; then kill -TERM "$child" 2>/dev/null || true; fi
  stop_sampler
  stop_app
  finish_work "$rc" "app.log, load.log, wrk outputs, heap samples, EXPLAIN plans"
  exit "$rc"
}

check_tools() {
  local tool
  for tool in java curl psql python3 openssl timeout awk wrk; do
    command -v "$tool" >/dev/null || die "$tool is required (wrk: apt-get install -y wrk)"
  done
  case $PGHOST in
    localhost | 127.0.0.1 | ::1) ;;
    *) die "PGHOST=$PGHOST: the bench drops and recreates a database, so it only runs against localhost" ;;
  esac
  local v
  for v in CUSTOMERS RECORDS_PER_CUSTOMER COMPLAINTS FOLLOW_UPS AGENTS MYDAY_CUSTOMERS TIMELINE_EVENTS WARMUP DURATION; do
    [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a number"
  done
  if (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null; then
    die "something already listens on 127.0.0.1:$APP_PORT; stop it or set APP_PORT"
  fi
}

# ------------------------------------------------------------------ app

start_app() {
  local jar=$APP_DIR/quarkus-run.jar java_opts=() t0 code deadline
  [[ -f $jar ]] || die "$jar missing: build first (drop --no-build)"
  [[ -f $work/private.pem ]] || {
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
    openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
  }
  read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
  log "starting the app on $BASE (java ${java_opts[*]} -jar $jar)"
  t0=$(now)
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    VIPCARE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="$APP_PORT" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" \
    java "${java_opts[@]}" -jar "$jar" >>"$work/app.log" 2>&1 &
  app_pid=$!
  deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$MGMT/q/health/ready" || true)
    [[ $code == 200 ]] && break
    kill -0 "$app_pid" 2>/dev/null || { show_log; die "the app exited while starting (log above)"; }
    ((SECONDS < deadline)) || { show_log; die "not ready after ${START_TIMEOUT}s (last status $code)"; }
    sleep 0.1
  done
  R[ready_s]=$(seconds_between "$t0" "$(now)")
  log "ready after ${R[ready_s]} s"
}

heap_used_bytes() {
  curl -s --max-time 1 "$MGMT/q/metrics" 2>/dev/null |
    awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF; n++ } END { if (n) printf "%.0f\n", s }'
}

# ------------------------------------------------------------------ load

create_agents() { # admin token
  local i name status
  log "creating $AGENTS AGENT users million-agent-NNN (managers, owners and assignees)"
  for ((i = 1; i <= AGENTS; i++)); do
    name=$(printf 'million-agent-%03d' "$i")
    status=$(curl -sS -o "$work/user.json" -w '%{http_code}' --max-time 30 \
      -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$name\",\"displayName\":\"Million Agent $i\",\"password\":\"$AGENT_PASSWORD\",\"roles\":[\"AGENT\"]}" \
      "$BASE/api/v1/users") || status=000
    [[ $status == 2?? || $status == 409 ]] || die "creating $name: HTTP $status $(head -c 300 "$work/user.json")"
  done
}

# What the loaded database holds, kept as the database's comment: --no-load compares it with the knobs.
book_label() {
  printf 'vipcare million bench: customers=%s records=%s complaints=%s follow_ups=%s agents=%s myday=%s timeline=%s' \
    "$CUSTOMERS" "$RECORDS_PER_CUSTOMER" "$COMPLAINTS" "$FOLLOW_UPS" "$AGENTS" "$MYDAY_CUSTOMERS" "$TIMELINE_EVENTS"
}

load_book() {
  local t0 admin
  recreate_db
  start_app # Flyway creates the schema
  admin=$(token admin "$ADMIN_PASSWORD")
  create_agents "$admin"
  stop_app # the load drops and rebuilds indexes: no scheduled job meanwhile
  log "loading $CUSTOMERS customers, ~$RECORDS_PER_CUSTOMER records each (bench/tiers-data.sql)"
  t0=$(now)
  bpsql "$LOAD_TIMEOUT" -q -v customers="$CUSTOMERS" -v records_per_customer="$RECORDS_PER_CUSTOMER" \
    -f "$here/tiers-data.sql" 2>&1 | tee "$work/load.log" >&2 || die "loading customers failed (see above)"
  log "loading $COMPLAINTS complaints, $FOLLOW_UPS follow-ups (bench/million-data.sql)"
  bpsql "$LOAD_TIMEOUT" -q -v complaints="$COMPLAINTS" -v follow_ups="$FOLLOW_UPS" -v myday_agent="$MYDAY_AGENT" \
    -v myday_customers="$MYDAY_CUSTOMERS" -v timeline_events="$TIMELINE_EVENTS" \
    -f "$here/million-data.sql" 2>&1 | tee -a "$work/load.log" >&2 || die "loading complaints failed (see above)"
  evaluate_tiers
  R[load_s]=$(seconds_between "$t0" "$(now)")
  q "comment on database $DB is '$(book_label)'" >/dev/null
  log "loaded in ${R[load_s]} s"
}

# One tier evaluation through the API, so that tiers, WATCH flags and value classes are spread as in production
# (the generator leaves every customer ORDINARY).
evaluate_tiers() {
  local admin location status st deadline
  start_app
  admin=$(token admin "$ADMIN_PASSWORD")
  log "evaluating tiers (POST /api/v1/tiers/evaluations)"
  status=$(curl -sS -o "$work/eval.json" -D "$work/eval.headers" -w '%{http_code}' --max-time 30 -X POST \
    -H "Authorization: Bearer $admin" "$BASE/api/v1/tiers/evaluations") || status=000
  [[ $status == 202 ]] || die "POST /api/v1/tiers/evaluations: HTTP $status $(head -c 300 "$work/eval.json")"
  location=$(awk 'tolower($1) == "location:" { print $2 }' "$work/eval.headers" | tr -d '\r')
  deadline=$((SECONDS + LOAD_TIMEOUT))
  while :; do
    sleep 2
    status=$(curl -sS -o "$work/eval.json" -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $admin" "$location") ||
      status=000
    [[ $status == 200 ]] || die "GET $location: HTTP $status"
    st=$(json_field status <"$work/eval.json")
    [[ $st == RUNNING ]] || break
    ((SECONDS < deadline)) || die "evaluation still RUNNING after ${LOAD_TIMEOUT}s"
  done
  [[ $st == DONE ]] || die "evaluation $st: $(head -c 300 "$work/eval.json")"
  stop_app
  bpsql 600 -q -c "vacuum (analyze) customer_standing" || die "vacuum analyze failed"
  log "tiers: $(q "select string_agg(tier || ' ' || n, ', ' order by tier) from (select tier, count(*) n from customer_standing group by tier) x"), WATCH $(q "select count(*) from customer_standing where watch")"
}

check_book() {
  local have
  have=$(q "select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()" 2>/dev/null) ||
    die "database $DB is missing: run without --no-load once"
  [[ $have == "$(book_label)" ]] ||
    die "database $DB holds '${have:-an unfinished load}', the knobs ask for '$(book_label)': run without --no-load"
}

# ------------------------------------------------------------------ what is measured

# Ids, names and numbers the requests use, read from the loaded book.
pick_subjects() {
  local row
  MYDAY_ID=$(q "select id from app_user where username = '$MYDAY_AGENT'")
  OTHER_AGENT_ID=$(q "select id from app_user where username = 'million-agent-002'")
  row=$(q "select c.id from customer c where c.manager_id = '$MYDAY_ID'
            order by (select count(*) from complaint where customer_id = c.id) desc, c.id limit 1")
  TIMELINE_ID=$row
  R[timeline_events]=$(q "select (select count(*) from consumption_record where customer_id = '$TIMELINE_ID')
      + (select count(*) from complaint_event e join complaint c on c.id = e.complaint_id where c.customer_id = '$TIMELINE_ID')
      + (select count(*) from follow_up_attempt a join follow_up f on f.id = a.follow_up_id where f.customer_id = '$TIMELINE_ID')
      + (select count(*) from tier_history where customer_id = '$TIMELINE_ID')")
  # A full mobile and a three-character piece of a name that both exist; a prefix of each for the picker.
  PHONE=$(q "select phone_mobile from customer where erased_at is null and phone_mobile is not null order by id offset 777 limit 1")
  NAME_FRAGMENT=$(q "select substr(name, 2, 3) from customer where erased_at is null and type = 'ENTERPRISE' order by id offset 555 limit 1")
  NAME_PREFIX=$(q "select left(name, 2) from customer where erased_at is null and type = 'INDIVIDUAL' order by id offset 333 limit 1")
  # An agent finds phones by a fragment only among its own customers (docs/api.md, "Masked data").
  PHONE_PREFIX=$(q "select left(phone_mobile, 7) from customer where manager_id = '$MYDAY_ID' and erased_at is null
                     and phone_mobile is not null order by id offset 10 limit 1")
  # Other values of the same filters, for the first calls on the warm app whose count nothing has cached yet.
  OTHER_FRAGMENTS=$(q "select string_agg(f, ' ') from (select substr(name, 2, 3) as f from customer
                        where erased_at is null and type = 'ENTERPRISE' order by id offset 1000 limit 3) x")
  OTHER_PHONES=$(q "select string_agg(phone_mobile, ' ') from (select phone_mobile from customer
                     where erased_at is null and phone_mobile is not null order by id offset 2000 limit 3) x")
  OTHER_PREFIXES=$(q "select string_agg(p, ' ') from (select left(name, 2) as p from customer
                       where erased_at is null and type = 'INDIVIDUAL' order by id offset 3000 limit 3) x")
  OTHER_PHONE_PREFIXES=$(q "select string_agg(left(phone_mobile, 7), ' ') from (select phone_mobile from customer
                             where manager_id = '$MYDAY_ID' and erased_at is null and phone_mobile is not null
                             order by id offset 20 limit 3) x")
  OTHER_AGENTS=$(q "select string_agg(id::text, ' ') from (select id from app_user
                     where username in ('million-agent-003', 'million-agent-004', 'million-agent-005')) x")
  log "busy agent $MYDAY_AGENT ($MYDAY_ID, $(q "select count(*) from customer where manager_id = '$MYDAY_ID' and erased_at is null") customers);" \
    "timeline customer $TIMELINE_ID (${R[timeline_events]} events); phone $PHONE, name fragment $NAME_FRAGMENT, prefix $NAME_PREFIX"
}

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# name, caller (agent|admin|console), budget, label, path
endpoint() {
  NAMES+=("$1")
  AUTH[$1]=$2 BUDGETS[$1]=$3 LABELS[$1]=$4 PATHS[$1]=$5
}

define_endpoints() {
  local c=/api/v1/customers frag phone prefix
  frag=$(urlencode "$NAME_FRAGMENT") phone=$(urlencode "$PHONE") prefix=$(urlencode "$NAME_PREFIX")
  endpoint list_name agent $BUDGET_LIST_P95_MS "customers ?q=<3 chars of a name>" "$c?q=$frag"
  endpoint list_phone agent $BUDGET_LIST_P95_MS "customers ?q=<full mobile>" "$c?q=$phone"
  endpoint list_tier agent $BUDGET_LIST_P95_MS "customers ?tier=GOLD" "$c?tier=GOLD"
  endpoint list_watch agent $BUDGET_LIST_P95_MS "customers ?watch=true" "$c?watch=true"
  endpoint list_class agent $BUDGET_LIST_P95_MS "customers ?valueClass=B" "$c?valueClass=B"
  endpoint list_manager agent $BUDGET_LIST_P95_MS "customers ?managerId=<another agent>" "$c?managerId=$OTHER_AGENT_ID"
  endpoint list_sorted agent $BUDGET_LIST_P95_MS "customers ?sort=name,asc&page=50" "$c?sort=name,asc&page=50"
  endpoint list_all agent $BUDGET_LIST_P95_MS "customers (no filter, newest first)" "$c"
  endpoint detail agent $BUDGET_DETAIL_P95_MS "customer detail, API GET /customers/{id}" "$c/$TIMELINE_ID"
  endpoint timeline agent $BUDGET_DETAIL_P95_MS "timeline, API (${R[timeline_events]} events, page 1)" "$c/$TIMELINE_ID/timeline"
  endpoint detail_page console $BUDGET_DETAIL_P95_MS "detail with timeline, console page" "/admin/customers/$TIMELINE_ID"
  endpoint myday console $BUDGET_MYDAY_P95_MS "My day, console page ($MYDAY_CUSTOMERS customers)" "/admin/my-day"
  endpoint complaints_overdue admin $BUDGET_COMPLAINTS_P95_MS "complaints ?ownerId=<busy agent>&overdue=true" \
    "/api/v1/complaints?ownerId=$MYDAY_ID&overdue=true"
  endpoint complaints_mine agent $BUDGET_COMPLAINTS_P95_MS "complaints ?overdue=true as that agent" \
    "/api/v1/complaints?ownerId=$MYDAY_ID&overdue=true"
  endpoint picker_name agent $BUDGET_PICKER_P95_MS "picker: customers ?q=<2-char name prefix>&size=10" "$c?q=$prefix&size=10"
  endpoint picker_phone agent $BUDGET_PICKER_P95_MS "picker: customers ?q=<7-digit phone prefix>&size=10" \
    "$c?q=$PHONE_PREFIX&size=10"
  # Variants: the same list with other values of its filter (budgeted), and with a type added (combinations,
  # informational): each a count nothing has cached.
  local v x
  for x in list_name list_phone list_tier list_watch list_class list_manager list_sorted list_all picker_name picker_phone; do
    v=${PATHS[$x]}
    [[ $v == *\?* ]] && v="$v&" || v="$v?"
    COMBOS[$x]="${v}type=INDIVIDUAL ${v}type=HOUSEHOLD ${v}type=ENTERPRISE"
  done
  for x in $OTHER_FRAGMENTS; do VARIANTS[list_name]+=" $c?q=$(urlencode "$x")"; done
  for x in $OTHER_PHONES; do VARIANTS[list_phone]+=" $c?q=$x"; done
  VARIANTS[list_tier]="$c?tier=DIAMOND $c?tier=SILVER $c?tier=ORDINARY"
  VARIANTS[list_watch]="$c?watch=false $c?watch=true&tier=GOLD"
  VARIANTS[list_class]="$c?valueClass=A $c?valueClass=C $c?valueClass=D"
  for x in $OTHER_AGENTS; do VARIANTS[list_manager]+=" $c?managerId=$x"; done
  VARIANTS[list_sorted]="$c?sort=name,desc&page=3 $c?sort=joinedAt,asc&page=7"
  VARIANTS[list_all]="$c?page=9 $c?sort=createdAt,asc"
  for x in $OTHER_PREFIXES; do VARIANTS[picker_name]+=" $c?q=$(urlencode "$x")&size=10"; done
  for x in $OTHER_PHONE_PREFIXES; do VARIANTS[picker_phone]+=" $c?q=$x&size=10"; done
}

console_login() { # username password -> writes the Cookie header value to stdout
  local jar=$work/console.cookies status
  rm -f "$jar"
  status=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -c "$jar" \
    --data-urlencode "j_username=$1" --data-urlencode "j_password=$2" "$BASE/j_security_check") || status=000
  [[ $status == 302 || $status == 303 ]] || die "console login of $1: HTTP $status"
  awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

headers_for() { # caller -> header lines
  case $1 in
    agent) printf 'Authorization: Bearer %s\nAccept: application/json\n' "$AGENT_TOKEN" ;;
    admin) printf 'Authorization: Bearer %s\nAccept: application/json\n' "$ADMIN_TOKEN" ;;
    console) printf 'Cookie: %s\nAccept: text/html\n' "$CONSOLE_COOKIE" ;;
  esac
}

curl_time() { # name [path] -> prints "seconds status"
  local name=$1 path=${2:-${PATHS[$1]}} args=() line
  while IFS= read -r line; do [[ -n $line ]] && args+=(-H "$line"); done < <(headers_for "${AUTH[$name]}")
  curl -s -o "$work/first-$name.out" -w '%{time_total} %{http_code}' --max-time 60 "${args[@]}" "$BASE$path" ||
    echo "60 000"
}

# After the warm-up: the first call of other values of each list's filters, whose count nothing has cached, on the
# warm app. The slowest of them is the figure ("including the first uncached count").
uncached_calls() {
  local name path t status worst n kind set
  log "first calls of other filter values on the warm app (counts not cached)"
  for kind in uncached combo; do
  for name in "${NAMES[@]}"; do
    if [[ $kind == uncached ]]; then set=${VARIANTS[$name]:-}; else set=${COMBOS[$name]:-}; fi
    [[ -n $set ]] || continue
    worst=0 n=0
    for path in $set; do
      read -r t status <<<"$(curl_time "$name" "$path")"
      [[ $status == 200 ]] || die "GET $path answered HTTP $status: $(head -c 300 "$work/first-$name.out")"
      t=$(awk -v s="$t" 'BEGIN { printf "%.1f", s * 1000 }')
      printf '%s %s ms\n' "$path" "$t" >>"$work/uncached.txt"
      worst=$(awk -v a="$worst" -v b="$t" 'BEGIN { print (b > a ? b : a) }')
      n=$((n + 1))
    done
    R[${name}_$kind]=$worst R[${name}_${kind}_n]=$n
    log "  ${LABELS[$name]}$([[ $kind == combo ]] && echo ' &type=…'): slowest of $n ${worst} ms"
  done
  done
}

# Each request once on the freshly started app, before anything warmed it up: its first, uncached count included.
first_calls() {
  local name t status
  log "first call of each request on the fresh app (curl, no warm-up)"
  for name in "${NAMES[@]}"; do
    read -r t status <<<"$(curl_time "$name")"
    [[ $status == 200 ]] || die "GET ${PATHS[$name]} answered HTTP $status: $(head -c 300 "$work/first-$name.out")"
    R[${name}_first]=$(awk -v s="$t" 'BEGIN { printf "%.1f", s * 1000 }')
    R[${name}_total]=$(python3 -c 'import json, sys
try: print(json.load(open(sys.argv[1])).get("total", ""))
except Exception: print("")' "$work/first-$name.out")
    log "  ${LABELS[$name]}: ${R[${name}_first]} ms${R[${name}_total]:+, total ${R[${name}_total]}}"
  done
}

write_lua() { # out file, name
  {
    printf -- '-- Generated by bench/million.sh.\nlocal headers = {\n'
    headers_for "${AUTH[$2]}" | awk -F': ' 'NF >= 2 { k = $1; sub(/^[^:]*: /, ""); printf "  [\"%s\"] = \"%s\",\n", k, $0 }'
    printf '}\nlocal path = "%s"\n' "${PATHS[$2]}"
    cat <<'LUA'
function request()
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
LUA
  } >"$1"
}

bench_figures() { # wrk output -> "rps p50 p95 p99 non2xx errors"
  awk '/^Requests\/sec:/ { rps = sprintf("%.0f", $2) }
       /^BENCH / { for (i = 2; i <= NF; i++) { split($i, kv, "="); b[kv[1]] = kv[2] } }
       END { printf "%s %.1f %.1f %.1f %s %s\n", rps == "" ? "n/a" : rps, b["p50_ms"], b["p95_ms"], b["p99_ms"],
             b["non2xx"] == "" ? "n/a" : b["non2xx"], b["socket_errors"] == "" ? "n/a" : b["socket_errors"] }' "$1"
}

warm_up() {
  local n=${#NAMES[@]} each name
  ((WARMUP > 0)) || return 0
  each=$(((WARMUP + n - 1) / n))
  log "warm-up: ${WARMUP}s in all, ${each}s for each of $n requests"
  for name in "${NAMES[@]}"; do
    bounded $((each + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" --timeout 10s -d"${each}s" -s "$work/$name.lua" "$BASE/" \
      >"$work/wrk-$name-warmup.txt" 2>&1 || die "wrk warm-up of $name failed: $(tail -n 3 "$work/wrk-$name-warmup.txt")"
  done
}

measure() {
  local name figures
  for name in "${NAMES[@]}"; do
    log "measuring ${LABELS[$name]}: ${DURATION}s, $CONNECTIONS connections"
    bounded $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" --timeout 10s -d"${DURATION}s" --latency \
      -s "$work/$name.lua" "$BASE/" >"$work/wrk-$name.txt" 2>&1 || die "wrk on $name failed: $(tail -n 3 "$work/wrk-$name.txt")"
    figures=$(bench_figures "$work/wrk-$name.txt")
    read -r R[${name}_rps] R[${name}_p50] R[${name}_p95] R[${name}_p99] R[${name}_non2xx] R[${name}_errors] <<<"$figures"
    log "  ${R[${name}_rps]} req/s, p50 ${R[${name}_p50]}, p95 ${R[${name}_p95]}, p99 ${R[${name}_p99]} ms"
    if [[ ${R[${name}_non2xx]} != 0 || ${R[${name}_errors]} != 0 ]]; then
      log "WARNING: ${R[${name}_non2xx]} non-2xx answers and ${R[${name}_errors]} socket errors: the figures are suspect"
      R[${name}_p95]="${R[${name}_p95]}!"
    fi
  done
}

# The CSV export of every customer, with the heap sampled every 200 ms on the management port meanwhile.
export_csv() {
  local t0 status
  log "CSV export of all customers (heap sampled on $MGMT/q/metrics)"
  R[heap_start_mb]=$(awk -v b="$(heap_used_bytes)" 'BEGIN { printf "%.0f", b / 1048576 }')
  (while :; do heap_used_bytes; sleep 0.2; done) >"$work/heap-export.txt" &
  sampler_pid=$!
  t0=$(now)
  status=$(bounded "$EXPORT_TIMEOUT" curl -sS -o "$work/export.csv" -w '%{http_code}' --max-time "$EXPORT_TIMEOUT" \
    -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/customers/export") || status=000
  R[export_s]=$(seconds_between "$t0" "$(now)")
  stop_sampler
  [[ $status == 200 ]] || die "export: HTTP $status $(head -c 300 "$work/export.csv")"
  R[export_rows]=$(($(wc -l <"$work/export.csv") - 1))
  R[export_mb]=$(awk -v b="$(stat -c %s "$work/export.csv")" 'BEGIN { printf "%.0f", b / 1048576 }')
  R[heap_peak_mb]=$(awk '$1 > m { m = $1 } END { printf "%.0f", m / 1048576 }' "$work/heap-export.txt")
  R[heap_max_mb]=$(curl -s --max-time 2 "$MGMT/q/metrics" |
    awk '/^jvm_memory_max_bytes\{.*area="heap"/ { if ($NF > 0) s += $NF } END { printf "%.0f", s / 1048576 }')
  rm -f "$work/export.csv"
  log "  ${R[export_rows]} rows, ${R[export_mb]} MB in ${R[export_s]} s; heap ${R[heap_start_mb]} MB at start, peak ${R[heap_peak_mb]} MB of ${R[heap_max_mb]} MB"
}

summary() {
  local name
  echo
  echo "VIP Care at a million customers — $(date '+%Y-%m-%d %H:%M %Z'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "  book ($DB): $(book_label | sed 's/^vipcare million bench: //')"
  echo "  JVM options: ${BENCH_JAVA_OPTS:-(none)}; wrk $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up in all, ${DURATION}s measured each"
  echo "  load average at the start of the measurements: ${R[loadavg_start]:-?}"
  echo "  (OVER = outside its budget; p95 marked ! had non-2xx answers or socket errors)"
  echo
  printf "  %-58s %9s  %-9s %s\n" figure value budget ''
  row "start to ready (s)" "${R[ready_s]:-}"
  [[ -n ${R[load_s]:-} ]] && row "load (s)" "${R[load_s]}"
  echo "  first call on the freshly started app (ms; cold JVM and caches, informational):"
  for name in "${NAMES[@]}"; do row "  ${LABELS[$name]}" "${R[${name}_first]:-}"; done
  echo "  first call of other filter values on the warm app (ms; slowest of the variants, count not cached):"
  for name in "${NAMES[@]}"; do
    [[ -n ${R[${name}_uncached]:-} ]] || continue
    row "  ${LABELS[$name]} (${R[${name}_uncached_n]} variants)" "${R[${name}_uncached]}" "<=" "${BUDGETS[$name]}"
  done
  echo "  the same with a type added (ms; slowest of 3, informational: the filters then join customer and standing):"
  for name in "${NAMES[@]}"; do
    [[ -n ${R[${name}_combo]:-} ]] || continue
    row "  ${LABELS[$name]} &type=…" "${R[${name}_combo]}"
  done
  echo "  after warm-up, p95 (ms) [p50 / p99, req/s]:"
  for name in "${NAMES[@]}"; do
    row "  ${LABELS[$name]}" "${R[${name}_p95]:-}" "<=" "${BUDGETS[$name]}"
    printf "  %-58s %9s\n" "      p50 ${R[${name}_p50]:-?} / p99 ${R[${name}_p99]:-?}, ${R[${name}_rps]:-?} req/s" ""
  done
  row "CSV export of all customers (s)" "${R[export_s]:-}" "<=" "$BUDGET_EXPORT_S"
  row "  rows exported" "${R[export_rows]:-}"
  row "  heap used at start (MB)" "${R[heap_start_mb]:-}"
  row "  heap used peak during the export (MB)" "${R[heap_peak_mb]:-}"
  row "  heap limit (MB)" "${R[heap_max_mb]:-}"
  echo
  echo "  The console's customer picker does not exist yet: the picker rows time the API search it would use."
  echo
}

main() {
  local do_build=1 do_load=1 name
  while (($#)); do
    case $1 in
      --no-build) do_build=0 ;;
      --no-load) do_load=0 ;;
      --app) [[ $# -ge 2 ]] || die "--app needs a directory"; APP_DIR=$2; shift ;;
      --app=*) APP_DIR=${1#--app=} ;;
      -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; return 0 ;;
      *) die "unknown option $1 (try --help)" ;;
    esac
    shift
  done
  cd "$repo"
  check_tools
  work=$(mktemp -d "${TMPDIR:-/tmp}/vipcare-million.XXXXXX")
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ((do_build)) && build
  if ((do_load)); then load_book; else check_book; fi
  # A fresh app on a settled database: what the first calls meet is the database, not the load's leftovers.
  q "checkpoint" >/dev/null
  start_app
  pick_subjects
  ADMIN_TOKEN=$(token admin "$ADMIN_PASSWORD")
  AGENT_TOKEN=$(token "$MYDAY_AGENT" "$AGENT_PASSWORD")
  CONSOLE_COOKIE=$(console_login "$MYDAY_AGENT" "$AGENT_PASSWORD")
  define_endpoints
  for name in "${NAMES[@]}"; do write_lua "$work/$name.lua" "$name"; done
  R[loadavg_start]=$(cut -d' ' -f1-3 /proc/loadavg)
  first_calls
  export_csv
  warm_up
  uncached_calls
  measure
  log "stopping the app"
  stop_app
  summary
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
  exit
fi
