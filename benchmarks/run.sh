#!/usr/bin/env bash
# Runs every benchmark and writes the results: benchmarks/results/jmh.json (JMH), cold-start.json,
# and latest.md (ratios to the hand-coded baseline), and copies the table into benchmarks/README.md.
#   benchmarks/run.sh            build (skipping tests), then JMH (about 12 minutes: Drools needs a long warm-up), then cold start
#   benchmarks/run.sh --no-build use the jars already built
# Environment: JMH_ARGS to replace the JMH settings below; RUNS for cold-start repetitions.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
  mvn -B -q package -DskipTests
fi
mkdir -p benchmarks/results
JMH_ARGS="${JMH_ARGS:--f 1 -wi 15 -w 2s -i 10 -r 1s}"
# shellcheck disable=SC2086
java -jar benchmarks/target/benchmarks.jar $JMH_ARGS -rf json -rff benchmarks/target/jmh.json > benchmarks/target/jmh.txt 2>&1 || {
  # e.g. another JMH run holds the machine-wide lock: its load would spoil these figures anyway
  echo "run.sh: JMH failed; nothing written to benchmarks/results (see benchmarks/target/jmh.txt):" >&2
  grep -m3 -E 'ERROR|Exception' benchmarks/target/jmh.txt >&2 || true
  exit 1
}
cp benchmarks/target/jmh.json benchmarks/results/jmh.json
grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmarks\.)' benchmarks/target/jmh.txt || true
benchmarks/cold-start.sh
java -cp benchmarks/target/benchmarks.jar org.programmehealth.benchmarks.Summary benchmarks/results benchmarks/README.md
