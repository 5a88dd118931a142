#!/usr/bin/env bash
# Host start-up with and without the shipped partner plugins, and the time to hot-reload a changed
# plugin, measured on the real host (Release build, Development configuration, a fresh SQLite file per
# start). Prints one table. Not part of build/test.sh (tests never assert timings).
#
#   start-up   launch of `dotnet Platform.Host.dll` until /health answers: runtime start, migrations,
#              plugin loading and partner set-up (a hosted service that finishes before the server
#              listens). "without plugins" points Plugins:Root at an empty folder: the four demo
#              partners are then marked failed at once.
#   reload     a changed plugin.json (version bumped) in a watched plugins folder until the partners
#              API serves the partner on the new version: watcher, settle delay (set to RELOAD_SETTLE),
#              load of the new version, partner rebuilt, old version unloaded.
#
# RUNS=5 (each measurement), PORT=5190, RELOAD_SETTLE=00:00:00.100.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${RUNS:-5}
port=${PORT:-5190}
settle=${RELOAD_SETTLE:-00:00:00.100}
out="$root/build/artifacts/measure-plugins"
bin="$root/src/Platform.Host/bin/Release/net10.0"
work=$(mktemp -d)
host_pid=""

cleanup() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

log() { printf '== %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

log "Building the host and the shipped plugins in Release"
rm -rf "$out"; mkdir -p "$out"
# Not with -o: the plugins would be built into the host's folder too. The host's build copies them
# from build/artifacts/plugins into its own plugins/ folder.
dotnet build src/Platform.Host -c Release -nologo -v quiet >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; exit 1; }

# The demo partners answer at once here, so polling the partners API measures the reload, not their latency.
fast=(--Partners:globalcare:Settings:Latency=00:00:00 --Partners:bosphorus-transfers:Settings:Latency=00:00:00
      --Partners:lingua-medica:Settings:Latency=00:00:00 --Partners:ctgov:Settings:Latency=00:00:00)

start_host() { # $1 = plugins root, $2 = watch, $3 = run folder
  mkdir -p "$3"
  (cd "$bin" && ASPNETCORE_ENVIRONMENT=Development exec dotnet Platform.Host.dll --urls "http://127.0.0.1:$port" \
      --Database:SqlitePath="$3/platform.db" --Plugins:Root="$1" --Plugins:WatchForChanges="$2" \
      --Plugins:ChangeSettleDelay="$settle" --GraphQL:RateLimitPermits=0 "${fast[@]}" >"$3/host.log" 2>&1) &
  host_pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$host_pid" 2>/dev/null || { tail -n 30 "$3/host.log" >&2; exit 1; }
    sleep 0.01
  done
}

stop_host() { kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""; }

# Prints "median min max" of the numbers given.
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%d %d %d", v[int((NR + 1) / 2)], v[1], v[NR] }'; }

# The registry's own figure from the host's log: "Partner plugins ready: ... in N ms".
ready_ms() { grep -o 'partners active, in [0-9]* ms' "$1/host.log" | grep -o '[0-9]\+' | head -n 1; }

measure_start() { # $1 = plugins root, $2 = name; leaves start times in $2.total and the registry's in $2.ready
  : >"$work/$2.total"; : >"$work/$2.ready"
  # One unmeasured start first: the first launch after a build pays for disk caches.
  start_host "$1" false "$work/warm-$2"; stop_host
  for i in $(seq "$runs"); do
    local t0 dir="$work/$2-$i"; t0=$(now_ms)
    start_host "$1" false "$dir"
    echo $(( $(now_ms) - t0 )) >>"$work/$2.total"
    stop_host
    ready_ms "$dir" >>"$work/$2.ready"
  done
}

log "Start-up with the four shipped plugins ($runs runs)"
measure_start "$bin/plugins" with
log "Start-up without plugins ($runs runs)"
mkdir -p "$work/no-plugins"
measure_start "$work/no-plugins" without

log "Hot reload of a changed plugin ($runs changes)"
cp -r "$bin/plugins" "$work/watched"
start_host "$work/watched" true "$work/reload"
token=$(curl -s "http://127.0.0.1:$port/auth/dev-token?user=administrator" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
version_of_ctgov() {
  curl -s "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $token" -G --data-urlencode 'query={ partners { id pluginVersion status } }' \
    | grep -o '"id":"ctgov","pluginVersion":"[^"]*","status":"[A-Z]*"' || true
}
reloads=()
reloaded=()
for i in $(seq "$runs"); do
  manifest="$work/watched/clinical-trials/plugin.json"
  sed -i "s/\"version\": *\"[^\"]*\"/\"version\": \"1.0.$i\"/" "$manifest"
  t0=$(now_ms)
  until [[ "$(version_of_ctgov)" == "\"id\":\"ctgov\",\"pluginVersion\":\"1.0.$i\",\"status\":\"ACTIVE\"" ]]; do
    kill -0 "$host_pid" 2>/dev/null || { tail -n 30 "$work/reload/host.log" >&2; exit 1; }
    (( $(now_ms) - t0 < 60000 )) || { echo "clinical-trials 1.0.$i was not served within 60 s" >&2; tail -n 30 "$work/reload/host.log" >&2; exit 1; }
    sleep 0.01
  done
  reloads+=($(( $(now_ms) - t0 )))
  reloaded+=("$(grep -o "Plugin clinical-trials reloaded: version 1.0.$i, Loaded, in [0-9]* ms" "$work/reload/host.log" | grep -o '[0-9]\+ ms' | grep -o '[0-9]\+' | tail -n 1)")
done
stop_host

read -r w_med w_min w_max <<<"$(stats $(cat "$work/with.total"))"
read -r o_med o_min o_max <<<"$(stats $(cat "$work/without.total"))"
read -r wr_med wr_min wr_max <<<"$(stats $(cat "$work/with.ready"))"
read -r or_med or_min or_max <<<"$(stats $(cat "$work/without.ready"))"
read -r r_med r_min r_max <<<"$(stats "${reloads[@]}")"
read -r rr_med rr_min rr_max <<<"$(stats "${reloaded[@]}")"
settle_ms=$(awk -F: '{ printf "%d", ($1 * 3600 + $2 * 60 + $3) * 1000 }' <<<"$settle")
printf '\n%-52s %6s %8s %8s %8s\n' "measurement (ms)" "runs" "median" "min" "max"
printf '%-52s %6d %8d %8d %8d\n' "host start-up, four shipped plugins, four partners" "$runs" "$w_med" "$w_min" "$w_max"
printf '%-52s %6d %8d %8d %8d\n' "host start-up, no plugins" "$runs" "$o_med" "$o_min" "$o_max"
printf '%-52s %6d %8d %8d %8d\n' "  of which loading plugins and partners (registry)" "$runs" "$wr_med" "$wr_min" "$wr_max"
printf '%-52s %6d %8d %8d %8d\n' "  of which the same with no plugins (registry)" "$runs" "$or_med" "$or_min" "$or_max"
printf '%-52s %6d %8d %8d %8d\n' "reload, file change to new version served (API)" "$runs" "$r_med" "$r_min" "$r_max"
printf '%-52s %6d %8d %8d %8d\n' "  of which reload itself (registry, after settle)" "$runs" "$rr_med" "$rr_min" "$rr_max"
printf '\nThe end-to-end reload includes the %d ms settle delay and the API polling (every 10 ms).\n' "$settle_ms"
printf 'Load average during the run: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
