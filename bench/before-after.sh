#!/usr/bin/env bash
# One measurement of one build, for before/after tables on a quiet machine: run it for each build
# (a worktree of the earlier commit built Release, and this one), alternating, on the same corpus.
#   bench/before-after.sh firststart|load|lists|import LABEL BUILD_DIR CORPUS_DIR
# firststart: the Release server on an empty data directory seeded from CORPUS_DIR; prints the time to
#   /healthz, the server's CPU seconds (/proc/<pid>/stat) and peak resident size (VmHWM), and its phases.
# load: bench/load.sh on that database, caches off. lists: the in-process list pages (200 rounds).
# import: `knowledgehub import CORPUS_DIR` into a database holding only the corpus's reference data,
#   then again (every record unchanged), each under /usr/bin/time.
# Everything is written under /tmp/before-after/LABEL; the builds need Release builds of the Api, the
# CLI, bench/KnowledgeHub.Benchmarks and bench/KnowledgeHub.Floor.
set -uo pipefail
what=$1 label=$2 build=$(cd "$3" && pwd) corpus=$(cd "$4" && pwd)
records=$(sed -n 's/^\([0-9]*\) generated records.*/\1/p' "$corpus/SYNTHETIC.md")
out=/tmp/before-after/$label; mkdir -p "$out"
cd "$build"
case "$what" in
firststart)
  rm -rf "$out/data-$records"; ln -sfn "$corpus" "$out/corpus-$records"
  ASPNETCORE_ENVIRONMENT=Production dotnet src/KnowledgeHub.Api/bin/Release/net10.0/KnowledgeHub.Api.dll \
    --urls http://127.0.0.1:5491 --KnowledgeHub:DataDirectory="$out/data-$records" --KnowledgeHub:SeedDirectory="$corpus" \
    --KnowledgeHub:RateLimiting:Enabled=false --Logging:LogLevel:Default=Warning --Logging:LogLevel:KnowledgeHub.Import=Information \
    --Logging:Console:FormatterName=simple --Logging:Console:FormatterOptions:SingleLine=true >"$out/firststart.log" 2>&1 &
  pid=$!
  started=$(date +%s.%N)
  until curl -sf http://127.0.0.1:5491/healthz >/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$out/firststart.log" >&2; exit 1; }
    sleep 0.25
  done
  printf 'first start to /healthz: %.1f s\n' "$(echo "$(date +%s.%N) - $started" | bc)"
  # utime + stime in clock ticks (100 a second)
  awk '{printf "CPU %.1f s\n", ($14 + $15) / 100}' /proc/$pid/stat
  grep VmHWM /proc/$pid/status
  kill $pid; wait $pid 2>/dev/null
  sed -n 's/^.*info: KnowledgeHub\.Import[^ ]* /  /p' "$out/firststart.log"
  ;;
load)
  KNOWLEDGEHUB_LOAD_DIR=$out KNOWLEDGEHUB_LOAD_SERVER_ARGS="--KnowledgeHub:HttpCaching:ResponseCacheMegabytes=0 --KnowledgeHub:Search:ResultCacheSize=0" \
    bench/load.sh "$records" 5 32
  ;;
lists)
  KNOWLEDGEHUB_BENCH_DATA_DIR=$out/data-$records dotnet bench/KnowledgeHub.Benchmarks/bin/Release/net10.0/KnowledgeHub.Benchmarks.dll lists "${KNOWLEDGEHUB_LISTS_ROUNDS:-200}"
  ;;
import)
  ref=$out/reference-seed; rm -rf "$ref" "$out/import-data"; mkdir -p "$ref"
  cp -r "$corpus/reference-data.json" "$corpus/schema" "$ref/"
  cli=src/KnowledgeHub.Cli/bin/Release/net10.0/knowledgehub.dll
  dotnet $cli keys list --KnowledgeHub:DataDirectory="$out/import-data" --KnowledgeHub:SeedDirectory="$ref" >/dev/null
  for run in empty again; do
    /usr/bin/time -f "$run: %e s wall %U user %S sys %M KB peak" dotnet $cli import "$corpus" \
      --KnowledgeHub:DataDirectory="$out/import-data" --KnowledgeHub:SeedDirectory="$ref" 2>&1 | tail -3
  done
  ;;
*) echo "usage: bench/before-after.sh firststart|load|lists|import LABEL BUILD_DIR CORPUS_DIR" >&2; exit 2 ;;
esac
