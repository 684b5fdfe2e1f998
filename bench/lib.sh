# shellcheck shell=bash
# Shared by the benchmark scripts (run.sh, tiers.sh, reports.sh): logging, time limits, building, the bench
# database, stopping the app, the token call and the summary rows. Sourced, not run. The caller sets BENCH_TAG
# (the log prefix) and owns the globals these functions use: work, app_pid, child, BASE, DB, BUILD_TIMEOUT.

log() { printf '[%s %s] %s\n' "$BENCH_TAG" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { printf '%s' "${EPOCHREALTIME:-$(date +%s.%N)}"; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Runs a command under a time limit in the background and waits, so that a signal reaches our
# trap at once (bash defers traps while a foreground child runs) and the trap can stop it.
bounded() { # seconds command...
  local secs=$1 rc=0
  shift
  timeout --kill-after=10 "$secs" "$@" &
  child=$!
  wait "$child" || rc=$?
  child=
  return "$rc"
}

# The app's last log lines without stack frames, which would push the actual error off screen.
show_log() { grep -v '^[[:space:]]*at ' "$work/app.log" | tail -n 25 >&2 || true; }

stop_app() {
  [[ -n $app_pid ]] || return 0
  if kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 100; i++)); do
      kill -0 "$app_pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$app_pid" 2>/dev/null; then
      log "the app ignored SIGTERM for 20 s; killing it"
      kill -KILL "$app_pid" 2>/dev/null || true
    fi
  fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=
}

build() {
  log "building (./mvnw -B -q -DskipTests package)"
  bounded "$BUILD_TIMEOUT" ./mvnw -B -q -DskipTests package || die "build failed"
}

# Drops and creates the bench's database $DB, or the one named. WITH (FORCE) needs PostgreSQL 13+; it also ends
# connections a crashed earlier run left behind. A big database takes a while to drop: two minutes at most.
recreate_db() { recreate_db_named "$DB"; }

recreate_db_named() { # database
  log "recreating database $1 on $PGHOST:$PGPORT as $PGUSER"
  drop_db "$1" || die "cannot drop $1"
  timeout 120 psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "create database $1" || die "cannot create $1"
}

drop_db() { # database; fails (without dying) if it cannot
  local psql=(timeout 120 psql -X -q -v ON_ERROR_STOP=1 -d postgres)
  "${psql[@]}" -c "set client_min_messages = warning" -c "drop database if exists $1 with (force)" 2>/dev/null ||
    "${psql[@]}" -c "drop database if exists $1"
}

# Removes the work directory after a good run; keeps it after a failure or with KEEP_WORK, saying what it holds.
finish_work() { # exit status, what the directory holds
  [[ -n $work && -d $work ]] || return 0
  if (($1 == 0)) && [[ -z ${KEEP_WORK:-} ]]; then rm -rf "$work"; else log "kept $work ($2)"; fi
}

# Prints the field of the JSON document on stdin ("" for null or missing).
json_field() { python3 -c 'import json, sys; v = json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1"; }

token() { # username password -> access token
  local body status
  body=$(python3 -c 'import json, sys; print(json.dumps({"username": sys.argv[1], "password": sys.argv[2]}))' "$1" "$2")
  status=$(curl -sS -o "$work/token.json" -w '%{http_code}' --max-time 10 \
    -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/auth/token") || status=000
  [[ $status == 2?? ]] || die "token for $1: HTTP $status $(head -c 300 "$work/token.json" 2>/dev/null)"
  json_field accessToken <"$work/token.json"
}

verdict() { # value, <= or >=, budget -> OK | OVER | n/a
  awk -v v="$1" -v op="$2" -v b="$3" 'BEGIN {
    if (v == "" || v == "n/a") { print "n/a"; exit }
    if (v !~ /^[0-9]+(\.[0-9]*)?$/) { print "OVER"; exit } # FAILED
    ok = op == "<=" ? v + 0 <= b + 0 : v + 0 >= b + 0
    print ok ? "OK" : "OVER" }'
}

# One line of the summary; ROW_LABEL_WIDTH and ROW_VALUE_WIDTH fit the script's labels.
row() { # label, value, op, budget (op and budget empty: informational)
  local v=${2:-n/a} budget='' mark=''
  if [[ -n ${3:-} ]]; then budget="$3 $4" mark=$(verdict "$v" "$3" "$4"); fi
  printf "  %-${ROW_LABEL_WIDTH:-46}s %${ROW_VALUE_WIDTH:-12}s  %-9s %s\n" "$1" "$v" "$budget" "$mark"
}
