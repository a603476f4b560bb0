#!/usr/bin/env bash
# Load test: starts the Release server on a generated corpus, runs each request type of
# bench/load/requests.txt with wrk, and prints requests/s and p50/p99 per type. Two ratios: against
# the machine's floor (bench/KnowledgeHub.Floor: bare Kestrel answering `{ __typename }`'s bytes,
# loaded first, so every run says what this machine can serve at all) and against our own
# `{ __typename }` (the ceiling of our HTTP + GraphQL pipeline).
#   bench/load.sh [records=10000] [seconds=10] [connections=32]
# KNOWLEDGEHUB_LOAD_DIR=DIR keeps the generated corpus (DIR/corpus-N) and the database and index
# (DIR/data-N) between runs, so a large run generates and imports once; without it, everything
# lives in a temp folder that is removed at the end. KNOWLEDGEHUB_LOAD_SECONDS=0 skips the load.
# KNOWLEDGEHUB_LOAD_SERVER_ARGS adds server settings. wrk repeats one request, which the server's
# response cache (and the search result cache) answer from memory after the first time; to measure
# execution, turn both off: --KnowledgeHub:HttpCaching:ResponseCacheMegabytes=0
# --KnowledgeHub:Search:ResultCacheSize=0.
# Every run also restarts the server on its existing database and index and prints that start-up.
# Only loopback traffic; every run is bounded in time and stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-10000}
seconds=${KNOWLEDGEHUB_LOAD_SECONDS:-${2:-10}}
connections=${3:-32}
port=${KNOWLEDGEHUB_LOAD_PORT:-5391}
work=$(mktemp -d /tmp/knowledgehub-load.XXXXXX)
keep=${KNOWLEDGEHUB_LOAD_DIR:-$work}
corpus="$keep/corpus-$records"
data="$keep/data-$records"
server_pid=

cleanup() {
  stop_server
  rm -rf "$work"
}
stop_server() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  server_pid=
}
trap cleanup EXIT

# Starts the server on $data and waits for /healthz; prints how long that took and the start's phases.
start_server() {
  local label=$1 started
  started=$(date +%s.%N)
  ASPNETCORE_ENVIRONMENT=Production dotnet src/KnowledgeHub.Api/bin/Release/net10.0/KnowledgeHub.Api.dll \
    --urls "http://127.0.0.1:$port" --KnowledgeHub:DataDirectory="$data" --KnowledgeHub:SeedDirectory="$corpus" \
    --KnowledgeHub:RateLimiting:Enabled=false --Logging:LogLevel:Default=Warning \
    --Logging:LogLevel:KnowledgeHub.Import=Information --Logging:Console:FormatterName=simple \
    --Logging:Console:FormatterOptions:SingleLine=true ${KNOWLEDGEHUB_LOAD_SERVER_ARGS:-} >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 14400); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.25
  done
  printf '%s: %.1f s, resident memory %d MB\n' "$label" "$(echo "$(date +%s.%N) - $started" | bc)" "$(( $(ps -o rss= -p "$server_pid" | tr -d ' ') / 1024 ))"
  sed -n 's/^.*info: KnowledgeHub\.Import[^ ]* /  /p' "$work/server.log"
}

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

echo "Building (Release)..." >&2
for project in src/KnowledgeHub.Api bench/KnowledgeHub.Corpus bench/KnowledgeHub.Floor; do dotnet build -c Release -v quiet -nologo "$project" >/dev/null; done

if [ -f "$corpus/SYNTHETIC.md" ] && grep -q "^$records generated records" "$corpus/SYNTHETIC.md"; then
  echo "Reusing the corpus in $corpus" >&2
else
  echo "Generating $records records..." >&2
  rm -rf "$data"
  started=$(date +%s.%N)
  dotnet bench/KnowledgeHub.Corpus/bin/Release/net10.0/KnowledgeHub.Corpus.dll --records "$records" --seed 1 --output "$corpus" >/dev/null
  printf 'generation: %.1f s (%s)\n' "$(echo "$(date +%s.%N) - $started" | bc)" "$(du -sh "$corpus" | cut -f1)"
fi

echo "Starting the server on 127.0.0.1:$port..." >&2
if [ -f "$data/knowledgehub.db" ]; then
  start_server "start with an existing database and index"
else
  start_server "first start (migrate, import, index build)"
  stop_server
  start_server "start with an existing database and index"
fi
rss=$(ps -o rss= -p "$server_pid" | tr -d ' ')
[ "${KNOWLEDGEHUB_LOAD_SECONDS:-}" = 0 ] && exit 0
# Warm up (JIT, pools) on the ceiling request first, unmeasured, so it is not the slowest by being first.
# 10 s: under wrk the tiered JIT needs about that long on 2 cores; after 3 s the next 5 s of
# `{ __typename }` still ran at half speed (8-10k against 19-22k req/s, both builds, session 9).
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[{"query":"{ __typename }"}]]\n' >"$work/warm.lua"
wrk -t2 -c"$connections" -d10s -s "$work/warm.lua" "http://127.0.0.1:$port/graphql" >/dev/null
# The floor: bare Kestrel on the next port, the same POST, the same wrk settings; stopped before ours runs.
dotnet bench/KnowledgeHub.Floor/bin/Release/net10.0/KnowledgeHub.Floor.dll --urls "http://127.0.0.1:$((port + 1))" >/dev/null 2>&1 &
floor_pid=$!
for _ in $(seq 1 120); do curl -sf -X POST "http://127.0.0.1:$((port + 1))/" >/dev/null && break; sleep 0.25; done
wrk -t2 -c"$connections" -d3s -s "$work/warm.lua" "http://127.0.0.1:$((port + 1))/" >/dev/null
floor_out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/warm.lua" "http://127.0.0.1:$((port + 1))/")
kill "$floor_pid" 2>/dev/null; wait "$floor_pid" 2>/dev/null || true
floor=$(awk '/Requests\/sec/ {print $2}' <<<"$floor_out")
printf '\n%-16s %10s %9s %9s %9s %9s\n' "request" "req/s" "p50" "p99" "of floor" "of typename"
printf '%-16s %10s %9s %9s %8.0f%% %9s\n' "fixed-bytes" "$floor" "$(awk '$1=="50%" {print $2}' <<<"$floor_out")" "$(awk '$1=="99%" {print $2}' <<<"$floor_out")" 100 "-"
ceiling=
while IFS='|' read -r name query; do
  case "$name" in ''|\#*) continue ;; esac
  body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$query")
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$body]]
LUA
  # Check the request answers without errors before loading it.
  if curl -s -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/graphql" | grep -q '"errors"'; then
    echo "$name: the request answers with errors; skipped" >&2
    continue
  fi
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/graphql")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  [ -z "$ceiling" ] && ceiling=$rps
  printf '%-16s %10s %9s %9s %8.0f%% %8.0f%%\n' "$name" "$rps" "$p50" "$p99" "$(echo "100 * $rps / $floor" | bc -l)" "$(echo "100 * $rps / $ceiling" | bc -l)"
done < bench/load/requests.txt
printf '\nresident memory after start: %d MB; after load: %d MB\n' "$((rss / 1024))" "$(( $(ps -o rss= -p "$server_pid" | tr -d ' ') / 1024 ))"
