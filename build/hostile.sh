#!/usr/bin/env bash
# Times the host's answers to hostile requests (invalid UTF-8, 100,000-deep nesting, 50,000 aliases,
# fragment fan-out, 8 MB bodies, deep JSON variables, deep literals). Starts the real host twice on
# 127.0.0.1, first with the default limits, then with the size limits raised so the deeper defences
# answer, and prints one table per run: milliseconds, status, error code, and whether a plain query
# still works right after. Needs the .NET SDK and Node.js 20+. The numbers depend on the machine;
# GraphQLHostileInputTests checks the answers themselves (tests never assert timings).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
work=$(mktemp -d "${TMPDIR:-/tmp}/platform-hostile.XXXXXX")
pid=""
cleanup() { if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/Platform.Host -nologo -v quiet -clp:ErrorsOnly >/dev/null
host_dll="src/Platform.Host/bin/Debug/net10.0/Platform.Host.dll"

run() {
  local title=$1; shift
  local port=5180
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  ASPNETCORE_ENVIRONMENT=Development dotnet "$host_dll" --contentRoot "$root/src/Platform.Host" --urls "http://127.0.0.1:$port" \
    --Database:SqlitePath "$work/platform.db" --Logging:LogLevel:Default Warning --GraphQL:RateLimitPermits 0 "$@" >"$work/host.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
    sleep 0.5
  done
  printf '\n== %s\n' "$title"
  node build/hostile.mjs "http://127.0.0.1:$port/graphql"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

run "Default limits"
run "Size limits raised (16 MB bodies, 16M characters, 2M tokens)" \
  --GraphQL:MaxRequestBytes 16777216 --GraphQL:MaxDocumentLength 16000000 --GraphQL:MaxTokens 2000000
