// Prepares the folder the integration tests open as their workspace: a fresh temporary copy of
// test/fixtures/workspace, plus the masked corpus report as masked-report.txt and masked-report.md
// when the corpus is beside the clone (../shared/corpus) or, when set, in $REPORT_DRAFTER_CORPUS_DIR
// (only there). Corpus text is only ever copied to the temporary folder.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const MASKED = '000_party-building-report-2022-masked.txt';

function findCorpus(repoRoot) {
  // When set, only REPORT_DRAFTER_CORPUS_DIR is looked at (set it to an empty folder to run without).
  const candidates = process.env.REPORT_DRAFTER_CORPUS_DIR !== undefined
    ? [process.env.REPORT_DRAFTER_CORPUS_DIR]
    : [path.resolve(repoRoot, '..', 'shared', 'corpus')];
  for (const dir of candidates) {
    if (dir && fs.existsSync(path.join(dir, MASKED))) return dir;
  }
  return undefined;
}

/** Returns the absolute path of a new temporary workspace folder. */
function prepareWorkspace(repoRoot, label = 'ws') {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), `report-drafter-${label}-`));
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  const corpus = findCorpus(repoRoot);
  if (corpus) {
    const text = fs.readFileSync(path.join(corpus, MASKED));
    // The corpus folder may be read-only; copies made by writeFile are writable.
    fs.writeFileSync(path.join(ws, 'masked-report.txt'), text);
    fs.writeFileSync(path.join(ws, 'masked-report.md'), text);
    console.log(`workspace: ${ws} (fixtures + masked report from ${corpus})`);
  } else {
    console.log(`workspace: ${ws} (fixtures only; no corpus found, the masked-report tests will be skipped)`);
  }
  return ws;
}

function removeWorkspace(ws) {
  if (process.env.REPORT_DRAFTER_KEEP_WORKSPACE) return;
  try { fs.rmSync(ws, { recursive: true, force: true }); } catch { /* best effort */ }
}

/** A free TCP port on the loopback interface. */
function freePort() {
  const net = require('net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_BIN, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && fs.existsSync(p));
}

module.exports = { prepareWorkspace, removeWorkspace, freePort, findChromium, findCorpus };
