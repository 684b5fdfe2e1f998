#!/usr/bin/env bash
# Fault injection (see bench/README.md, "Fault injection"): starts a throwaway PostgreSQL cluster of its own
# (initdb into the work directory, port PG_PORT, never the developer's server) and the packaged service on it, runs
# WRITERS concurrent writers of CREATES customers each (bench/faults_writers.py: one Idempotency-Key per logical
# create, retried with the same key through 5xx, connection errors and timeouts), and meanwhile kills PostgreSQL
# (kill -9 of the postmaster, down PG_DOWN_SECONDS), sends the service SIGTERM and restarts it, kills the service
# with kill -9 and restarts it. Then it checks the database (lost and duplicated creates) and prints requests and
# answers by code, per fault the answers during the outage and the recovery time, each next to its budget with
# OK/OVER. It reports; it does not assert: only a broken setup exits non-zero.
#
# Usage: bench/faults.sh [--no-build] [--app DIR]
#   --app DIR    the packaged app (quarkus-run.jar inside); default $APP_DIR or target/quarkus-app
#   --no-build   do not run ./mvnw -B -q -DskipTests package first
# Knobs (environment): WRITERS CREATES PG_DOWN_SECONDS FAULTS FAULT_GAP_SECONDS LEAD_SECONDS GRACE_SECONDS
# PACE_SECONDS REQUEST_TIMEOUT APP_PORT MGMT_PORT PG_PORT PG_BIN START_TIMEOUT STOP_TIMEOUT BUILD_TIMEOUT WRITERS_TIMEOUT
# BENCH_JAVA_OPTS KEEP_WORK (bench/README.md has the table).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

APP_DIR=${APP_DIR:-target/quarkus-app}
APP_PORT=${APP_PORT:-18100}
BASE=http://127.0.0.1:$APP_PORT
# Health and metrics are on the management interface, a port of its own.
MGMT_PORT=${MGMT_PORT:-$((APP_PORT + 1))}
MGMT=http://127.0.0.1:$MGMT_PORT
PG_PORT=${PG_PORT:-55432}
PG_BIN=${PG_BIN:-}
WRITERS=${WRITERS:-64}
CREATES=${CREATES:-500}
PG_DOWN_SECONDS=${PG_DOWN_SECONDS:-30}
FAULTS=${FAULTS-pg-kill,app-term,app-kill} # empty: none (a baseline)
FAULT_GAP_SECONDS=${FAULT_GAP_SECONDS:-15} # writing undisturbed between two faults
LEAD_SECONDS=${LEAD_SECONDS:-10}           # writing before the first fault
GRACE_SECONDS=${GRACE_SECONDS:-5}          # after a fault ends, 503s still count as the outage's
PACE_SECONDS=${PACE_SECONDS:-}             # spread each writer's creates over this long; empty: the schedule's length
REQUEST_TIMEOUT=${REQUEST_TIMEOUT:-10}
START_TIMEOUT=${START_TIMEOUT:-120}
STOP_TIMEOUT=${STOP_TIMEOUT:-40} # after SIGTERM, then SIGKILL: above quarkus.shutdown.timeout (20 s) + its delay
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
WRITERS_TIMEOUT=${WRITERS_TIMEOUT:-1800}
# The pod's memory view (k8s/app.yml: 512Mi limit, JAVA_MAX_MEM_RATIO=50), as in bench/run.sh.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--XX:MaxRAM=512m -XX:MaxRAMPercentage=50}

# Budgets (issue 12); the summary compares each figure with its own.
BUDGET_LOST=0
BUDGET_DUPLICATED=0
BUDGET_500=0
BUDGET_503_OUTSIDE=0 # 503s answered to requests sent outside every fault window (+ GRACE_SECONDS)
BUDGET_PG_RECOVERY_S=10 # PostgreSQL back -> first 2xx

ADMIN_PASSWORD=Bench-Admin-Pelican-4821
AGENT=faults-agent
AGENT_PASSWORD=Faults-Agent-Heron-5927
MIGRATOR=vipcare_migrator MIGRATOR_PASSWORD=faults-migrator # the roles of docs/deployment.md
APP_ROLE=vipcare_app APP_ROLE_PASSWORD=faults-app
DB=vipcare

work=
app_pid=
child=
writers_pid=
pg_data=
pg_started=0
app_starts=0
session_key=
run_id=
declare -A R=() # figures by name, filled as the run goes

BENCH_TAG=faults ROW_LABEL_WIDTH=50 ROW_VALUE_WIDTH=10
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres (or nobody) user. A prefix,
# not a function, so that bounded (timeout) can run it.
as_pg=()
if [[ $(id -u) == 0 ]]; then
  if id postgres >/dev/null 2>&1; then as_pg=(runuser -u postgres --); else as_pg=(runuser -u nobody --); fi
fi

# A process that exited but was not reaped yet (a zombie) still answers kill -0.
alive() { [[ -e /proc/$1 ]] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }

pq() { timeout 60 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

stop_writers() {
  [[ -n $writers_pid ]] || return 0
  kill -TERM "$writers_pid" 2>/dev/null || true
  wait "$writers_pid" 2>/dev/null || true
  writers_pid=
}

pg_stop() {
  ((pg_started)) || return 0
  if [[ -f $pg_data/postmaster.pid ]] && alive "$(head -n 1 "$pg_data/postmaster.pid")"; then
    "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$pg_data" -m immediate -t 30 stop >/dev/null 2>&1 ||
      log "WARNING: pg_ctl stop failed for $pg_data"
  fi
  pg_started=0
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $child ]]; then kill -TERM "$child" 2>/dev/null || true; fi
  stop_writers
  stop_app
  pg_stop
  finish_work "$rc" "app-*.log, pg/server.log, events.tsv, acks.tsv, faults.tsv"
  exit "$rc"
}

# Sleeps in the background so that a signal reaches the trap at once.
pause() { bounded "$(awk -v s="$1" 'BEGIN { printf "%d", s + 10 }')" sleep "$1"; }

# ------------------------------------------------------------------ preparation

check_tools() {
  local tool port
  for tool in java curl psql python3 openssl timeout awk pgrep; do
    command -v "$tool" >/dev/null || die "$tool is required"
  done
  if [[ -z $PG_BIN ]]; then
    local candidate
    for candidate in /usr/lib/postgresql/*/bin /usr/pgsql-*/bin; do # the newest installed wins
      if [[ -x $candidate/initdb ]]; then PG_BIN=$candidate; fi
    done
  fi
  [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] || die "no initdb/pg_ctl in '$PG_BIN'; set PG_BIN"
  [[ $WRITERS =~ ^[1-9][0-9]*$ && $CREATES =~ ^[1-9][0-9]*$ ]] || die "WRITERS and CREATES must be positive integers"
  [[ $PG_DOWN_SECONDS =~ ^[0-9]+$ && $FAULT_GAP_SECONDS =~ ^[0-9]+$ && $LEAD_SECONDS =~ ^[0-9]+$ &&
    $STOP_TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "PG_DOWN_SECONDS, FAULT_GAP_SECONDS, LEAD_SECONDS, STOP_TIMEOUT: whole seconds"
  [[ $PG_PORT != 5432 ]] || die "PG_PORT=5432: this script kills its PostgreSQL; it never runs on the usual port"
  local f
  for f in ${FAULTS//,/ }; do
    case $f in pg-kill | app-term | app-kill) ;; *) die "FAULTS: a comma list of pg-kill, app-term, app-kill" ;; esac
  done
  for port in "$APP_PORT" "$MGMT_PORT" "$PG_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "something already listens on 127.0.0.1:$port; stop it or set APP_PORT/MGMT_PORT/PG_PORT"
    fi
  done
}

make_keys() { # the same kind of key pair k8s/examples/secret.example.yml asks for; tokens survive restarts
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
  openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
  session_key=$(openssl rand -base64 32)
}

# ------------------------------------------------------------------ the throwaway PostgreSQL

pg_init() {
  pg_data=$work/pg/data
  mkdir -p "$work/pg"
  if [[ $(id -u) == 0 ]]; then
    chmod o+x "$work" # the cluster's owner must reach its directory
    chown "${as_pg[2]}" "$work/pg"
  fi
  log "initdb of a throwaway cluster in $pg_data (port $PG_PORT)"
  bounded 120 "${as_pg[@]}" "$PG_BIN/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 ||
    { cat "$work/initdb.log" >&2; die "initdb failed"; }
  pg_start
  pq -d postgres -c "create role $MIGRATOR login password '$MIGRATOR_PASSWORD'" \
    -c "create role $APP_ROLE login password '$APP_ROLE_PASSWORD'" \
    -c "create database $DB owner $MIGRATOR" || die "cannot create the roles and database"
}

# After a kill -9 the postmaster's children may still hold its shared memory for a moment; a start then fails,
# so it is tried a few times.
pg_start() {
  local i
  for ((i = 1; i <= 5; i++)); do
    if bounded 90 "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w -t 60 \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $work/pg" start >/dev/null 2>&1; then
      pg_started=1
      return 0
    fi
    log "pg_ctl start failed (try $i); server.log: $(tail -n 2 "$work/pg/server.log" 2>/dev/null | tr '\n' ' ')"
    pause 2
  done
  die "PostgreSQL did not start again"
}

# kill -9 of the postmaster, as a crash would; waits for its children to notice and go (they are ours too).
pg_kill() {
  local pid kids i
  pid=$(head -n 1 "$pg_data/postmaster.pid")
  kids=$(pgrep -P "$pid" | tr '\n' ' ' || true)
  kill -KILL "$pid"
  for ((i = 0; i < 100; i++)); do
    local left=0 k
    for k in $pid $kids; do if alive "$k"; then left=1; fi; done
    ((left)) || return 0
    sleep 0.1
  done
  log "PostgreSQL's children still there 10 s after the postmaster's death; killing them"
  for k in $kids; do kill -KILL "$k" 2>/dev/null || true; done
}

# ------------------------------------------------------------------ the service

start_app() { # sets app_pid; logs into app-<n>.log
  local jar=$APP_DIR/quarkus-run.jar java_opts=() t0 code deadline
  [[ -f $jar ]] || die "$jar missing: build first (drop --no-build) or point --app/APP_DIR at a packaged app"
  read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
  app_starts=$((app_starts + 1))
  log "starting the app ($app_starts) on $BASE (java ${java_opts[*]} -jar $jar)"
  t0=$(now)
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$APP_ROLE" \
    QUARKUS_DATASOURCE_PASSWORD="$APP_ROLE_PASSWORD" \
    QUARKUS_FLYWAY_USERNAME="$MIGRATOR" \
    QUARKUS_FLYWAY_PASSWORD="$MIGRATOR_PASSWORD" \
    VIPCARE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="$APP_PORT" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$session_key" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" \
    java "${java_opts[@]}" -jar "$jar" >"$work/app-$app_starts.log" 2>&1 &
  app_pid=$!
  deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$MGMT/q/health/ready" || true)
    [[ $code == 200 ]] && break
    if ! kill -0 "$app_pid" 2>/dev/null; then
      grep -v '^[[:space:]]*at ' "$work/app-$app_starts.log" | tail -n 25 >&2 || true
      die "the app exited while starting (log above)"
    fi
    if ((SECONDS >= deadline)); then
      grep -v '^[[:space:]]*at ' "$work/app-$app_starts.log" | tail -n 25 >&2 || true
      die "not ready after ${START_TIMEOUT}s (last status $code)"
    fi
    sleep 0.1
  done
  R[ready_s_$app_starts]=$(seconds_between "$t0" "$(now)")
  log "ready after ${R[ready_s_$app_starts]} s"
}

# Sends the signal and waits for the process to go (STOP_TIMEOUT, then SIGKILL); R[<name>_exit_s] is the time it
# took, with " (SIGKILL)" when it had to be killed. Not in a subshell: only this shell can reap the app, and until then it looks alive.
signal_app() { # TERM | KILL, figure name
  local t0 i
  t0=$(now)
  kill "-$1" "$app_pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
    alive "$app_pid" || break
    sleep 0.1
  done
  local forced=''
  if alive "$app_pid"; then
    log "the app did not stop within $STOP_TIMEOUT s of SIG$1; killing it"
    kill -KILL "$app_pid" 2>/dev/null || true
    forced=' (SIGKILL)'
  fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  R[$2]=$(seconds_between "$t0" "$(now)")$forced
}

create_agent() { # admin token
  local status
  status=$(curl -sS -o "$work/user.json" -w '%{http_code}' --max-time 10 \
    -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$AGENT\",\"displayName\":\"Faults Agent\",\"password\":\"$AGENT_PASSWORD\",\"roles\":[\"AGENT\"]}" \
    "$BASE/api/v1/users") || status=000
  [[ $status == 2?? ]] || die "creating $AGENT: HTTP $status $(head -c 300 "$work/user.json")"
}

# ------------------------------------------------------------------ faults

writers_running() { [[ -n $writers_pid ]] && kill -0 "$writers_pid" 2>/dev/null; }

record_fault() { # name injected back
  printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$work/faults.tsv"
}

fault_pg_kill() {
  local t0 back
  log "FAULT pg-kill: kill -9 of the postmaster; down for $PG_DOWN_SECONDS s"
  t0=$(now)
  pg_kill
  pause "$(awk -v t0="$t0" -v n="$(now)" -v d="$PG_DOWN_SECONDS" 'BEGIN { r = d - (n - t0); printf "%.1f", (r > 0 ? r : 0) }')"
  log "restarting PostgreSQL"
  pg_start
  back=$(now)
  record_fault pg-kill "$t0" "$back"
  log "PostgreSQL back after $(seconds_between "$t0" "$back") s (crash recovery included)"
}

fault_app() { # TERM | KILL
  local name t0 back
  name=app-$(tr '[:upper:]' '[:lower:]' <<<"$1")
  log "FAULT $name: SIG$1 to the app"
  t0=$(now)
  signal_app "$1" "${name}_exit_s"
  log "the app exited ${R[${name}_exit_s]} s after SIG$1; restarting it"
  start_app
  back=$(now)
  record_fault "$name" "$t0" "$back"
}

# ------------------------------------------------------------------ database check and report

db_check() {
  local marker="Fault $run_id-"
  cat "$work"/acks-*.tsv >"$work/acks.tsv" 2>/dev/null || : >"$work/acks.tsv"
  cat >"$work/check.sql" <<SQL
create temp table ack (key text, id text, t text);
\\copy ack from '$work/acks.tsv'
create temp table mine as select id::text as id, name from customer where starts_with(name, '$marker');
select 'acked', count(*) from ack
union all select 'lost', count(*) from ack a where not exists (select 1 from customer c where c.id::text = a.id)
union all select 'rows', count(*) from mine
union all select 'dup_keys', count(*) from (select name from mine group by name having count(*) > 1) d
union all select 'dup_rows', coalesce(sum(n - 1), 0) from (select count(*) as n from mine group by name) d
union all select 'mismatched', count(*) from ack a join mine m on m.id = a.id where m.name <> 'Fault ' || a.key
union all select 'unacked_rows', count(*) from mine m where not exists (select 1 from ack a where 'Fault ' || a.key = m.name);
SQL
  pq -d "$DB" -At -F $'\t' -f "$work/check.sql" >"$work/db.tsv" || die "the database check failed"
}

summary() {
  local -A F=()
  local k v n
  cat "$work"/events-*.tsv >"$work/events.tsv" 2>/dev/null || : >"$work/events.tsv"
  while IFS=$'\t' read -r k v; do F[$k]=$v; done < <(python3 "$here/faults_writers.py" report \
    --events "$work/events.tsv" --faults "$work/faults.tsv" --db "$work/db.tsv" --grace "$GRACE_SECONDS")
  echo
  echo "VIP Care fault injection — $(date '+%Y-%m-%d %H:%M %Z'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$(java -version 2>&1 | head -n 1)"
  echo "  app: $APP_DIR; JVM options: ${BENCH_JAVA_OPTS:-(none)}; PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on port $PG_PORT (throwaway)"
  echo "  $WRITERS writers × $CREATES creates, paced over ${R[pace]} s; faults $FAULTS; PostgreSQL down $PG_DOWN_SECONDS s;" \
    "grace $GRACE_SECONDS s; request timeout $REQUEST_TIMEOUT s"
  echo "  (OVER = outside its budget)"
  echo
  printf '  %-50s %10s  %-9s %s\n' figure value budget ''
  row "logical creates (one Idempotency-Key each)" "${F[logical]:-}"
  row "  acknowledged (2xx)" "${F[acked]:-}"
  row "  given up (never acknowledged)" "${F[gave_up]:-}"
  row "requests (HTTP attempts, retries included)" "${F[requests]:-}"
  row "  2xx" "${F[2xx]:-}"
  row "    of which replays (Idempotent-Replayed)" "${F[replayed]:-}"
  row "  4xx" "${F[4xx]:-}"
  row "  5xx: 503" "${F[c503]:-}"
  row "    503 with Retry-After" "${F[c503_retry_after]:-}"
  row "  5xx: 500" "${F[c500]:-}" "<=" "$BUDGET_500"
  row "  5xx: other" "${F[c5xx_other]:-}"
  row "  connection errors (refused, reset, closed)" "${F[conn]:-}"
  row "  timeouts (> $REQUEST_TIMEOUT s)" "${F[timeout]:-}"
  row "lost (acknowledged id not in customer)" "${F[db_lost]:-}" "<=" "$BUDGET_LOST"
  row "duplicated (keys with more than one row)" "${F[db_dup_keys]:-}" "<=" "$BUDGET_DUPLICATED"
  row "  extra rows" "${F[db_dup_rows]:-}"
  row "  acknowledged id naming another key" "${F[db_mismatched]:-}"
  row "  rows of this run / never acknowledged" "${F[db_rows]:-}/${F[db_unacked_rows]:-}"
  row "503 outside the fault windows (+${GRACE_SECONDS} s)" "${F[c503_outside]:-}" "<=" "$BUDGET_503_OUTSIDE"
  row "500 outside the fault windows (+${GRACE_SECONDS} s)" "${F[c500_outside]:-}"
  echo
  echo "  all answers: ${F[codes]:-none}"
  echo
  printf '  %-9s %7s %7s %6s %6s %8s %10s %9s  %s\n' fault 'at s' 'down s' 503 500 conn/to 'recovery' 'no 2xx s' 'budget'
  for ((n = 1; n <= ${F[faults]:-0}; n++)); do
    local p=f$n budget='' mark=''
    if [[ ${F[${p}_name]} == pg-kill ]]; then
      budget="<= $BUDGET_PG_RECOVERY_S s" mark=$(verdict "${F[${p}_recovery]}" "<=" "$BUDGET_PG_RECOVERY_S")
    fi
    printf '  %-9s %7s %7s %6s %6s %8s %10s %9s  %s %s%s\n' "${F[${p}_name]}" "${F[${p}_at]}" "${F[${p}_down]}" \
      "${F[${p}_503]}" "${F[${p}_500]}" "${F[${p}_conn]}" "${F[${p}_recovery]}" "${F[${p}_gap]}" "$budget" "$mark" \
      "$([[ ${F[${p}_writing]} == yes ]] || echo '  (writers not running: no figure)')"
  done
  echo
  echo "  at s: injected, seconds after the first request; down s: injected -> PostgreSQL accepting connections again"
  echo "  (pg-kill) or the restarted app ready (app-*); 503/500/conn/to: answers to requests in flight from the injection to"
  echo "  ${GRACE_SECONDS} s after the end; recovery: the end -> the first 2xx; no 2xx s: the last 2xx before -> the first after."
  echo "  app exit after SIGTERM ${R[app-term_exit_s]:-n/a} s, after SIGKILL ${R[app-kill_exit_s]:-n/a} s;" \
    "stack-trace lines in the app logs $(cat "$work"/app-*.log | grep -c '^[[:space:]]*at ' || true)," \
    "log lines $(cat "$work"/app-*.log | wc -l)"
  echo
}

# ------------------------------------------------------------------ main

main() {
  local do_build=1 admin f pace restart_s
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
  work=$(mktemp -d "${TMPDIR:-/tmp}/vipcare-faults.XXXXXX")
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  : >"$work/faults.tsv"
  run_id=r$(date +%H%M%S)

  if ((do_build)); then
    [[ $(realpath -m "$APP_DIR") == "$repo/target/quarkus-app" ]] ||
      log "NOTE: the build writes target/quarkus-app, but the script runs $APP_DIR"
    build
  fi
  pg_init
  make_keys
  start_app
  admin=$(token admin "$ADMIN_PASSWORD")
  create_agent "$admin"

  # Writers spread their creates over the whole schedule, so every fault meets writers at work: lead-in, the
  # PostgreSQL outage, two restarts (each about as long as the first start, with room), a gap after each fault.
  restart_s=$(awk -v r="${R[ready_s_1]}" 'BEGIN { printf "%d", r * 1.5 + 5 }')
  pace=$((LEAD_SECONDS + 3 * FAULT_GAP_SECONDS))
  for f in ${FAULTS//,/ }; do
    if [[ $f == pg-kill ]]; then pace=$((pace + PG_DOWN_SECONDS + 5)); else pace=$((pace + restart_s)); fi
  done
  R[pace]=${PACE_SECONDS:-$pace}
  log "$WRITERS writers × $CREATES creates as $AGENT, paced over ${R[pace]} s (keys $run_id-w<writer>-<n>)"
  timeout --kill-after=10 "$WRITERS_TIMEOUT" python3 "$here/faults_writers.py" write --base "$BASE" \
    --user "$AGENT" --password "$AGENT_PASSWORD" --writers "$WRITERS" --creates "$CREATES" --run "$run_id" \
    --out "$work" --pace "${R[pace]}" --timeout "$REQUEST_TIMEOUT" 2>"$work/writers.log" &
  writers_pid=$!

  pause "$LEAD_SECONDS"
  for f in ${FAULTS//,/ }; do
    writers_running || log "WARNING: the writers have finished before $f; it is injected but measures nothing"
    case $f in
      pg-kill) fault_pg_kill ;;
      app-term) fault_app TERM ;;
      app-kill) fault_app KILL ;;
    esac
    pause "$FAULT_GAP_SECONDS"
  done

  log "faults done; waiting for the writers (at most $WRITERS_TIMEOUT s in all)"
  local rc=0
  wait "$writers_pid" || rc=$?
  writers_pid=
  ((rc == 0)) || { tail -n 20 "$work/writers.log" >&2; die "the writers failed (exit $rc)"; }
  if [[ -s $work/writers.log ]]; then log "writers: $(wc -l <"$work/writers.log") line(s) in writers.log (e.g. $(head -n 1 "$work/writers.log"))"; fi
  db_check
  log "stopping the app"
  stop_app
  summary
}

# Sourcing the file (for testing its pieces) defines the functions without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
  exit
fi
