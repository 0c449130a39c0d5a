#!/usr/bin/env bash
# What a newcomer does: clone the repository into an empty temporary folder (nothing beside it, so
# no ../shared corpus) and run the README's two commands as written, timing each:
#   npm ci && node bin/report-check.cjs examples/sample-report.md
#   npm test
# The clone is of this repository's committed HEAD. By default the Node extension host is installed
# afresh into a temporary folder as well (REPORT_DRAFTER_HOSTS_DIR), as on a new machine;
# `--reuse-hosts` uses the usual cache (~/.cache/report-drafter-hosts) instead. Debian packages and
# npm's download cache are the machine's own. `--keep` keeps the temporary folders.
# Usage: bash scripts/fresh-clone.sh [--reuse-hosts] [--keep] [--first-only]
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
reuse_hosts=0 keep=0 first_only=0
for a in "$@"; do
  case "$a" in
    --reuse-hosts) reuse_hosts=1 ;;
    --keep) keep=1 ;;
    --first-only) first_only=1 ;;
    *) echo "fresh-clone: unknown option $a" >&2; exit 2 ;;
  esac
done

parent="$(mktemp -d "${TMPDIR:-/tmp}/report-drafter-fresh-XXXXXX")"
clone="$parent/report-drafter"
if [ "$reuse_hosts" = 0 ]; then
  REPORT_DRAFTER_HOSTS_DIR="$(mktemp -d "${TMPDIR:-/tmp}/report-drafter-fresh-hosts-XXXXXX")"
  export REPORT_DRAFTER_HOSTS_DIR
fi
# Nothing of this environment may help the clone: no corpus directory, no prepared browser.
unset REPORT_DRAFTER_CORPUS_DIR CHROMIUM_BIN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
cleanup() {
  if [ "$keep" = 1 ]; then echo "fresh-clone: kept $parent ${REPORT_DRAFTER_HOSTS_DIR:-}"; return; fi
  rm -rf "$parent"
  [ "$reuse_hosts" = 0 ] && rm -rf "$REPORT_DRAFTER_HOSTS_DIR"
}
trap cleanup EXIT

timed() {
  local label="$1"; shift
  local t0=$SECONDS
  echo "::: $label"
  (cd "$clone" && bash -c "$*")
  local rc=$?
  echo "::: $label: exit $rc, $((SECONDS - t0)) s"
  results+=("$label: exit $rc, $((SECONDS - t0)) s")
  return $rc
}

results=()
git clone --quiet "$repo" "$clone" || exit 2
echo "fresh-clone: $(git -C "$clone" log -1 --format='%h %s' | cut -c1-100) in $clone"
echo "fresh-clone: beside it: $(ls -A "$parent" | tr '\n' ' ')"
[ "$reuse_hosts" = 0 ] && echo "fresh-clone: Node host to be installed into $REPORT_DRAFTER_HOSTS_DIR"

# The first command exits 1 by design (the sample report has errors): check that and its output.
timed "npm ci" "npm ci"
rc_ci=$?
timed "node bin/report-check.cjs examples/sample-report.md" "node bin/report-check.cjs examples/sample-report.md > ../check-output.txt; rc=\$?; tail -1 ../check-output.txt; [ \$rc = 1 ]"
rc_check=$?
rc_test=0
if [ "$first_only" = 0 ]; then
  timed "npm test" "npm test"
  rc_test=$?
fi

echo
echo "fresh-clone summary ($(nproc) cores, $(date -u +%FT%TZ)):"
for r in "${results[@]}"; do echo "  $r"; done
[ "$rc_ci" = 0 ] && [ "$rc_check" = 0 ] && [ "$rc_test" = 0 ]
