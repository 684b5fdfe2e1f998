#!/usr/bin/env bash
# Two replicas of the packaged VIP Care on one database (bench/README.md, "Two replicas"). Starts replicas A and B
# (prod profile, own HTTP and management ports, the same JWT key pair and session encryption key) on a fresh bench
# database, runs the scheduled jobs on short intervals, and prints PASS/FAIL for: each job's work done once per tick
# across both (by the database's effects and by vipcare_job_runs_total from each replica's /q/metrics), an
# Idempotency-Key create on A retried on B, A's tokens on B, and A's console session on B.
# Exits 1 when the setup breaks (no database, a replica not starting, the API refusing the seeding calls); a FAIL
# line alone does not fail the run, like the other bench scripts.
#
# Usage: bench/replicas.sh [--no-build]
# Knobs: RUN_SECONDS (how long the jobs tick after seeding, 35), A_PORT/B_PORT (18180/18280, management on +1).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=vipcare_replicas
# The roles of src/main/scripts/local-postgres.sh and docs/deployment.md: the service connects as one that owns
# nothing, Flyway as the database's owner. Created if missing (dev passwords), never dropped: roles are server-wide.
APP_ROLE=vipcare_app
MIGRATION_ROLE=vipcare_migrator
A_PORT=${A_PORT:-18180}
B_PORT=${B_PORT:-18280}
RUN_SECONDS=${RUN_SECONDS:-35}
START_TIMEOUT=${START_TIMEOUT:-180}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--XX:MaxRAM=512m -XX:MaxRAMPercentage=50}
ADMIN_PASSWORD=Bench-Admin-Pelican-4821
ZONE=Asia/Shanghai # vipcare.zone's default; the special-date job's "today" is in it
LEAD_DAYS=3        # vipcare.follow-ups.special-dates-lead-days's default
# The jobs' schedules for the run: the cron jobs fire on every replica at the same tick, 5 s apart from each other
# so that the special-date tick after a tier tick sees the customers it made DIAMOND.
BREACH_SCAN=2s
ROLLUP_MERGE=2s
TIER_CRON='*/10 * * * * ?'
SPECIAL_CRON='5/10 * * * * ?'

work=
child=
app_pid=
declare -A pids=()
declare -A RESULT=() DETAIL=()
CHECKS=()

BENCH_TAG=replicas
# shellcheck source=bench/lib.sh
source "$here/lib.sh"

cleanup() {
  local rc=$? r
  trap - EXIT INT TERM
  if [[ -n $child ]]; then kill -TERM "$child" 2>/dev/null || true; fi
  for r in "${!pids[@]}"; do
    app_pid=${pids[$r]}
    stop_app
  done
  finish_work "$rc" "app-a.log, app-b.log, keys, seed and metrics"
  exit "$rc"
}

psql_db() { timeout 60 psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

check_tools() {
  local tool port
  for tool in java curl psql python3 openssl timeout awk; do
    command -v "$tool" >/dev/null || die "$tool is required"
  done
  case $PGHOST in
    localhost | 127.0.0.1 | ::1) ;;
    *) die "PGHOST=$PGHOST: the script drops and recreates a database, so it only runs against localhost" ;;
  esac
  for port in "$A_PORT" $((A_PORT + 1)) "$B_PORT" $((B_PORT + 1)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "something already listens on 127.0.0.1:$port; stop it or set A_PORT/B_PORT"
    fi
  done
}

prepare_db() {
  timeout 60 psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "do \$\$ begin
      if not exists (select from pg_roles where rolname = '$MIGRATION_ROLE') then
        create role $MIGRATION_ROLE login password '$MIGRATION_ROLE';
      end if;
      if not exists (select from pg_roles where rolname = '$APP_ROLE') then
        create role $APP_ROLE login password '$APP_ROLE';
      end if;
    end \$\$" || die "cannot create the roles $MIGRATION_ROLE and $APP_ROLE"
  recreate_db
  timeout 60 psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "alter database $DB owner to $MIGRATION_ROLE" ||
    die "cannot give $DB to $MIGRATION_ROLE"
}

make_keys() { # one key pair and one session key for both replicas, as one Kubernetes Secret would give them
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
  openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
  openssl rand -base64 32 >"$work/session.key"
}

start_replica() { # name, HTTP port; management on port + 1
  local name=$1 port=$2 jar=target/quarkus-app/quarkus-run.jar java_opts=()
  [[ -f $jar ]] || die "$jar missing: build first (drop --no-build)"
  read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
  log "starting replica $name on 127.0.0.1:$port (management $((port + 1)))"
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME=$APP_ROLE QUARKUS_DATASOURCE_PASSWORD=$APP_ROLE \
    QUARKUS_FLYWAY_USERNAME=$MIGRATION_ROLE QUARKUS_FLYWAY_PASSWORD=$MIGRATION_ROLE \
    VIPCARE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$((port + 1)) \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$(cat "$work/session.key")" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" \
    VIPCARE_COMPLAINTS_BREACH_SCAN=$BREACH_SCAN \
    VIPCARE_COMPLAINTS_ROLLUP_MERGE=$ROLLUP_MERGE \
    VIPCARE_TIERS_EVALUATION_CRON="$TIER_CRON" \
    VIPCARE_FOLLOW_UPS_SPECIAL_DATES_CRON="$SPECIAL_CRON" \
    java "${java_opts[@]}" -jar "$jar" >"$work/app-$name.log" 2>&1 &
  pids[$name]=$!
}

wait_ready() { # name, HTTP port
  local name=$1 code deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$(($2 + 1))/q/health/ready" || true)
    [[ $code == 200 ]] && break
    if ! kill -0 "${pids[$name]}" 2>/dev/null || ((SECONDS >= deadline)); then
      grep -v '^[[:space:]]*at ' "$work/app-$name.log" | tail -n 25 >&2 || true
      die "replica $name did not get ready (last status $code; log above)"
    fi
    sleep 0.2
  done
  log "replica $name ready"
}

# The job's counter on one replica: metrics_of file job outcome -> an integer (0 when never counted).
runs_of() {
  awk -v job="$2" -v outcome="$3" '
    index($0, "vipcare_job_runs_total{") == 1 && index($0, "job=\"" job "\"") && index($0, "outcome=\"" outcome "\"") {
      n += $NF }
    END { printf "%d", n }' "$1"
}

result() { # name, PASS|FAIL, detail
  CHECKS+=("$1")
  RESULT[$1]=$2
  DETAIL[$1]=$3
  log "$1: $2 — $3"
}

# ------------------------------------------------------------------ the jobs, by the database's effects

check_breaches() { # overdue complaint ids, comma-separated
  local ids=$1 row overdue events once others
  row=$(psql_db -F ' ' -c "
    with overdue as (select unnest(string_to_array('$ids', ','))::uuid as id),
         events as (select o.id, count(e.id) as n from overdue o
                      left join complaint_event e on e.complaint_id = o.id and e.kind = 'ESCALATED' group by o.id)
    select count(*), coalesce(sum(n), 0), count(*) filter (where n = 1),
           (select count(*) from complaint_event e where e.kind = 'ESCALATED'
               and e.complaint_id not in (select id from overdue))
      from events")
  read -r overdue events once others <<<"$row"
  local ok=FAIL
  ((overdue > 0 && once == overdue && others == 0)) && ok=PASS
  result breach-detector "$ok" "$overdue overdue complaints: $once with exactly one ESCALATED event, $events events in all; $others on complaints not overdue"
}

check_rollup() {
  local row differ pending
  # The roll-up's sums plus the differences not merged yet must equal a recount from complaint (as V10's rebuild
  # computes it); a merge done twice would have counted the same differences twice.
  row=$(psql_db -F ' ' -c "
    with z as (select zone from complaint_month_zone),
    recount as (
      select date_trunc('month', c.received_at at time zone (select zone from z))::date as month, c.owner_id,
             c.category, count(*) as complaints, sum(k.contact_outcomes) as co, sum(k.contact_on_time) as ct,
             sum(k.contact_breaches) as cb, sum(k.feedback_outcomes) as fo, sum(k.feedback_on_time) as ft,
             sum(k.feedback_breaches) as fb, sum(c.satisfaction_sum) as ss, sum(c.satisfaction_answers) as sa
        from complaint c
       cross join lateral complaint_clock_counts(c.contact_on_time, c.contact_breached, c.feedback_on_time,
                                                 c.feedback_breached) k
       group by 1, 2, 3),
    rollup as (
      select month, owner_id, category, sum(complaints) as complaints, sum(contact_outcomes) as co,
             sum(contact_on_time) as ct, sum(contact_breaches) as cb, sum(feedback_outcomes) as fo,
             sum(feedback_on_time) as ft, sum(feedback_breaches) as fb, sum(satisfaction_sum) as ss,
             sum(satisfaction_answers) as sa
        from (select * from complaint_month union all select * from complaint_month_delta) m
       group by 1, 2, 3 having sum(complaints) <> 0)
    select (select count(*) from ((select * from recount except select * from rollup)
                                  union all (select * from rollup except select * from recount)) d),
           (select count(*) from complaint_month_delta)")
  read -r differ pending <<<"$row"
  local ok=FAIL
  ((differ == 0)) && ok=PASS
  result complaint-rollup "$ok" "roll-up vs a recount from complaint: $differ differing rows ($pending differences not merged yet)"
}

check_tiers() {
  local row runs ticks most failed history dup
  # A scheduled run starts within a second of its cron tick (every 10 s), so the 10-second slot of started_at is
  # the tick's; two runs in one slot would be one tick evaluated twice.
  row=$(psql_db -F ' ' -c "
    with runs as (select to_timestamp(floor(extract(epoch from started_at) / 10) * 10) as tick, status
                    from tier_evaluation where requested_by = 'scheduler'),
         per_tick as (select tick, count(*) as n from runs group by tick)
    select (select count(*) from runs), (select count(*) from per_tick), coalesce((select max(n) from per_tick), 0),
           (select count(*) from runs where status <> 'DONE'),
           (select count(*) from tier_history where reason like 'evaluation:%'),
           (select count(*) from (select customer_id, from_tier, to_tier from tier_history
                                  group by 1, 2, 3 having count(*) > 1) d)")
  read -r runs ticks most failed history dup <<<"$row"
  TIER_DB_RUNS=$runs
  local ok=FAIL
  ((runs > 0 && most == 1 && failed == 0 && dup == 0 && history == 4)) && ok=PASS
  result tier-evaluation "$ok" "$runs scheduled runs over $ticks ticks (at most $most per tick, $failed not DONE); $history tier changes in tier_history (4 customers to upgrade), $dup repeated"
}

check_special_dates() { # the special day, the DIAMOND customers' ids
  local row tasks dup expected
  expected=$(awk -F, '{ print NF }' <<<"$2")
  row=$(psql_db -F ' ' -c "
    select count(*),
           (select count(*) from (select customer_id, special_date, special_reason from follow_up
                                   where purpose = 'SPECIAL_DATE' group by 1, 2, 3 having count(*) > 1) d)
      from follow_up
     where purpose = 'SPECIAL_DATE' and special_date = '$1' and special_reason = 'BIRTHDAY'
       and customer_id = any (string_to_array('$2', ',')::uuid[])")
  read -r tasks dup <<<"$row"
  SPECIAL_DUP=$dup
  local ok=FAIL
  ((tasks == expected && dup == 0)) && ok=PASS
  result special-dates "$ok" "$tasks birthday calls for $expected DIAMOND customers on $1, $dup made twice"
}

# ------------------------------------------------------------------ the jobs, by each replica's counter

# Per job: ticks ran and skipped on each replica. For the cron jobs (both replicas fire at the same tick) the ticks
# run summed over both must not exceed the ticks fired: a tick run on both shows as ran A + ran B > ticks.
job_runs() {
  local job ra rb sa sb ticks both
  curl -sf --max-time 10 "http://127.0.0.1:$((A_PORT + 1))/q/metrics" >"$work/metrics-a.txt" || die "no metrics from A"
  curl -sf --max-time 10 "http://127.0.0.1:$((B_PORT + 1))/q/metrics" >"$work/metrics-b.txt" || die "no metrics from B"
  echo
  printf '  %-18s %8s %8s %11s %11s %7s %s\n' job 'ran A' 'ran B' 'skipped A' 'skipped B' ticks 'ran on both'
  for job in breach-detector complaint-rollup tier-evaluation special-dates; do
    ra=$(runs_of "$work/metrics-a.txt" "$job" ran) rb=$(runs_of "$work/metrics-b.txt" "$job" ran)
    sa=$(runs_of "$work/metrics-a.txt" "$job" skipped) sb=$(runs_of "$work/metrics-b.txt" "$job" skipped)
    case $job in
      tier-evaluation | special-dates)
        ticks=$((ra + sa > rb + sb ? ra + sa : rb + sb))
        both=$((ra + rb - ticks))
        ((both < 0)) && both=0
        ;;
      *) ticks='-' both='-' ;; # every-N-seconds jobs: each replica has ticks of its own
    esac
    printf '  %-18s %8s %8s %11s %11s %7s %s\n' "$job" "$ra" "$rb" "$sa" "$sb" "$ticks" "$both"
    JOB_RAN[$job]=$((ra + rb)) JOB_BOTH[$job]=$both JOB_TICKS[$job]=$ticks JOB_SPLIT[$job]="A $ra, B $rb"
  done
  echo
}

check_job_counters() {
  local job
  for job in breach-detector complaint-rollup; do
    local ok=FAIL
    ((JOB_RAN[$job] > 0)) && ok=PASS
    result "$job-runs" "$ok" "${JOB_SPLIT[$job]} ticks ran (each replica's own ticks; one at a time by the advisory lock)"
  done
  local ok=FAIL
  ((JOB_RAN[tier-evaluation] > 0 && JOB_BOTH[tier-evaluation] == 0 && JOB_RAN[tier-evaluation] == TIER_DB_RUNS)) && ok=PASS
  result tier-evaluation-runs "$ok" "${JOB_SPLIT[tier-evaluation]} of ${JOB_TICKS[tier-evaluation]} ticks ran, ${JOB_BOTH[tier-evaluation]} on both; $TIER_DB_RUNS runs in tier_evaluation"
  # The special-date job claims its tick (job_tick, V21) besides the unique key (customer, day, reason) that keeps a
  # call from being made twice; both are checked.
  ok=FAIL
  ((JOB_RAN[special-dates] > 0 && JOB_BOTH[special-dates] == 0 && SPECIAL_DUP == 0)) && ok=PASS
  result special-dates-runs "$ok" "${JOB_SPLIT[special-dates]} of ${JOB_TICKS[special-dates]} ticks ran, ${JOB_BOTH[special-dates]} on both; $SPECIAL_DUP calls made twice"
}

summary() {
  local name pass=0 fail=0
  echo
  echo "VIP Care, two replicas on one database — $(date '+%Y-%m-%d %H:%M %Z'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "  A on :$A_PORT, B on :$B_PORT; breach scan and roll-up merge every $BREACH_SCAN, tier cron '$TIER_CRON', special-date cron '$SPECIAL_CRON'; jobs ran ${RUN_SECONDS}s after seeding"
  echo
  printf '  %-22s %-5s %s\n' check result detail
  for name in "${CHECKS[@]}"; do
    printf '  %-22s %-5s %s\n' "$name" "${RESULT[$name]}" "${DETAIL[$name]}"
    [[ ${RESULT[$name]} == PASS ]] && pass=$((pass + 1)) || fail=$((fail + 1))
  done
  echo
  echo "  $pass PASS, $fail FAIL"
}

# ------------------------------------------------------------------ main

declare -A JOB_RAN=() JOB_BOTH=() JOB_TICKS=() JOB_SPLIT=()
TIER_DB_RUNS=0
SPECIAL_DUP=0

main() {
  local do_build=1 seed special_day diamonds complaints overdue line name verdict detail
  case ${1:-} in
    --no-build) do_build=0 ;;
    '') ;;
    -h | --help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; return 0 ;;
    *) die "unknown option $1 (try --help)" ;;
  esac
  cd "$repo"
  check_tools
  work=$(mktemp -d "${TMPDIR:-/tmp}/vipcare-replicas.XXXXXX")
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if ((do_build)); then build; fi
  prepare_db
  make_keys
  # Both at once, as a rolling deployment would: Flyway's lock lets one migrate while the other waits.
  start_replica a "$A_PORT"
  start_replica b "$B_PORT"
  wait_ready a "$A_PORT"
  wait_ready b "$B_PORT"

  log "seeding through A: 10 customers born on the special day, 4 of them big spenders, 8 complaints"
  seed=$(bounded 120 python3 "$here/replicas_http.py" seed "http://127.0.0.1:$A_PORT" "$ADMIN_PASSWORD" \
    "$LEAD_DAYS" "$ZONE") || die "seeding failed"
  special_day=$(sed -n 's/^special_day=//p' <<<"$seed")
  diamonds=$(sed -n 's/^diamonds=//p' <<<"$seed")
  complaints=$(sed -n 's/^complaints=//p' <<<"$seed")
  # Overdue complaints with the real clock: the API gives every new complaint an SLA deadline hours or days away,
  # so the script moves the contact deadline (and its warning time) of the first five into the past, in SQL.
  overdue=$(cut -d, -f1-5 <<<"$complaints")
  psql_db -c "update complaint set contact_warn_at = now() - interval '2 hours', contact_due_at = now() - interval '1 hour'
               where id = any (string_to_array('$overdue', ',')::uuid[])" >/dev/null || die "cannot backdate complaints"
  log "backdated the contact deadline of 5 complaints; letting the jobs tick for ${RUN_SECONDS}s"
  sleep "$RUN_SECONDS"

  log "checking the jobs' effects in the database"
  check_breaches "$overdue"
  check_rollup
  check_tiers
  check_special_dates "$special_day" "$diamonds"
  job_runs
  check_job_counters

  log "checking tokens, an Idempotency-Key retry and a console session across the replicas"
  while read -r line; do
    case $line in
      CHECK\ *)
        read -r _ name verdict detail <<<"$line"
        result "$name" "$verdict" "$detail"
        ;;
      idempotency_ref=*)
        local ref=${line#idempotency_ref=} count
        count=$(psql_db -c "select count(*) from customer where external_ref = '$ref'")
        [[ $count == 1 ]] && verdict=PASS || verdict=FAIL
        result idempotency-one-record "$verdict" "customers with the retried create's reference: $count"
        ;;
    esac
  done < <(bounded 120 python3 "$here/replicas_http.py" checks "http://127.0.0.1:$A_PORT" \
    "http://127.0.0.1:$B_PORT" "$ADMIN_PASSWORD" || echo "CHECK http-checks FAIL the HTTP checks stopped (see above)")

  log "stopping the replicas"
  for name in "${!pids[@]}"; do
    app_pid=${pids[$name]}
    stop_app
    unset "pids[$name]"
  done
  summary
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
