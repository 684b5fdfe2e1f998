#!/usr/bin/env bash
# Finds or starts the PostgreSQL that dev mode and the tests use, and writes what it found to
# target/local-postgres.properties (read through quarkus.config.locations, %dev/%test keys only).
#
# In order:
#   1. QUARKUS_DATASOURCE_JDBC_URL is set            -> use it, write nothing.
#   2. a server answers on ${PGHOST:-localhost}:${PGPORT:-5432} -> create database vipcare (dev) if missing, and
#                                                       recreate this checkout's test databases vipcare_test_<id> and
#                                                       vipcare_isolated_test_<id> (tests that need a whole book), vipcare_demo_test_<id> (the demo book) empty.
#                                                       The service connects as role vipcare_app, which owns nothing;
#                                                       Flyway as vipcare_migrator, which owns the databases it creates
#                                                       (both roles created if missing, never dropped: roles are shared
#                                                       by every database of the server). A dev database made before
#                                                       the roles existed keeps its owner, and Flyway runs as $PGUSER.
#   3. a Docker engine answers                       -> leave it to Quarkus Dev Services.
#   4. PostgreSQL is installed but not running       -> start a throwaway cluster in target/pgdata on port 55432
#                                                       (as the 'postgres' or 'nobody' user when run as root).
# Usage: local-postgres.sh [ensure|stop]
set -euo pipefail

here=$(cd "$(dirname "$0")/../../.." && pwd)
target="$here/target"
props="$target/local-postgres.properties"
host=${PGHOST:-localhost}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
own_port=55432
own_data="$target/pgdata"
# Test databases belong to one checkout and one run: two checkouts never share them, and each run starts empty.
checkout_id=$(printf '%s' "$here" | cksum | cut -d' ' -f1)
test_db="vipcare_test_$checkout_id"
isolated_db="vipcare_isolated_test_$checkout_id"
demo_db="vipcare_demo_test_$checkout_id"
app_role=vipcare_app
migration_role=vipcare_migrator
dev_migration_user=
mkdir -p "$target"

log() { echo "[local-postgres] $*" >&2; }

find_bin() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin /usr/pgsql-*/bin /opt/homebrew/opt/postgresql*/bin /usr/local/opt/postgresql*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return; }
  done
  return 1
}

answers() { # host port
  if pg_isready_bin=$(find_bin pg_isready); then
    "$pg_isready_bin" -q -h "$1" -p "$2" -t 2
  else
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
  fi
}

create_dbs() { # host port user
  local psql_bin
  if ! psql_bin=$(find_bin psql); then
    log "psql not found: create databases vipcare, $test_db, $isolated_db and $demo_db on $1:$2 yourself"
    return
  fi
  # Dev-only passwords: these roles exist to separate rights on a developer's server, not to keep secrets.
  "$psql_bin" -h "$1" -p "$2" -U "$3" -d postgres -v ON_ERROR_STOP=1 -qc "do \$\$ begin
      if not exists (select from pg_roles where rolname = '$migration_role') then
        create role $migration_role login password '$migration_role';
      end if;
      if not exists (select from pg_roles where rolname = '$app_role') then
        create role $app_role login password '$app_role';
      end if;
    end \$\$" >/dev/null
  if ! "$psql_bin" -h "$1" -p "$2" -U "$3" -d postgres -tAc "select 1 from pg_database where datname='vipcare'" | grep -q 1; then
    "$psql_bin" -h "$1" -p "$2" -U "$3" -d postgres -qc "create database vipcare owner $migration_role" \
      && log "created database vipcare"
  fi
  local dev_owner
  dev_owner=$("$psql_bin" -h "$1" -p "$2" -U "$3" -d postgres -tAc \
    "select pg_get_userbyid(datdba) from pg_database where datname='vipcare'")
  if [ "$dev_owner" = "$migration_role" ]; then dev_migration_user=$migration_role; else dev_migration_user=$3; fi
  for db in "$test_db" "$isolated_db" "$demo_db"; do
    "$psql_bin" -h "$1" -p "$2" -U "$3" -d postgres -qc "drop database if exists $db with (force)" \
      -c "create database $db owner $migration_role" >/dev/null && log "recreated database $db"
  done
}

write_props() { # host port user password
  cat >"$props" <<EOF
# Written by src/main/scripts/local-postgres.sh; regenerated on every build.
# The service runs as $app_role (owns nothing), Flyway as the databases' owner (docs/deployment.md, "Database roles").
%dev.quarkus.devservices.enabled=false
%test.quarkus.devservices.enabled=false
%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://$1:$2/vipcare
%dev.quarkus.datasource.username=$app_role
%dev.quarkus.datasource.password=$app_role
%dev.quarkus.flyway.username=${dev_migration_user:-$3}
%dev.quarkus.flyway.password=$([ "${dev_migration_user:-$3}" = "$migration_role" ] && echo "$migration_role" || echo "$4")
%test.quarkus.datasource.jdbc.url=jdbc:postgresql://$1:$2/$test_db
%test.quarkus.datasource.username=$app_role
%test.quarkus.datasource.password=$app_role
%test.quarkus.flyway.username=$migration_role
%test.quarkus.flyway.password=$migration_role
EOF
}

run_as_owner() { # command...
  if [ "$(id -u)" = 0 ]; then
    local owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

start_own_cluster() {
  local initdb pg_ctl
  initdb=$(find_bin initdb) || return 1
  pg_ctl=$(find_bin pg_ctl) || return 1
  if [ ! -f "$own_data/PG_VERSION" ]; then
    log "initialising a throwaway cluster in $own_data"
    mkdir -p "$own_data"
    if [ "$(id -u)" = 0 ]; then
      local owner=postgres
      id "$owner" >/dev/null 2>&1 || owner=nobody
      chown "$owner" "$own_data"
      chmod o+x "$here" "$target" 2>/dev/null || true
    fi
    run_as_owner "$initdb" -D "$own_data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  fi
  if ! answers localhost "$own_port"; then
    log "starting the throwaway cluster on port $own_port"
    run_as_owner "$pg_ctl" -D "$own_data" -l "$own_data/server.log" -w \
      -o "-p $own_port -k /tmp -c listen_addresses=localhost" start >/dev/null
  fi
  create_dbs localhost "$own_port" postgres
  write_props localhost "$own_port" postgres ""
}

stop_own_cluster() {
  local pg_ctl
  pg_ctl=$(find_bin pg_ctl) || exit 0
  [ -f "$own_data/postmaster.pid" ] && run_as_owner "$pg_ctl" -D "$own_data" -m fast stop
  exit 0
}

[ "${1:-ensure}" = stop ] && stop_own_cluster

: >"$props"
if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  log "using QUARKUS_DATASOURCE_JDBC_URL"
elif answers "$host" "$port"; then
  log "using the PostgreSQL on $host:$port as $user"
  create_dbs "$host" "$port" "$user"
  write_props "$host" "$port" "$user" "${PGPASSWORD:-}"
elif answers localhost "$own_port"; then
  log "using the throwaway cluster on port $own_port"
  create_dbs localhost "$own_port" postgres
  write_props localhost "$own_port" postgres ""
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  log "no PostgreSQL on $host:$port; Quarkus Dev Services will start one in Docker"
elif start_own_cluster; then
  :
else
  log "no PostgreSQL found: install PostgreSQL >= 14 or Docker, or set QUARKUS_DATASOURCE_JDBC_URL"
fi
