#!/usr/bin/env bash
# Batch, the path a PMO takes: PROGRAMMES (default 5,000) programmes as one JSON Lines file, every
# assessment the project ships in turn under ids of its own (Portfolio), through
#   engine  java -jar examples/target/programme-health.jar batch FILE.jsonl --output OUT   (all cores)
#   hand    java -cp benchmarks/target/hand-coded-tool.jar ...HandCodedBatch FILE.jsonl     (one thread)
# interleaved round by round, RUNS rounds (default 5: the fastest of 3 moved between 5.5x and 6.3x
# in one afternoon). Checks that both write one line per input
# (plus the summary), then writes benchmarks/results/batch.json: mean and fastest run, in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${PROGRAMMES:-5000}"
RUNS="${RUNS:-5}"
OUT=benchmarks/results
WORK=benchmarks/target/batch
mkdir -p "$OUT" "$WORK"
CLI=examples/target/programme-health.jar
HAND=benchmarks/target/hand-coded-tool.jar
for f in "$CLI" "$HAND" benchmarks/target/benchmarks.jar; do
  [[ -f "$f" ]] || { echo "batch: $f is missing; build first: mvn -B -q package -DskipTests" >&2; exit 2; }
done
IN="$WORK/portfolio.jsonl"
java -cp benchmarks/target/benchmarks.jar org.programmehealth.benchmarks.Portfolio "$IN" "$N" \
  examples/assessments rules-catalogue/src/main/resources/org/programmehealth/catalogue > /dev/null

engine=""
hand=""
for _ in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  java -jar "$CLI" batch "$IN" --output "$WORK/engine.jsonl"
  t1=$(date +%s%N)
  java -cp "$HAND" org.programmehealth.benchmarks.HandCodedBatch "$IN" > "$WORK/hand.jsonl"
  t2=$(date +%s%N)
  engine+="$(( t1 - t0 )) "
  hand+="$(( t2 - t1 )) "
done
for f in engine hand; do
  lines=$(wc -l < "$WORK/$f.jsonl")
  [[ "$lines" == "$(( N + 1 ))" ]] || { echo "batch: $f wrote $lines lines for $N inputs" >&2; exit 1; }
done
stats() { printf '%s\n' $1 | awk 'NR==1{mn=$1} {s+=$1; if ($1<mn) mn=$1} END {printf "{\"mean\": %.3f, \"min\": %.3f}", s/NR/1e9, mn/1e9}'; }
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
echo "{\"programmes\": $N, \"runs\": $RUNS, \"threads\": $(nproc), \"load\": $load, \"engine\": $(stats "$engine"), \"hand\": $(stats "$hand")}" > "$OUT/batch.json"
cat "$OUT/batch.json"
