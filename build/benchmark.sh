#!/usr/bin/env bash
# The GraphQL engine's benchmarks: parse, validate and execute on four cases (build/benchmarks/cases),
# timed with BenchmarkDotNet for our engine and with bench.mjs for graphql-js and graphql-jit, in
# the same run. Ends with one table: case x phase, our mean and allocation, theirs, and the ratios.
# Takes a few minutes; not part of build/test.sh (tests never assert timings).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out="$root/build/artifacts/benchmarks"
project="build/benchmarks/Platform.GraphQL.Benchmarks"

log() { printf '\n== %s\n' "$*" >&2; }

rm -rf "$out"
mkdir -p "$out"

log "Building the benchmarks in Release"
dotnet build "$project" -c Release -nologo -v quiet -o "$out/bin" >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }

log "graphql-js and graphql-jit (build/benchmarks/js)"
(cd build/benchmarks/js && npm ci --no-audit --no-fund --loglevel=error >&2)
node build/benchmarks/js/bench.mjs >"$out/js.json"

log "BenchmarkDotNet (log: build/artifacts/benchmarks/benchmarkdotnet.log)"
dotnet "$out/bin/Platform.GraphQL.Benchmarks.dll" --filter '*' --artifacts "$out/BenchmarkDotNet.Artifacts" \
  >"$out/benchmarkdotnet.log" 2>&1 || { tail -n 40 "$out/benchmarkdotnet.log" >&2; exit 1; }

report=$(ls "$out"/BenchmarkDotNet.Artifacts/results/*-report-full.json)
log "Results"
node build/benchmarks/js/table.mjs "$report" "$out/js.json"
