#!/usr/bin/env bash
# Runs GeneBot's benchmarks in one go and writes one comparison table (docs/BENCHMARKS.md explains the numbers):
#   quality  genebot eval --beir on SciFact test and MedQuAD cancer/genetics dev, GeneBot's ranker and the Lucene
#            BM25-flat baseline, then the peer libraries (bench/peers) on the same files with the same metrics;
#   speed    the scale harness (bench/GeneBot.Benchmarks scale: 100,000 passages) and the peers' query throughput on
#            the same corpus and questions; then mentions through FakeDiscord to the hosted bot (e2e, 20/s for 60 s);
#   micro    with --micro, the BenchmarkDotNet micro-benchmarks (short job);
#   semantic with --semantic, GeneBot with semantic re-ranking (Knowledge:Semantic) on both suites, and the scale
#            harness with it on 5,000 passages (embedding runs at tens of passages a second: about 20 minutes more).
# Usage: bench/run.sh [--micro] [--semantic] [--passages N]   Env: SHARED (default ../shared/bench), OUT (default /tmp/genebot-bench)
# Takes about 9 minutes on the 2-core CI machine (11 with --micro, about 30 with --semantic). Not part of CI. Time it on
# a quiet machine (uptime load average below 1): the script prints the load before and after.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=${SHARED:-../shared/bench}
OUT=${OUT:-/tmp/genebot-bench}
ART="$OUT/artifacts"
PASSAGES=100000
MICRO=0
SEMANTIC=0
while (($#)); do
  case "$1" in
    --micro) MICRO=1 ;;
    --semantic) SEMANTIC=1 ;;
    --passages) PASSAGES=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -f "$SHARED/scifact/corpus.jsonl" ]] || { echo "No BEIR data in $SHARED (set SHARED=...)" >&2; exit 2; }
mkdir -p "$OUT"
: >"$OUT/quality.jsonl"
: >"$OUT/scale-peers.jsonl"
rm -f "$OUT/e2e.json" "$OUT/micro.md" "$OUT/scale-semantic.json"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start=$(date +%s)
echo "load before: $(uptime)" | tee "$OUT/load.txt"

echo "== build (Release)"
dotnet build src/GeneBot -c Release --artifacts-path "$ART" -v quiet -nologo >/dev/null
dotnet build bench/GeneBot.Benchmarks -c Release --artifacts-path "$ART" -v quiet -nologo >/dev/null
GENEBOT="$ART/bin/GeneBot/release/genebot"
BENCH="$ART/bin/GeneBot.Benchmarks/release/GeneBot.Benchmarks"
if [[ ! -d bench/peers/node_modules ]]; then (cd bench/peers && npm ci --no-audit --no-fund --silent); fi

echo "== quality"
for suite in "scifact test" "medquad-cancer-genetics dev"; do
  read -r name split <<<"$suite"
  for ranker in geneBot baseline; do
    label=$([[ $ranker == geneBot ]] && echo "GeneBot (its own ranking)" || echo "GeneBot baseline (Lucene BM25 flat)")
    json=$("$GENEBOT" eval --beir "$SHARED/$name" --split "$split" --ranker "$ranker" --format json)
    echo "{\"engine\":\"$label\",\"collection\":\"$name\",\"split\":\"$split\",${json:1}" | tee -a "$OUT/quality.jsonl"
  done
  if ((SEMANTIC)); then
    json=$("$GENEBOT" eval --beir "$SHARED/$name" --split "$split" --semantic --format json)
    echo "{\"engine\":\"GeneBot + semantic re-ranking\",\"collection\":\"$name\",\"split\":\"$split\",${json:1}" | tee -a "$OUT/quality.jsonl"
  fi
  node --expose-gc bench/peers/beir.mjs --beir "$SHARED/$name" --split "$split" --format json | tee -a "$OUT/quality.jsonl"
done

echo "== speed at $PASSAGES passages"
"$BENCH" scale --passages "$PASSAGES" --work "$OUT/scale" --shared "$SHARED" | tee "$OUT/scale.md"
cp "$OUT/scale/scale.json" "$OUT/scale.json"
# The peers search every question of the scale set; MiniSearch and lunr get 200 spread evenly over it (they take
# a quarter of a second or more each at 100k).
node --expose-gc bench/peers/beir.mjs --beir "$OUT/scale/beir" --engines wink-bm25-text-search --format json | tee -a "$OUT/scale-peers.jsonl"
node --expose-gc bench/peers/beir.mjs --beir "$OUT/scale/beir" --engines minisearch,lunr --max-queries 200 --format json | tee -a "$OUT/scale-peers.jsonl"

if ((SEMANTIC)); then
  echo "== speed with semantic re-ranking at 5000 passages"
  "$BENCH" scale --semantic --passages 5000 --work "$OUT/scale-semantic" --shared "$SHARED" | tee "$OUT/scale-semantic.md"
  cp "$OUT/scale-semantic/scale.json" "$OUT/scale-semantic.json"
fi

echo "== end to end: mentions through FakeDiscord at 20/s for 60 s"
"$BENCH" e2e --rate 20 --seconds 60 | tee "$OUT/e2e.json"

if ((MICRO)); then
  echo "== micro-benchmarks"
  (cd "$OUT" && "$BENCH" micro --job short --filter '*' >"$OUT/micro.log")
  cp "$OUT"/BenchmarkDotNet.Artifacts/results/*AnswerPathBenchmarks-report-github.md "$OUT/micro.md"
  cat "$OUT/micro.md"
fi

echo "load after: $(uptime)" | tee -a "$OUT/load.txt"
{
  echo "# GeneBot benchmark run, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory; .NET $(dotnet --version), node $(node --version)."
  echo "Load: $(head -n1 "$OUT/load.txt" | sed 's/.*load average/before: load average/'); $(tail -n1 "$OUT/load.txt" | sed 's/.*load average/after: load average/')."
  echo "Run time: $(( $(date +%s) - start )) s."
  echo
  node bench/peers/report.mjs "$OUT"
} >"$OUT/comparison.md"
cat "$OUT/comparison.md"
echo "(written to $OUT/comparison.md)"
