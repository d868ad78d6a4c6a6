#!/bin/sh
# A file name that is not UTF-8 (a GBK name from a Windows share, say) in the JSON outputs: the
# bytes are replaced, the document stays whole, and the exit status is the report's.
# usage: tests/odd_file_name.sh NIANBAO WORK_DIR   (from the source root)
set -eu
nianbao=$1 work=$2
rm -rf "$work"
mkdir -p "$work"
name="$work/$(printf 'bad\377name.txt')"
cp corpus/seeds/000_7f1b1d18961b41ce.txt "$name"
for form in --json --jsonl --sarif; do
  status=0
  out=$("$nianbao" check $form "$name" 2>&1) || status=$?
  [ "$status" -eq 0 ] || { echo "odd_file_name: check $form exited $status: $out"; exit 1; }
  case $form in
    --json) echo "$out" | tail -1 | grep -q '"corpus_findings":\[\]}$' || { echo "odd_file_name: --json cut short"; exit 1; } ;;
    --jsonl) echo "$out" | grep -q '"status":"checked"' || { echo "odd_file_name: --jsonl has no record"; exit 1; } ;;
    --sarif) echo "$out" | tail -1 | grep -q '^\]}\]}$' || { echo "odd_file_name: --sarif cut short"; exit 1; } ;;
  esac
done
rm -rf "$work"
echo "odd_file_name: JSON, JSON Lines and SARIF written whole"
