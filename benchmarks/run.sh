#!/usr/bin/env bash
# Runs every benchmark and writes the results: benchmarks/results/jmh.json (JMH), cold-start.json,
# batch.json (5,000 programmes through batch) and latest.md (ratios to the hand-coded baseline), and copies the table into benchmarks/README.md.
#   benchmarks/run.sh            build (skipping tests), then JMH (about 17 minutes: Drools needs a long warm-up, and the single assessment runs in three JVMs), then cold start, then batch
#   benchmarks/run.sh --no-build use the jars already built
#   benchmarks/run.sh --no-jmh   cold start and batch only, with the JMH results already in benchmarks/results
# Environment: JMH_ARGS to replace the JMH settings below; RUNS for cold-start and batch repetitions;
# PROGRAMMES for the size of the batch (default 5000).
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
jmh=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --no-jmh) jmh=0 ;;
    *) echo "run.sh: unknown option $arg (expected --no-build or --no-jmh)" >&2; exit 2 ;;
  esac
done
if [[ $build == 1 ]]; then
  mvn -B -q package -DskipTests
fi
mkdir -p benchmarks/results
if [[ $jmh == 1 ]]; then
  # forks: as each benchmark class says (three for AssessBenchmarks, one for the others)
  JMH_ARGS="${JMH_ARGS:--wi 15 -w 2s -i 10 -r 1s}"
  # shellcheck disable=SC2086
  java -jar benchmarks/target/benchmarks.jar $JMH_ARGS -rf json -rff benchmarks/target/jmh.json > benchmarks/target/jmh.txt 2>&1 || {
    # e.g. another JMH run holds the machine-wide lock: its load would spoil these figures anyway
    echo "run.sh: JMH failed; nothing written to benchmarks/results (see benchmarks/target/jmh.txt):" >&2
    grep -m3 -E 'ERROR|Exception' benchmarks/target/jmh.txt >&2 || true
    exit 1
  }
  cp benchmarks/target/jmh.json benchmarks/results/jmh.json
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmarks\.)' benchmarks/target/jmh.txt || true
fi
benchmarks/cold-start.sh
benchmarks/batch.sh
java -cp benchmarks/target/benchmarks.jar org.programmehealth.benchmarks.Summary benchmarks/results benchmarks/README.md
