#!/usr/bin/env bash
# The scale benchmark (issue 6): for SQLite and for PostgreSQL, loads a center of SMALL patients
# (3 journeys each, ~10 pathway tasks per journey) with build/scale/Platform.Scale, keeps a copy of it,
# grows the database to LARGE patients, then starts the host (Release, Development configuration, demo
# off) on each size in turn and times the main screens' GraphQL queries (build/scale/cases.json) over
# HTTP. The providers load in parallel (one core each); all timing happens after loading has finished,
# both sizes back to back, so they run under the same conditions. Prints the generation throughput and
# one table: case x provider, p95 at both sizes and their ratio (about 1: the query stays flat).
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
# shellcheck source=build/postgres.sh
source "$root/build/postgres.sh"
host_pid=""

log() { printf '== %s\n' "$*" >&2; }

cleanup() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; fi
  stop_throwaway_postgres "$pg_data"
  rm -rf "$work"
}
trap cleanup EXIT

# A throwaway PostgreSQL on 127.0.0.1 (build/postgres.sh) with a database of its own; sets pg_connection.
start_postgres() {
  start_throwaway_postgres "$pg_data" 55532
  "${as_pg[@]}" "$(dirname "$pg_ctl_bin")/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE scale" >/dev/null
  pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=scale"
}

psql_admin() { "${as_pg[@]}" "$(dirname "$pg_ctl_bin")/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "$1" >/dev/null; }

generate() { # $1 provider, $2 connection, $3 patients, $4 from
  dotnet "$scale" generate --provider "$1" --connection "$2" --patients "$3" --from "$4" >>"$out/generate-$1.log" 2>&1
  grep '^Loaded' "$out/generate-$1.log" | tail -n 1 >>"$out/throughput-$1.txt"
}

connection_of() { # $1 provider, $2 size label
  case "$1" in
    Sqlite) echo "Data Source=$work/scale-$2.db" ;;
    Postgres) echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=scale_$2" ;;
  esac
}

measure() { # $1 provider, $2 connection, $3 label
  local port
  port=$(free_port 5290)
  (cd "$bin" && ASPNETCORE_ENVIRONMENT=Development Demo__Enabled=false Journeys__EscalationInterval=0 \
      Scheduling__ReminderInterval=0 Records__OrphanSweepInterval=0 \
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

# Loads SMALL patients, keeps that database as the small one, grows a copy to LARGE.
load() { # $1 provider
  local grow
  case "$1" in
    Sqlite) grow="Data Source=$work/scale.db" ;;
    Postgres) grow="$pg_connection" ;;
  esac
  log "$1: generating $small patients (progress: $out/generate-$1.log)"
  generate "$1" "$grow" "$small" 0
  case "$1" in
    Sqlite) cp "$work/scale.db" "$work/scale-small.db" ;;
    Postgres) psql_admin "CREATE DATABASE scale_small TEMPLATE scale" ;;
  esac
  log "$1: growing to $large patients"
  generate "$1" "$grow" "$((large - small))" "$small"
  case "$1" in
    Sqlite) mv "$work/scale.db" "$work/scale-large.db" ;;
    Postgres) psql_admin "ALTER DATABASE scale RENAME TO scale_large" ;;
  esac
  log "$1: loaded"
}
rm -rf "$out"; mkdir -p "$out"
: >"$out/results.jsonl"
log "Building the host and the generator in Release"
dotnet build src/Platform.Host -c Release -nologo -v quiet >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; exit 1; }
dotnet build build/scale/Platform.Scale -c Release -nologo -v quiet >>"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; exit 1; }

pids=()
for provider in $providers; do
  case "$provider" in
    Sqlite) ;;
    Postgres) start_postgres ;;
    *) echo "Unknown provider $provider (Sqlite or Postgres)" >&2; exit 2 ;;
  esac
  load "$provider" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || { log "loading failed; see $out/generate-*.log"; exit 1; }; done

for provider in $providers; do
  for size in small large; do
    log "$provider: measuring the $size center"
    measure "$provider" "$(connection_of "$provider" "$size")" "$size"
  done
done

echo
echo "Generation:"
cat "$out"/throughput-*.txt | sed 's/^/  /'
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
