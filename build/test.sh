#!/usr/bin/env bash
# The test command. On a fresh Debian machine with the .NET SDK it installs what the tests need
# (PostgreSQL, Node.js, Chromium and the npm packages of the reference implementations), starts a throwaway
# PostgreSQL on 127.0.0.1, builds once, runs every test project and ends with one line:
# "N passed, N failed", summed over all suites.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
work=$(mktemp -d "${TMPDIR:-/tmp}/platform-test.XXXXXX")
chmod 755 "$work"
pg_data="$work/pg"
pg_ctl_bin=""
as_pg=()

log() { printf '\n== %s\n' "$*"; }

cleanup() {
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

ensure_postgres() {
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
  # PostgreSQL refuses to run as root; the Debian package creates the postgres user.
  if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); fi

  local port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

  log "Starting a throwaway PostgreSQL on 127.0.0.1:$port"
  mkdir -p "$pg_data"
  [[ ${#as_pg[@]} -gt 0 ]] && chown postgres "$pg_data"
  "${as_pg[@]}" "$bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as_pg[@]}" "$pg_ctl_bin" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  export PLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "Installing Node.js from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  log "Installing the reference implementations (tests/conformance)"
  npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error
}

# The GraphiQL browser test drives Debian's Chromium through playwright-core (never a downloaded browser).
ensure_chromium() {
  if [[ ! -x /usr/bin/chromium ]]; then
    log "Installing Chromium from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

ensure_postgres
ensure_node
ensure_chromium

log "Building"
dotnet build Platform.sln -nologo -v quiet -clp:ErrorsOnly

# Plugin SDK packages into the local feed (build/artifacts/packages): Platform.Sdk.Tests builds the
# dotnet new template and samples/partner-plugin against them. Fails on a breaking SDK API change.
log "Packing the plugin SDK (build/pack.sh)"
build/pack.sh

results="$work/results"
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "Testing $name"
  dotnet test "$project" --no-build -nologo -v quiet \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0
failed=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

echo
echo "$passed passed, $failed failed"
if [[ $passed -eq 0 || $failed -gt 0 ]]; then status=1; fi
exit $status
