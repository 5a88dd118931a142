# Sourced by build/test.sh and build/scale.sh: root for Debian packages, and a throwaway PostgreSQL
# on 127.0.0.1 in a folder of the caller's, installed from Debian's packages when missing.
#   start_throwaway_postgres DATA_DIR FIRST_PORT [extra server options]   sets pg_port
#   stop_throwaway_postgres DATA_DIR
# The caller defines log().

pg_ctl_bin=""
pg_port=""
as_pg=()

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root (or sudo) to run: $*" >&2; return 1; fi
}

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# The first port from $1 up that nothing listens on.
free_port() { local port=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done; echo "$port"; }

start_throwaway_postgres() {
  local data=$1 first_port=$2 extra=${3:-} bin
  bin=$(find_pg_bin)
  if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    log "Installing PostgreSQL from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(find_pg_bin)
  fi
  [[ -x "$bin/initdb" ]] || { echo "PostgreSQL's initdb was not found after installing" >&2; exit 1; }
  pg_ctl_bin="$bin/pg_ctl"
  # PostgreSQL refuses to run as root; the Debian package creates the postgres user.
  if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); fi

  pg_port=$(free_port "$first_port")
  log "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
  mkdir -p "$data"
  [[ ${#as_pg[@]} -gt 0 ]] && chown postgres "$data"
  "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as_pg[@]}" "$pg_ctl_bin" -D "$data" -l "$data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off $extra" \
    start >/dev/null
}

stop_throwaway_postgres() {
  if [[ -n "$pg_ctl_bin" && -d "$1" ]]; then
    "${as_pg[@]}" "$pg_ctl_bin" -D "$1" -m immediate stop >/dev/null 2>&1 || true
  fi
}
