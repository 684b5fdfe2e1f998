#!/usr/bin/env bash
# Webhooks survive a crash (docs/webhooks.md, "Acknowledging, retries and de-duplication"): starts the packaged
# service (prod profile) on a fresh bench database and a slow local receiver (bench/webhook_receiver.py, DELAY s per
# request, checking every signature), registers a webhook for complaint.opened, records EVENTS complaints, starts the
# receiver, and kills the service with kill -9 while deliveries are in flight (after KILL_AFTER requests). Then it
# restarts the service and waits until every delivery is DELIVERED. Prints PASS/FAIL for: every event arrived (by
# delivery id and by complaint id), every signature held, and the figures: requests received, distinct deliveries,
# duplicates (the at-least-once re-sends of what was in flight), and the time from restart to the last delivery.
# Exits 1 when the setup breaks; a FAIL line alone does not fail the run, like the other bench scripts.
#
# Usage: bench/webhook-restart.sh [--no-build]
# Knobs: EVENTS (60), DELAY (2 s per request), KILL_AFTER (15), BATCH (10 claimed per round), APP_PORT (18400,
# management +1), RECEIVER_PORT (18410), START_TIMEOUT (180), DRAIN_TIMEOUT (180), KEEP_WORK.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=vipcare_webhooks
EVENTS=${EVENTS:-60}
DELAY=${DELAY:-2}
KILL_AFTER=${KILL_AFTER:-15}
BATCH=${BATCH:-10}
APP_PORT=${APP_PORT:-18400}
RECEIVER_PORT=${RECEIVER_PORT:-18410}
BASE=http://127.0.0.1:$APP_PORT
START_TIMEOUT=${START_TIMEOUT:-180}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-180}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--XX:MaxRAM=512m -XX:MaxRAMPercentage=50}
ADMIN_PASSWORD=Bench-Admin-Pelican-4821
SECRET=bench-webhook-secret-0123456789
LEASE=PT10S

work=
child=
app_pid=
receiver_pid=

BENCH_TAG=webhooks
# shellcheck source=bench/lib.sh
source "$here/lib.sh"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $child ]]; then kill -TERM "$child" 2>/dev/null || true; fi
  stop_app
  if [[ -n $receiver_pid ]]; then kill -TERM "$receiver_pid" 2>/dev/null || true; fi
  finish_work "$rc" "app.log, app-2.log, received.jsonl"
  exit "$rc"
}

psql_db() { timeout 60 psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

start_app() { # log file
  local jar=target/quarkus-app/quarkus-run.jar java_opts=()
  [[ -f $jar ]] || die "$jar missing: build first (drop --no-build)"
  read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=unused \
    VIPCARE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$APP_PORT" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$((APP_PORT + 1)) \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$(cat "$work/session.key")" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" \
    VIPCARE_WEBHOOKS_ENCRYPTION_KEY="$(cat "$work/webhook.key")" \
    VIPCARE_WEBHOOKS_ALLOW_HTTP=true VIPCARE_WEBHOOKS_ALLOW_PRIVATE=true \
    VIPCARE_WEBHOOKS_SEND_EVERY=1s VIPCARE_WEBHOOKS_BATCH="$BATCH" VIPCARE_WEBHOOKS_LEASE=$LEASE \
    VIPCARE_WEBHOOKS_TIMEOUT=PT5S VIPCARE_WEBHOOKS_BACKOFF_BASE=PT1S VIPCARE_WEBHOOKS_BACKOFF_MAX=PT2S \
    java "${java_opts[@]}" -jar "$jar" >"$work/$1" 2>&1 &
  app_pid=$!
  local code deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$((APP_PORT + 1))/q/health/ready" || true)
    [[ $code == 200 ]] && break
    if ! kill -0 "$app_pid" 2>/dev/null || ((SECONDS >= deadline)); then
      grep -v '^[[:space:]]*at ' "$work/$1" | tail -n 25 >&2 || true
      die "the service did not get ready (last status $code)"
    fi
    sleep 0.2
  done
  log "service ready (pid $app_pid)"
}

post() { # path, JSON body -> body of a 201
  local status
  status=$(curl -sS -o "$work/post.json" -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$2" "$BASE$1") || status=000
  [[ $status == 201 ]] || die "POST $1: HTTP $status $(head -c 300 "$work/post.json")"
  cat "$work/post.json"
}

received() { [[ -f $work/received.jsonl ]] && wc -l <"$work/received.jsonl" || echo 0; }

main() {
  [[ ${1:-} == --no-build ]] || { cd "$repo" && build; }
  cd "$repo"
  for tool in java curl psql python3 openssl timeout; do command -v "$tool" >/dev/null || die "$tool is required"; done
  work=$(mktemp -d)
  trap cleanup EXIT INT TERM
  recreate_db
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
  openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
  openssl rand -base64 32 >"$work/session.key"
  openssl rand -base64 32 >"$work/webhook.key"

  start_app app.log
  TOKEN=$(token admin "$ADMIN_PASSWORD")
  post /api/v1/webhooks "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"events\":[\"complaint.opened\"],\"secret\":\"$SECRET\"}" >/dev/null
  local customer i
  customer=$(post /api/v1/customers '{"name":"Bench Webhook","type":"INDIVIDUAL","phones":{"mobile":"13900000001"}}' | json_field id)
  log "recording $EVENTS complaints"
  for ((i = 0; i < EVENTS; i++)); do
    post /api/v1/complaints "{\"customerId\":\"$customer\",\"channel\":\"PHONE\",\"category\":\"BILLING\",\"summary\":\"Bench $i\"}" |
      json_field id >>"$work/complaints.txt"
  done

  # The receiver starts only now, so that the backlog is in flight when the service is killed (the tries before it
  # listened failed and wait their backoff of 1 to 2 s).
  python3 "$here/webhook_receiver.py" "$RECEIVER_PORT" "$SECRET" "$DELAY" "$work/received.jsonl" &
  receiver_pid=$!
  local deadline=$((SECONDS + 120))
  while (($(received) < KILL_AFTER)); do
    ((SECONDS < deadline)) || die "the receiver got only $(received) requests in 120 s"
    sleep 0.1
  done
  local in_flight
  in_flight=$(psql_db -c "select count(*) from webhook_delivery where state = 'PENDING' and locked_until > now()")
  log "kill -9 after $(received) requests, $in_flight deliveries leased (in flight)"
  kill -KILL "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  local restarted
  restarted=$(now)
  start_app app-2.log
  deadline=$((SECONDS + DRAIN_TIMEOUT))
  while [[ $(psql_db -c "select count(*) from webhook_delivery where state <> 'DELIVERED'") != 0 ]]; do
    ((SECONDS < deadline)) || break
    sleep 0.5
  done
  local drained
  drained=$(seconds_between "$restarted" "$(now)")
  sleep 2 # a last request the receiver is still answering

  python3 - "$work/received.jsonl" "$work/complaints.txt" "$in_flight" "$drained" "$EVENTS" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
complaints = set(open(sys.argv[2]).read().split())
events = int(sys.argv[5])
deliveries = {l["delivery"] for l in lines}
seen = {json.loads(l["body"])["data"]["complaintId"] for l in lines}
invalid = sum(1 for l in lines if not l["valid"])
print(f"events {events}, requests received {len(lines)}, distinct deliveries {len(deliveries)}, "
      f"duplicates {len(lines) - len(deliveries)} (leased at the kill: {sys.argv[3]}), "
      f"restart to last delivery {sys.argv[4]} s")
print(("PASS" if len(deliveries) == events and seen == complaints else "FAIL")
      + f" every event arrived: {len(deliveries)}/{events} deliveries, {len(seen & complaints)}/{len(complaints)} complaints")
print(("PASS" if invalid == 0 else "FAIL") + f" every signature verified: {invalid} invalid")
PY
  log "delivery states: $(psql_db -c "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from webhook_delivery group by 1) s")"
}

main "$@"
