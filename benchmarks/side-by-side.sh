#!/usr/bin/env bash
# Two builds of the command-line jar side by side in one JVM (see SideBySide.java): for a change whose
# effect is smaller than the noise between separate runs on a shared machine.
#   benchmarks/side-by-side.sh BEFORE.jar [AFTER.jar]   (AFTER defaults to examples/target/programme-health.jar)
#   benchmarks/side-by-side.sh --engine BEFORE.jar [AFTER.jar]   the engine alone on the sample (PASSES default 60)
#   benchmarks/side-by-side.sh --end-to-end BEFORE.jar [AFTER.jar]   the sample's text to its JSON report (PASSES default 60)
# Keep a copy of the jar before a change (cp examples/target/programme-health.jar /tmp/before.jar),
# rebuild, then run this. PASSES (default 12) and PROGRAMMES (default 5000) as for batch.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=
if [[ "${1:-}" == "--engine" || "${1:-}" == "--end-to-end" ]]; then mode="$1"; shift; fi
[[ $# -ge 1 ]] || { echo "usage: benchmarks/side-by-side.sh [--engine|--end-to-end] BEFORE.jar [AFTER.jar]" >&2; exit 2; }
BEFORE="$1"
AFTER="${2:-examples/target/programme-health.jar}"
N="${PROGRAMMES:-5000}"
for f in "$BEFORE" "$AFTER" benchmarks/target/benchmarks.jar; do
  [[ -f "$f" ]] || { echo "side-by-side: $f is missing (build first: mvn -B -q package -DskipTests)" >&2; exit 2; }
done
if [[ -n "$mode" ]]; then
  exec java -cp benchmarks/target/benchmarks.jar org.programmehealth.benchmarks.SideBySide "$mode" \
    examples/assessments/sample-programme.json "${PASSES:-60}" "$BEFORE" "$AFTER"
fi
WORK=benchmarks/target/batch
mkdir -p "$WORK"
IN="$WORK/portfolio-$N.jsonl"
java -cp benchmarks/target/benchmarks.jar org.programmehealth.benchmarks.Portfolio "$IN" "$N" \
  examples/assessments rules-catalogue/src/main/resources/org/programmehealth/catalogue > /dev/null
java -cp benchmarks/target/benchmarks.jar org.programmehealth.benchmarks.SideBySide "$IN" "${PASSES:-12}" "$BEFORE" "$AFTER"
