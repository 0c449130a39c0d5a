// `npm run test:node-host`: runs the integration suite (dist/test/node/index.js) against the
// extension's `main` entry in VS Code's Node extension host: the VS Code server (1.139.1) bundled in
// npm code-server 4.139.1, on Node 24, with its workbench in headless Chromium driven by Playwright
// (the protocol of VS Code's own browser integration tests). Install the host first with
// scripts/setup-node-host.sh. Bounded in time (NODE_HOST_TIMEOUT_MS, default 5 min).
'use strict';
const fs = require('fs');
const path = require('path');
const { hostsDir, isInstalled, prepareServerData, startServer } = require('./node-host.cjs');
const { prepareWorkspace, removeWorkspace, freePort, findChromium } = require('./workspace.cjs');

const root = path.resolve(__dirname, '..', '..');
const tests = path.join(root, 'dist', 'test', 'node', 'index.js');
const timeoutMs = Number(process.env.NODE_HOST_TIMEOUT_MS || 300000);

// Workbench chatter unrelated to the tests, shown only with NODE_HOST_VERBOSE=1.
const NOISE = /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]|^(Creating a socket|Resolving connection token|Resolved connection token|Creation of workbench contribution|Updating additional builtin|Ignoring fetching additional builtin|No extension gallery service configured|Timed out waiting for authentication provider)/;

function fail(msg) {
  console.error(msg);
  process.exit(2);
}
if (!isInstalled()) fail(`The Node host is not installed in ${hostsDir}: run bash scripts/setup-node-host.sh`);
for (const f of [tests, path.join(root, 'dist', 'extension.js')]) {
  if (!fs.existsSync(f)) fail(`${path.relative(root, f)} is missing: run npm run build && npm run build:tests`);
}
const chromium = findChromium();
if (!chromium) fail('Chromium not found (apt-get install chromium, or set CHROMIUM_BIN)');

(async () => {
  const playwright = require('playwright');
  const ws = prepareWorkspace(root, 'node');
  const port = Number(process.env.NODE_HOST_PORT) || (await freePort());
  const host = `127.0.0.1:${port}`;
  const data = prepareServerData('report-drafter-vscode-server-');
  // Chinese by default, so that one host runs the suite in each language (the web host is English);
  // REPORT_DRAFTER_UI_LANGUAGE=en for English.
  const uiLanguage = (process.env.REPORT_DRAFTER_UI_LANGUAGE ?? 'zh-cn').toLowerCase();
  const t0 = Date.now();
  let browser;
  let finished = false;

  const server = startServer({ port, data, uiLanguage });

  const finish = async (code, what) => {
    if (finished) return;
    finished = true;
    console.log(`node host (VS Code server of code-server 4.139.1, Node 24, ui ${uiLanguage}): ${what} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    try { if (browser) await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 5000))]); } catch { /* closing anyway */ }
    server.kill();
    removeWorkspace(ws);
    if (!process.env.REPORT_DRAFTER_KEEP_WORKSPACE) {
      try { fs.rmSync(data, { recursive: true, force: true }); } catch { /* best effort */ }
    } else console.log(`server data kept in ${data}`);
    process.exit(code);
  };
  setTimeout(() => finish(3, `TIMED OUT after ${timeoutMs / 1000}s`), timeoutMs).unref();

  const verbose = !!process.env.NODE_HOST_VERBOSE;
  server.stderr.on('data', (d) => { if (verbose) process.stderr.write(`[server] ${d}`); });
  server.on('exit', (c) => { if (!finished) { console.error(`the VS Code server exited (${c})`); finish(4, 'server exited'); } });

  let started = false;
  server.stdout.on('data', async (d) => {
    if (verbose) process.stdout.write(`[server] ${d}`);
    if (started || !/Extension host agent listening|HTTP server listening|Web UI available/.test(String(d))) return;
    started = true;
    try {
      browser = await playwright.chromium.launch({ executablePath: chromium, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
      const page = await browser.newPage();
      // The smoke-test driver routes the test run's console and its exit code to these.
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        if (!verbose && typeof args[0] === 'string' && NOISE.test(args[0])) return;
        const fn = typeof console[type] === 'function' ? console[type] : console.log;
        fn(...args);
      });
      await page.exposeFunction('codeAutomationExit', (code) => finish(code ? 1 : 0, code ? `tests FAILED (exit code ${code})` : 'tests passed'));
      if (verbose) page.on('console', (m) => console.log('[page]', m.type(), m.text().slice(0, 500)));
      page.on('pageerror', (e) => console.error('[page error]', e.message));
      const remote = (p) => `vscode-remote://${host}${p}`;
      const payload = JSON.stringify([
        ['extensionDevelopmentPath', remote(root)],
        ['extensionTestsPath', remote(tests)],
        ['skipWelcome', 'true'],
      ]);
      await page.goto(`http://${host}/?folder=${encodeURIComponent(remote(ws))}&payload=${encodeURIComponent(payload)}`);
    } catch (err) {
      console.error('could not open the workbench:', err);
      finish(5, 'browser FAILED');
    }
  });
})();

