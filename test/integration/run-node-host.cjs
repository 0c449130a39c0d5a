// `npm run test:node-host`: runs the integration suite (dist/test/node/index.js) against the
// extension's `main` entry in VS Code's Node extension host: the VS Code server (1.139.1) bundled in
// npm code-server 4.139.1, on Node 24, with its workbench in headless Chromium driven by Playwright
// (the protocol of VS Code's own browser integration tests). Install the host first with
// scripts/setup-node-host.sh. Bounded in time (NODE_HOST_TIMEOUT_MS, default 5 min).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { prepareWorkspace, removeWorkspace, freePort, findChromium } = require('./workspace.cjs');

const root = path.resolve(__dirname, '..', '..');
const hostsDir = process.env.REPORT_DRAFTER_HOSTS_DIR || path.join(os.homedir(), '.cache', 'report-drafter-hosts');
const nodeBin = path.join(hostsDir, 'node-24.9.0', 'node_modules', 'node', 'bin', 'node');
const serverMain = path.join(hostsDir, 'code-server-4.139.1', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const tests = path.join(root, 'dist', 'test', 'node', 'index.js');
const timeoutMs = Number(process.env.NODE_HOST_TIMEOUT_MS || 300000);

// Workbench chatter unrelated to the tests, shown only with NODE_HOST_VERBOSE=1.
const NOISE = /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]|^(Creating a socket|Resolving connection token|Resolved connection token|Creation of workbench contribution|Updating additional builtin|Ignoring fetching additional builtin|No extension gallery service configured|Timed out waiting for authentication provider)/;

function fail(msg) {
  console.error(msg);
  process.exit(2);
}
if (!fs.existsSync(nodeBin) || !fs.existsSync(serverMain)) fail(`The Node host is not installed in ${hostsDir}: run bash scripts/setup-node-host.sh`);
for (const f of [tests, path.join(root, 'dist', 'extension.js')]) {
  if (!fs.existsSync(f)) fail(`${path.relative(root, f)} is missing: run npm run build && npm run build:tests`);
}
const chromium = findChromium();
if (!chromium) fail('Chromium not found (apt-get install chromium, or set CHROMIUM_BIN)');

(async () => {
  const playwright = require('playwright');
  const ws = prepareWorkspace(root, 'node');
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'report-drafter-vscode-server-'));
  const port = Number(process.env.NODE_HOST_PORT) || (await freePort());
  const host = `127.0.0.1:${port}`;
  // No extension gallery (code-server would ask open-vsx.org; the tests need none), no update checks.
  fs.mkdirSync(path.join(data, 'user', 'User'), { recursive: true });
  fs.writeFileSync(path.join(data, 'user', 'User', 'settings.json'), JSON.stringify({
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
  }, null, 2));
  // Chinese by default, so that one host runs the suite in each language (the web host is English);
  // REPORT_DRAFTER_UI_LANGUAGE=en for English.
  const uiLanguage = (process.env.REPORT_DRAFTER_UI_LANGUAGE ?? 'zh-cn').toLowerCase();
  if (!uiLanguage.startsWith('en')) installStubLanguagePack(path.join(data, 'extensions'), path.join(data, 'user'), uiLanguage);
  const t0 = Date.now();
  let browser;
  let finished = false;

  // Start the bundled VS Code server directly: code-server's own CLI rejects
  // --enable-smoke-test-driver, without which the workbench ignores the test parameters.
  const server = spawn(nodeBin, [serverMain, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--telemetry-level', 'off', '--disable-workspace-trust',
    '--server-data-dir', path.join(data, 'server'), '--user-data-dir', path.join(data, 'user'),
    '--extensions-dir', path.join(data, 'extensions'),
    '--locale', uiLanguage],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EXTENSIONS_GALLERY: '{}', PATH: `${path.dirname(nodeBin)}:${process.env.PATH}` } });

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

/**
 * VS Code switches its display language (vscode.env.language, and with it extensions'
 * package.nls.<lang>.json and l10n bundles) only when a language pack for it is installed.
 * The real packs come from the Marketplace, which is out of reach here; an empty pack is enough
 * to switch (the workbench's own strings stay English for want of translations).
 */
function installStubLanguagePack(extensionsDir, userDataDir, languageId) {
  const dir = path.join(extensionsDir, `report-drafter-test.language-pack-${languageId}-0.0.1`);
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: `language-pack-${languageId}`, publisher: 'report-drafter-test', version: '0.0.1', engines: { vscode: '*' },
    contributes: { localizations: [{ languageId, languageName: languageId, localizedLanguageName: languageId, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }));
  // The server learns of language packs from this cache, which it writes only when a pack is
  // installed through its extension management; written here directly.
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [languageId]: {
      hash: `stub${languageId.replace(/\W/g, '')}`,
      extensions: [{ extensionIdentifier: { id: `report-drafter-test.language-pack-${languageId}` }, version: '0.0.1' }],
      translations: { vscode: path.join(dir, 'translations', 'main.i18n.json') },
      label: languageId,
    },
  }));
}
