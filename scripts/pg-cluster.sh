#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and local trials (Debian's postgresql packages).
# Usage: scripts/pg-cluster.sh start <dir> <port>   → prints the DATABASE_URL on stdout
#        scripts/pg-cluster.sh stop <dir>            → stops the cluster and removes <dir>
# The cluster trusts local connections (it listens on 127.0.0.1 and on a socket inside <dir> only):
# never use it for anything but throwaway data.
set -euo pipefail
command="${1:-}"
dir="${2:-}"
port="${3:-5432}"
database="portal"
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop <dir> [port]" >&2; exit 2; }

bin_dir() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  # pg_trgm and unaccent come with postgresql-contrib.
  if [ -z "$found" ] || [ ! -f "/usr/share/postgresql/$(basename "$(dirname "$found")")/extension/pg_trgm.control" ]; then
    if [ "$(id -u)" != "0" ]; then
      echo "PostgreSQL is missing: sudo apt-get install -y postgresql postgresql-contrib" >&2
      exit 1
    fi
    echo "installing postgresql and postgresql-contrib…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    found="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$found"
}

# initdb refuses to run as root: run the server as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    bin="$(bin_dir)"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$dir"; chmod 700 "$dir"; fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    if ! as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
      as_owner "$bin/createdb" -h "$dir" -p "$port" -U postgres "$database"
    fi
    echo "postgresql://postgres@127.0.0.1:$port/$database"
    ;;
  stop)
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    if [ -f "$dir/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop <dir> [port]" >&2; exit 2 ;;
esac
