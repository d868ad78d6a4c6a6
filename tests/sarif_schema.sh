#!/bin/sh
# `check --sarif` against the SARIF 2.1.0 JSON schema, and its fingerprints across a rerun.
# The schema is not kept here: it comes, pinned, from the npm registry (@microsoft/jest-sarif
# ships it with the validator it uses, Ajv), into the build folder. Without node and npm the
# test is skipped (exit 77) and says so.
# usage: tests/sarif_schema.sh NIANBAO WORK_DIR   (from the source root)
set -eu
nianbao=$1 work=$2
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "sarif_schema: SKIPPED: node and npm are needed to validate against the SARIF schema (Debian: nodejs npm)"
  exit 77
fi
mkdir -p "$work"
if [ ! -f "$work/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json" ]; then
  if ! npm install --silent --no-audit --no-fund --prefix "$work" @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null; then
    echo "sarif_schema: SKIPPED: the npm registry did not give @microsoft/jest-sarif@1.0.0-beta.0 (the schema)"
    exit 77
  fi
fi
# The seeds, the real reports kept in the project and the cases (every finding kind, refusals).
status=0
"$nianbao" check --sarif corpus/seeds corpus/real corpus/cases >"$work/first.sarif" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "sarif_schema: check --sarif exited $status (2 expected: corpus/cases holds refusals)"; exit 1; }
"$nianbao" check --sarif corpus/seeds corpus/real corpus/cases >"$work/again.sarif" 2>/dev/null || true
# One agency's years on their own: the findings across years (with the others, two reports of a
# year would stop them being compared).
"$nianbao" check --sarif corpus/years >"$work/years.sarif" 2>/dev/null || true
grep -q '"ruleId":"X_carry_over"' "$work/years.sarif" || { echo "sarif_schema: no finding across years in corpus/years"; exit 1; }
# What kept a run from checking all it was given: a directory with no reports, an edition file
# that does not load. The log still comes, says the run did not succeed, and where.
mkdir -p "$work/empty"
"$nianbao" check --sarif "$work/empty" >"$work/empty.sarif" 2>/dev/null && { echo "sarif_schema: an empty directory passed"; exit 1; }
printf 'edition broken {' >"$work/broken.edition"
"$nianbao" check --sarif --edition-file "$work/broken.edition" corpus/seeds >"$work/broken.sarif" 2>/dev/null &&
  { echo "sarif_schema: a broken edition file passed"; exit 1; }
for log in empty broken; do
  grep -q '"executionSuccessful":false,"toolExecutionNotifications":\[{"level":"error"' "$work/$log.sarif" ||
    { echo "sarif_schema: the $log run's log does not say it failed"; exit 1; }
done
grep -q '"startLine":1,"startColumn":16' "$work/broken.sarif" || { echo "sarif_schema: no place in the broken edition file"; exit 1; }
NODE_PATH="$work/node_modules" node tests/sarif/validate.js "$work/first.sarif" "$work/years.sarif" "$work/empty.sarif" \
  "$work/broken.sarif"
cmp -s "$work/first.sarif" "$work/again.sarif" || { echo "sarif_schema: a rerun wrote another log"; exit 1; }
# Every result has a fingerprint, and no two results share one.
node -e '
  const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const prints = log.runs[0].results.map(r => r.partialFingerprints && r.partialFingerprints["nianbao/v1"]);
  if (prints.some(p => !p)) { console.error("sarif_schema: a result without a fingerprint"); process.exit(1); }
  if (new Set(prints).size !== prints.length) { console.error("sarif_schema: two results share a fingerprint"); process.exit(1); }
  console.log("sarif_schema: " + prints.length + " results, each with its own fingerprint");
' "$work/first.sarif"
