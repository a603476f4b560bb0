#!/usr/bin/env bash
# Load test: starts the Release server on a generated corpus, runs each request type of
# bench/load/requests.txt with wrk, and prints requests/s and p50/p99 per type, with
# `{ __typename }` as the ceiling of our HTTP + GraphQL stack (ratios are against it).
#   bench/load.sh [records=10000] [seconds=10] [connections=32]
# Only loopback traffic; every run is bounded in time and stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-10000}
seconds=${2:-10}
connections=${3:-32}
port=${KNOWLEDGEHUB_LOAD_PORT:-5391}
work=$(mktemp -d /tmp/knowledgehub-load.XXXXXX)
server_pid=

cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

echo "Building (Release)..." >&2
for project in src/KnowledgeHub.Api src/KnowledgeHub.Cli; do dotnet build -c Release -v quiet -nologo "$project" >/dev/null; done

echo "Generating $records records..." >&2
dotnet run -c Release --no-build --project src/KnowledgeHub.Cli -- generate --records "$records" --seed 1 --output "$work/corpus" >/dev/null

echo "Starting the server on 127.0.0.1:$port..." >&2
started=$(date +%s.%N)
ASPNETCORE_ENVIRONMENT=Production dotnet src/KnowledgeHub.Api/bin/Release/net10.0/KnowledgeHub.Api.dll \
  --urls "http://127.0.0.1:$port" --KnowledgeHub:DataDirectory="$work/data" --KnowledgeHub:SeedDirectory="$work/corpus" \
  --KnowledgeHub:RateLimiting:Enabled=false --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 1200); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
printf 'first start (import + index build): %.1f s\n' "$(echo "$(date +%s.%N) - $started" | bc)"
rss=$(ps -o rss= -p "$server_pid" | tr -d ' ')

printf '\n%-14s %10s %9s %9s %8s\n' "request" "req/s" "p50" "p99" "ratio"
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
  printf '%-14s %10s %9s %9s %7.0f%%\n' "$name" "$rps" "$p50" "$p99" "$(echo "100 * $rps / $ceiling" | bc -l)"
done < bench/load/requests.txt
printf '\nresident memory after start: %d MB; after load: %d MB\n' "$((rss / 1024))" "$(( $(ps -o rss= -p "$server_pid" | tr -d ' ') / 1024 ))"
