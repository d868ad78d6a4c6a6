#!/bin/sh
# The command loads poppler with the first PDF it reads, not at start: poppler is none of the
# libraries the program needs; a PDF is read through the module beside it; and a program whose
# module is missing refuses a PDF in one line, exit 2, while it still reads text.
# usage: tests/pdf_on_demand.sh NIANBAO WORK_DIR   (from the source root)
set -eu
nianbao=$1 work=$2
fail() { echo "pdf_on_demand: $*"; exit 1; }
! readelf -d "$nianbao" | grep -q 'NEEDED.*poppler' || fail "the program links poppler: $(readelf -d "$nianbao" | grep poppler)"
pdf=corpus/pdf/000_7f1b1d18961b41ce.pdf
status=0
out=$("$nianbao" check "$pdf" 2>&1) || status=$?
[ "$status" -eq 0 ] || fail "check $pdf exited $status: $out"
rm -rf "$work"
mkdir -p "$work"
cp "$nianbao" "$work/nianbao"
status=0
out=$("$work/nianbao" check "$pdf" 2>&1) || status=$?
[ "$status" -eq 2 ] || fail "without its module, check $pdf exited $status (2 expected): $out"
echo "$out" | grep -q "PDF reading is not installed: nianbao-poppler.so is in none of" || fail "unclear refusal: $out"
[ "$(echo "$out" | wc -l)" -eq 1 ] || fail "the refusal is not one line: $out"
"$work/nianbao" check --quiet corpus/seeds/000_7f1b1d18961b41ce.txt >/dev/null || fail "without its module, text is not read"
rm -rf "$work"
echo "pdf_on_demand: poppler is loaded with the first PDF, and its absence is said"
