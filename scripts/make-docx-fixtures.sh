#!/usr/bin/env bash
# Builds the Word fixtures of test/fixtures/docx/ from their sources, with LibreOffice
# (another writer than the project's own export, which the tests call directly):
#   libreoffice-report.fodt -> libreoffice-report.docx  (automatic Chinese list numbering,
#                                                         a table, a text box, a field …)
#   libreoffice-report.fodt -> libreoffice-report.doc   (binary Word 97, for the "save as .docx" message)
# and copies both into test/fixtures/workspace/word/ (draft.docx, old.doc) for the integration tests.
# Needs `soffice` (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui).
# The outputs are committed; run this again only after changing a source.
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/docx"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install --no-install-recommends libreoffice-writer-nogui" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A private profile, so a running LibreOffice or the user's settings do not interfere.
profile="file://$tmp/profile"
soffice -env:UserInstallation="$profile" --headless --convert-to docx --outdir "$tmp" libreoffice-report.fodt >/dev/null
soffice -env:UserInstallation="$profile" --headless --convert-to doc --outdir "$tmp" libreoffice-report.fodt >/dev/null
cp "$tmp/libreoffice-report.docx" "$tmp/libreoffice-report.doc" .
# The integration tests open them from the test workspace.
mkdir -p ../workspace/word
cp libreoffice-report.docx ../workspace/word/draft.docx
cp libreoffice-report.doc ../workspace/word/old.doc
ls -l libreoffice-report.docx libreoffice-report.doc ../workspace/word
