#!/usr/bin/env bash
# A private PostgreSQL cluster on a loopback port for the test suite: no system service, gone
# after `cluster.sh stop`. Installs Debian's postgresql package when it is missing.
#   tests/postgres/cluster.sh start
#   export KNOWLEDGEHUB_TEST_POSTGRES="$(tests/postgres/cluster.sh url)"
#   tests/postgres/cluster.sh stop
set -euo pipefail
port=${KNOWLEDGEHUB_PG_PORT:-55432}
root=${KNOWLEDGEHUB_PG_DIR:-/tmp/knowledgehub-pg}
password=knowledgehub-test

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if [ -z "$(pg_bin)" ]; then
    echo "Installing PostgreSQL from Debian's packages..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || { echo "cannot install postgresql" >&2; return 1; }
  fi
  local bin; bin=$(pg_bin)
  stop_cluster || true
  rm -rf "$root"; mkdir -p "$root"
  [ "$(id -u)" = 0 ] && chown postgres "$root"
  as_postgres bash -c "echo '$password' > '$root/pw'"
  as_postgres "$bin/initdb" -D "$root/data" -U postgres --auth=scram-sha-256 --pwfile="$root/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$bin/pg_ctl" -D "$root/data" -l "$root/log" -w \
    -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  echo "PostgreSQL test cluster on 127.0.0.1:$port" >&2
}

stop_cluster() {
  local bin; bin=$(pg_bin)
  [ -n "$bin" ] && [ -d "$root/data" ] && as_postgres "$bin/pg_ctl" -D "$root/data" -m fast stop >/dev/null 2>&1
}

case "${1:-}" in
  start) start ;;
  url) echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password" ;;
  stop) stop_cluster || true; rm -rf "$root" ;;
  *) echo "usage: cluster.sh start|stop" >&2; exit 2 ;;
esac
