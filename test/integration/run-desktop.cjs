// `npm run test:desktop`: runs the integration suite (dist/test/node/index.js) in desktop VS Code
// with @vscode/test-electron, where VS Code can be downloaded (a developer's computer, public CI);
// on Linux without a display, run it under xvfb-run. Set VSCODE_EXECUTABLE_PATH to use an installed
// VS Code instead of a download, VSCODE_TEST_VERSION to pick a version (default: stable).
'use strict';
const fs = require('fs');
const path = require('path');
const { prepareWorkspace, removeWorkspace } = require('./workspace.cjs');

const root = path.resolve(__dirname, '..', '..');
const tests = path.join(root, 'dist', 'test', 'node', 'index.js');
for (const f of [tests, path.join(root, 'dist', 'extension.js')]) {
  if (!fs.existsSync(f)) {
    console.error(`${path.relative(root, f)} is missing: run npm run build && npm run build:tests`);
    process.exit(2);
  }
}

(async () => {
  const { runTests } = require('@vscode/test-electron');
  const ws = prepareWorkspace(root, 'desktop');
  const t0 = Date.now();
  // Bound the whole run (download, start-up, tests). test-electron closes VS Code on a first SIGINT
  // and kills its process tree on a second one; then this process exits.
  const timeoutMs = Number(process.env.TEST_DESKTOP_TIMEOUT_MS || 900000);
  setTimeout(() => {
    console.error(`desktop VS Code tests TIMED OUT after ${timeoutMs / 1000}s`);
    process.emit('SIGINT');
    setTimeout(() => process.emit('SIGINT'), 10000).unref();
    setTimeout(() => { removeWorkspace(ws); process.exit(3); }, 15000).unref();
  }, timeoutMs).unref();
  let code = 0;
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: tests,
      launchArgs: [ws, '--disable-extensions'], // test-electron adds --disable-workspace-trust, --skip-welcome, ...
    });
    console.log(`desktop VS Code: tests passed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  } catch (err) {
    console.error('desktop VS Code tests FAILED:', err && err.message ? err.message : err);
    code = 1;
  } finally {
    removeWorkspace(ws);
  }
  process.exit(code);
})();
