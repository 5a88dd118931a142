#!/usr/bin/env bash
# The scale benchmark (issue 6): for SQLite and for PostgreSQL, loads a center of SMALL patients
# (3 journeys each, ~10 pathway tasks per journey) with build/scale/Platform.Scale, starts the host
# (Release, Development configuration, demo off) on it, times the main screens' GraphQL queries
# (build/scale/cases.json) over HTTP, grows the same database to LARGE patients and times them again.
# Prints the generation throughput and one table: case x provider, p95 at both sizes and their ratio
# (about 1: the query stays flat as the center grows).
#   SMALL=10000 LARGE=100000 ITERATIONS=200 PROVIDERS="Sqlite Postgres" build/scale.sh
# Not part of build/test.sh: tests never assert timings. Takes long at the default sizes on two cores.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
small=${SMALL:-10000}
large=${LARGE:-100000}
iterations=${ITERATIONS:-200}
providers=${PROVIDERS:-"Sqlite Postgres"}
out="$root/build/artifacts/scale"
bin="$root/src/Platform.Host/bin/Release/net10.0"
scale="$root/build/scale/Platform.Scale/bin/Release/net10.0/Platform.Scale.dll"
work=$(mktemp -d "${TMPDIR:-/tmp}/platform-scale.XXXXXX")
chmod 755 "$work"
pg_data="$work/pg"
pg_ctl_bin=""
as_pg=()
host_pid=""

log() { printf '== %s\n' "$*" >&2; }

cleanup() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; fi
  if [[ -n "$pg_ctl_bin" && -d "$pg_data" ]]; then
    "${as_pg[@]}" "$pg_ctl_bin" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root (or sudo) to run: $*" >&2; return 1; fi
}

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# A throwaway PostgreSQL on 127.0.0.1, as build/test.sh starts one; sets pg_connection.
start_postgres() {
  local bin
  bin=$(find_pg_bin)
  if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    log "Installing PostgreSQL from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(find_pg_bin)
  fi
  [[ -x "$bin/initdb" ]] || { echo "PostgreSQL's initdb was not found after installing" >&2; exit 1; }
  pg_ctl_bin="$bin/pg_ctl"
  if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); fi
  local port
  port=$(free_port 55532)
  log "Starting a throwaway PostgreSQL on 127.0.0.1:$port"
  mkdir -p "$pg_data"
  [[ ${#as_pg[@]} -gt 0 ]] && chown postgres "$pg_data"
  "${as_pg[@]}" "$bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as_pg[@]}" "$pg_ctl_bin" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  "${as_pg[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE scale" >/dev/null
  pg_connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=scale"
}

free_port() { local port=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done; echo "$port"; }

generate() { # $1 provider, $2 connection, $3 patients, $4 from
  dotnet "$scale" generate --provider "$1" --connection "$2" --patients "$3" --from "$4" | tee -a "$out/generate-$1.log" >&2
  grep '^Loaded' "$out/generate-$1.log" | tail -n 1 >>"$out/throughput.txt"
}

measure() { # $1 provider, $2 connection, $3 label
  local port
  port=$(free_port 5290)
  (cd "$bin" && ASPNETCORE_ENVIRONMENT=Development Demo__Enabled=false Journeys__EscalationInterval=0 \
      Database__Provider="$1" Database__ConnectionString="$2" GraphQL__RateLimitPermits=0 \
      exec dotnet Platform.Host.dll --urls "http://127.0.0.1:$port" >"$out/host-$1-$3.log" 2>&1) &
  host_pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$host_pid" 2>/dev/null || { tail -n 30 "$out/host-$1-$3.log" >&2; exit 1; }
    sleep 0.2
  done
  dotnet "$scale" measure "http://127.0.0.1:$port" "$root/build/scale/cases.json" "$iterations" "$1 $3" | tee -a "$out/results.jsonl" >&2
  kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
}

rm -rf "$out"; mkdir -p "$out"
: >"$out/results.jsonl"; : >"$out/throughput.txt"
log "Building the host and the generator in Release"
dotnet build src/Platform.Host -c Release -nologo -v quiet >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; exit 1; }
dotnet build build/scale/Platform.Scale -c Release -nologo -v quiet >>"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; exit 1; }

for provider in $providers; do
  case "$provider" in
    Sqlite) connection="Data Source=$work/scale.db" ;;
    Postgres) start_postgres; connection="$pg_connection" ;;
    *) echo "Unknown provider $provider (Sqlite or Postgres)" >&2; exit 2 ;;
  esac
  log "$provider: generating $small patients"
  generate "$provider" "$connection" "$small" 0
  log "$provider: measuring at $small"
  measure "$provider" "$connection" small
  log "$provider: growing to $large patients"
  generate "$provider" "$connection" "$((large - small))" "$small"
  log "$provider: measuring at $large"
  measure "$provider" "$connection" large
done

echo
echo "Generation:"
sed 's/^/  /' "$out/throughput.txt"
echo
node - "$out/results.jsonl" "$small" "$large" <<'JS'
const fs = require('fs');
const [file, small, large] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const byKey = new Map();
for (const r of rows) {
  const [provider, size] = r.label.split(' ');
  const key = `${r.case}\u0000${provider}`;
  byKey.set(key, { ...(byKey.get(key) ?? {}), [size]: r.p95 });
}
const fmt = n => Number(n).toLocaleString('en-US');
const lines = [[ 'case', 'provider', `p95 ms at ${fmt(small)}`, `p95 ms at ${fmt(large)}`, 'ratio' ]];
for (const [key, v] of byKey) {
  const [name, provider] = key.split('\u0000');
  lines.push([name, provider, v.small?.toFixed(2) ?? '-', v.large?.toFixed(2) ?? '-', v.small && v.large ? (v.large / v.small).toFixed(2) + 'x' : '-']);
}
const widths = lines[0].map((_, i) => Math.max(...lines.map(l => l[i].length)));
for (const [i, l] of lines.entries()) {
  console.log('| ' + l.map((c, j) => j >= 2 ? c.padStart(widths[j]) : c.padEnd(widths[j])).join(' | ') + ' |');
  if (i === 0) console.log('| ' + widths.map((w, j) => j >= 2 ? '-'.repeat(w - 1) + ':' : '-'.repeat(w)).join(' | ') + ' |');
}
JS
