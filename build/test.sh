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
# shellcheck source=build/postgres.sh
source "$root/build/postgres.sh"

log() { printf '\n== %s\n' "$*"; }

cleanup() {
  stop_throwaway_postgres "$pg_data"
  rm -rf "$work"
}
trap cleanup EXIT

ensure_postgres() {
  start_throwaway_postgres "$pg_data" 55432 "-c max_connections=200"
  export PLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
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
