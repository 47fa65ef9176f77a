#!/usr/bin/env bash
# Cold start, JVM launch to first report, for the same JSON in and out:
#   cli            java -jar examples/target/programme-health.jar assess FILE --format json (QuickStart: a second
#                  JVM with the launcher's flags and the AppCDS archive beside the jar, made on a training run)
#   cli-one-jvm    the same with PROGRAMME_HEALTH_QUICK_START=off: the tool in the JVM that java -jar started
#   cli-launcher   examples/bin/programme-health (quick JIT tier + an AppCDS archive made on a training run)
#   hand           java -jar benchmarks/target/hand-coded-tool.jar FILE (Jackson + hand-coded checks)
#   hand-tuned     the hand-coded tool with the launcher's flags and its own AppCDS archive (like for like)
# By default a bash loop times each run with date +%s%N, the five commands interleaved round by
# round (on a shared machine, load then falls on all alike); COLD_START_TOOL=hyperfine uses
# hyperfine instead (installed from Debian's packages when possible), which runs them one after another. Writes benchmarks/results/cold-start.json: mean, standard deviation and fastest run, in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
OUT=benchmarks/results
WORK=benchmarks/target/cold-start
mkdir -p "$OUT" "$WORK"
IN=examples/assessments/sample-programme.json
CLI=examples/target/programme-health.jar
HAND=benchmarks/target/hand-coded-tool.jar
for f in "$CLI" "$HAND"; do
  [[ -f "$f" ]] || { echo "cold-start: $f is missing; build first: mvn -B -q package -DskipTests" >&2; exit 2; }
done

# training runs: one AppCDS archive per tool
rm -f "$WORK"/*.jsa
java -XX:ArchiveClassesAtExit="$WORK/hand.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$HAND" "$IN" > /dev/null
PROGRAMME_HEALTH_CDS="$WORK/cli.jsa" examples/bin/programme-health assess "$IN" --format json > /dev/null
rm -f "${CLI%.jar}.jsa"
java -jar "$CLI" assess "$IN" --format json > /dev/null
[[ -f "${CLI%.jar}.jsa" ]] || echo "cold-start: java -jar made no archive beside the jar (${CLI%.jar}.jsa)" >&2
# the same bytes either way
cmp -s <(java -jar "$CLI" assess "$IN" --format json) <(PROGRAMME_HEALTH_CDS="$WORK/cli.jsa" examples/bin/programme-health assess "$IN" --format json) \
  || { echo "cold-start: the launcher's report differs from the jar's" >&2; exit 1; }
cmp -s <(java -jar "$CLI" assess "$IN" --format json) <(PROGRAMME_HEALTH_QUICK_START=off java -jar "$CLI" assess "$IN" --format json) \
  || { echo "cold-start: the jar's report in one JVM differs from its report in a second" >&2; exit 1; }

names=(cli cli-one-jvm cli-launcher hand hand-tuned)
cmds=(
  "java -jar $CLI assess $IN --format json"
  "env PROGRAMME_HEALTH_QUICK_START=off java -jar $CLI assess $IN --format json"
  "env PROGRAMME_HEALTH_CDS=$WORK/cli.jsa examples/bin/programme-health assess $IN --format json"
  "java -jar $HAND $IN"
  "java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$WORK/hand.jsa -jar $HAND $IN"
)

if [[ "${COLD_START_TOOL:-loop}" == hyperfine ]] && ! command -v hyperfine > /dev/null && [[ "$(id -u)" == 0 ]] && command -v apt-get > /dev/null; then
  (apt-get install -y -qq hyperfine > /dev/null 2>&1 || (apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq hyperfine > /dev/null 2>&1)) || true
fi

if [[ "${COLD_START_TOOL:-loop}" == hyperfine ]] && command -v hyperfine > /dev/null; then
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --warmup 2 --runs "$RUNS" --style basic --export-json "$WORK/hyperfine.json" "${args[@]}" > "$WORK/hyperfine.txt" 2>&1 \
    || hyperfine --warmup 2 --runs "$RUNS" --style basic --export-json "$WORK/hyperfine.json" "${args[@]}" > "$WORK/hyperfine.txt" 2>&1
  tool="hyperfine $(hyperfine --version | awk '{print $2}')"
  {
    echo "{\"tool\": \"$tool\", \"runs\": $RUNS, \"results\": {"
    first=1
    for n in "${names[@]}"; do
      field() { grep -A40 "\"command\": \"$n\"" "$WORK/hyperfine.json" | grep -m1 "\"$1\"" | sed -E 's/.*: *([0-9.eE+-]+).*/\1/'; }
      mean=$(field mean); sd=$(field stddev); min=$(field min)
      [[ $first == 1 ]] || echo ","
      first=0
      echo "\"$n\": {\"mean\": $mean, \"stddev\": ${sd:-0}, \"min\": ${min:-$mean}}"
    done
    echo "}}"
  } > "$OUT/cold-start.json"
else
  # interleaved: each round runs every command once, so that load from other processes, which
  # comes and goes, falls on all of them alike
  for i in "${!names[@]}"; do for _ in 1 2; do ${cmds[$i]} > /dev/null; done; done
  declare -A times
  for _ in $(seq "$RUNS"); do
    for i in "${!names[@]}"; do
      t0=$(date +%s%N); ${cmds[$i]} > /dev/null; t1=$(date +%s%N)
      times[$i]+="$(( t1 - t0 )) "
    done
  done
  {
    echo "{\"tool\": \"bash loop, interleaved, date +%s%N\", \"runs\": $RUNS, \"results\": {"
    for i in "${!names[@]}"; do
      stats=$(printf '%s\n' ${times[$i]} | awk 'NR==1{mn=$1} {s+=$1; q+=$1*$1; if ($1<mn) mn=$1} END {m=s/NR; v=q/NR-m*m; if (v<0) v=0; printf "%.6f %.6f %.6f", m/1e9, sqrt(v)/1e9, mn/1e9}')
      read -r mean sd min <<< "$stats"
      [[ $i == 0 ]] || echo ","
      echo "\"${names[$i]}\": {\"mean\": $mean, \"stddev\": $sd, \"min\": $min}"
    done
    echo "}}"
  } > "$OUT/cold-start.json"
fi
cat "$OUT/cold-start.json"
