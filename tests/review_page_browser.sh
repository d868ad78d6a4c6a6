#!/bin/sh
# The review pages in a real browser (Debian's chromium, headless): every page of the seeds and
# the cases (every finding kind) loads and is laid out; in seed 004's page the two （七）总计 cells
# are the likeliest wrong, with the consistent value 3, as the DOM the browser built says; and
# screenshots of seeds 004 and 001 are left in WORK_DIR for a person to look at. Without a
# browser the test is skipped (exit 77) and says so; CI installs one.
# usage: tests/review_page_browser.sh NIANBAO WORK_DIR   (from the source root)
set -eu
nianbao=$1 work=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "review_page_browser: SKIPPED: no chromium to open the pages in (Debian: chromium)"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
fail() { echo "review_page_browser: $*" >&2; exit 1; }
open_page() {  # $1: page; prints the DOM the browser built
  "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --dump-dom "file://$1" 2>/dev/null
}

"$nianbao" check --quiet --html "$work/pages" corpus/seeds corpus/cases >/dev/null 2>&1 || true
pages=$(ls "$work"/pages/*.txt.html "$work"/pages/*.htm*.html | wc -l)
[ "$pages" -ge 90 ] || fail "only $pages pages written"
# Every page in one browser: a frame each, in a page that, once all are loaded, lists which
# frames' documents have a findings list and how tall they were laid out. One launch, not one per
# page: a launch costs seconds. Frames of file:// pages may be read only with
# --allow-file-access-from-files.
frames="$work/all-pages.html"
{
  echo '<!doctype html><meta charset="utf-8"><pre id="seen"></pre>'
  for page in "$work"/pages/*.html; do
    [ "$page" != "$work/pages/index.html" ] || continue
    echo "<iframe src=\"file://$page\" width=\"1000\" height=\"400\"></iframe>"
  done
  cat <<'SCRIPT'
<script>
addEventListener('load', () => {
  document.getElementById('seen').textContent = [...document.querySelectorAll('iframe')].map(frame => {
    const doc = frame.contentDocument;
    const laidOut = doc && doc.querySelector('aside.findings') && doc.documentElement.scrollHeight > 0;
    return (laidOut ? 'seen ' : 'unseen ') + frame.getAttribute('src');
  }).join('\n');
});
</script>
SCRIPT
} >"$frames"
seen=$("$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --allow-file-access-from-files \
  --dump-dom "file://$frames" 2>/dev/null | sed -n '/<pre id="seen">/,/<\/pre>/p' | sed 's/<[^>]*>//g')
unseen=$(echo "$seen" | grep '^unseen ' | head -1 || true)
[ -z "$unseen" ] || fail "${unseen#unseen file://}: the browser built no findings list"
[ "$(echo "$seen" | grep -c '^seen ' || true)" -eq "$(grep -c '<iframe' "$frames")" ] ||
  fail "the browser did not open every page; it saw only: $seen"

page="$work/pages/corpus_seeds_004_11309f8aa4d66d4c.txt.html"
cells=$(open_page "$page" | sed 's/<td /\n<td /g' | grep '^<td ')
for coord in t3/result.total/applicant.natural_person t3/result.total/applicant.total; do
  cell=$(echo "$cells" | grep "id=\"c-$coord\"") || fail "seed 004: no cell $coord"
  echo "$cell" | grep -q 'class="[^"]*likely-wrong' || fail "seed 004: $coord is not marked the likeliest wrong"
  echo "$cell" | grep -q 'data-consistent="3"' || fail "seed 004: $coord does not show the consistent value 3"
done
marked=$(echo "$cells" | grep -c 'class="[^"]*likely-wrong' || true)
[ "$marked" -eq 2 ] || fail "seed 004: $marked cells marked the likeliest wrong, 2 expected"

for seed in 004_11309f8aa4d66d4c 001_dc050822b7b0f109; do
  "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --window-size=1400,2600 --screenshot="$work/seed-$seed.png" "file://$work/pages/corpus_seeds_$seed.txt.html" \
    >/dev/null 2>&1
  [ -s "$work/seed-$seed.png" ] || fail "no screenshot of seed $seed"
done
# The index of a store: its reports sorted by errors, most first, as the address asks.
"$nianbao" check --quiet --db "$work/store.db" --html "$work/corpus" corpus/years corpus/seeds >"$work/quiet.txt" 2>&1 || true
documents=$(grep -c ': edition \|: no edition\|: error:' "$work/quiet.txt" || true)
most=$(sed -n 's/.*, \([0-9][0-9]*\) errors\{0,1\}, .*/\1/p' "$work/quiet.txt" | sort -n | tail -1)
dom=$(open_page "$work/corpus/index.html#sort=reports:errors:desc" | sed 's/<tr/\n<tr/g')
rows=$(echo "$dom" | grep -c '^<tr[ >].*<td class="path">' || true)
[ "$rows" -eq "$documents" ] || fail "index: $rows reports listed, $documents checked"
links=$(echo "$dom" | grep '<td class="path">' | sed -n 's/.*<a href="\([^"]*\)".*/\1/p')
[ "$(echo "$links" | wc -l)" -eq "$documents" ] || fail "index: not every report links to its page"
for link in $links; do [ -s "$work/corpus/$link" ] || fail "index: $link is not a page"; done
echo "$dom" | grep -q 'data-key="errors" data-type="number" aria-sort="descending"' || fail "index: not sorted by errors"
first=$(echo "$dom" | grep -m1 '<td class="path">' | sed 's/<td class="n">/\n/g' | sed -n '2s/<.*//p')
[ "$first" = "$most" ] || fail "index: the first report has $first errors, the most any has is $most"
echo "$dom" | grep -q '<rect x=' || fail "index: no chart"
"$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --window-size=1200,1800 \
  --screenshot="$work/index.png" "file://$work/corpus/index.html#sort=reports:errors:desc" >/dev/null 2>&1
[ -s "$work/index.png" ] || fail "no screenshot of the index"
echo "review_page_browser: $pages pages opened; seed 004's （七）总计 cells marked; the index lists and links $documents reports; screenshots in $work"
