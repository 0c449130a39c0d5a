// `node scripts/screenshot.cjs [out.png]`: the README's screenshots, taken from the real workbench.
// Starts the VS Code server of code-server (the Node extension host, as in
// test/integration/run-node-host.cjs) with this extension in development mode, opens the
// shipped sample report in headless Chromium, shows the Report Outline view and the Problems
// panel, and saves a PNG (default media/workbench.png); then runs Check Report with the panel
// closed and saves what the user sees (check-report.png beside it), and opens the preview in its
// page view (preview-sample.png). Needs scripts/setup-node-host.sh and a build.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { isInstalled, prepareServerData, startServer } = require('../test/integration/node-host.cjs');
const { freePort, findChromium } = require('../test/integration/workspace.cjs');

const root = path.resolve(__dirname, '..');
const out = path.resolve(process.argv[2] || path.join(root, 'media', 'workbench.png'));
const chromium = findChromium();
if (!isInstalled() || !chromium) {
  console.error('Needs the Node host (bash scripts/setup-node-host.sh) and Chromium.');
  process.exit(2);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  const wsParent = fs.mkdtempSync(path.join(os.tmpdir(), 'report-drafter-shot-ws-'));
  const ws = path.join(wsParent, '工作汇报');
  fs.mkdirSync(ws);
  fs.copyFileSync(path.join(root, 'examples', 'sample-report.md'), path.join(ws, 'sample-report.md'));
  const data = prepareServerData('report-drafter-shot-data-', {
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.tips.enabled': false,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.fontSize': 15,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
  });
  // Installed as a user installs it (a folder in the extensions directory, here a link to this
  // checkout), so the server runs without the smoke-test driver, which would hide notification toasts.
  const extensions = path.join(data, 'extensions');
  fs.mkdirSync(extensions, { recursive: true });
  fs.symlinkSync(root, path.join(extensions, `report-drafter.report-drafter-${require(path.join(root, 'package.json')).version}`), 'dir');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const server = startServer({ port, data, stdio: ['ignore', 'pipe', 'inherit'], smokeTestDriver: false });
  let browser;
  const done = (code) => {
    server.kill();
    fs.rmSync(wsParent, { recursive: true, force: true });
    fs.rmSync(data, { recursive: true, force: true });
    process.exit(code);
  };
  setTimeout(() => { console.error('timed out'); done(3); }, 180000).unref();
  await new Promise((resolve) => server.stdout.on('data', (d) => { if (/listening|Web UI available/.test(String(d))) resolve(); }));
  try {
    const playwright = require('playwright');
    browser = await playwright.chromium.launch({ executablePath: chromium, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const remote = (p) => `vscode-remote://${host}${p}`;
    const payload = JSON.stringify([['skipWelcome', 'true']]);
    await page.goto(`http://${host}/?folder=${encodeURIComponent(remote(ws))}&payload=${encodeURIComponent(payload)}`);
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60000 });
    await sleep(4000);
    const palette = async (text) => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
      await page.keyboard.type(text);
      await sleep(800);
      await page.keyboard.press('Enter');
      await sleep(1500);
    };
    // Quick Open finds nothing until the file search is up: try again a few times.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input');
      await page.keyboard.type('sample-report.md');
      await sleep(1500);
      await page.keyboard.press('Enter');
      try {
        await page.waitForSelector('.monaco-editor .view-lines', { timeout: 10000 });
        break;
      } catch (err) {
        if (attempt === 4) throw err;
        await page.keyboard.press('Escape');
      }
    }
    await sleep(3000);
    await palette('View: Close All Notifications');
    await palette('Explorer: Focus on Report Outline View');
    await palette('View: Focus Problems');
    // Fold the file tree away so the Report Outline view has the side bar's height.
    await page.locator('.pane-header', { hasText: '工作汇报' }).first().click();
    await page.locator('.pane-header', { hasText: 'Outline' }).first().isVisible();
    await sleep(800);
    // Back to the text, on a line with a placeholder, so the status bar shows the report's counts.
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+Home');
    await sleep(2500);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`saved ${path.relative(process.cwd(), out)}`);
    // Check Report from a clean window: where does its summary show?
    await palette('View: Hide Panel');
    await palette('View: Close All Notifications');
    await page.click('.monaco-editor .view-lines');
    // The checklist button in the editor title, where a writer runs it.
    await page.locator('.editor-actions .action-label[aria-label^="Check Report"]').first().click();
    await sleep(2500);
    const checkOut = path.join(path.dirname(out), 'check-report.png');
    await page.screenshot({ path: checkOut });
    console.log(`saved ${path.relative(process.cwd(), checkOut)}`);
    // The preview beside the text, switched to its page view by its own button.
    await palette('View: Hide Panel');
    await palette('View: Close All Notifications');
    await palette('View: Toggle Primary Side Bar Visibility');
    await page.click('.monaco-editor .view-lines');
    await palette('Report Drafter: Preview Report');
    await sleep(4000);
    const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await webview.locator('#rd-page-view').click({ timeout: 20000 });
    await sleep(3000);
    // Scroll the preview to the break between pages 1 and 2, where `— 1 —` stands.
    for (const f of page.frames()) {
      const found = await f.evaluate(() => {
        const second = document.querySelector('.rd-page[data-page="2"]');
        if (!second) return false;
        window.scrollTo(0, window.scrollY + second.getBoundingClientRect().top - window.innerHeight * 0.45);
        return true;
      }).catch(() => false);
      if (found) break;
    }
    await sleep(2000);
    const previewOut = path.join(path.dirname(out), 'preview-sample.png');
    await page.screenshot({ path: previewOut });
    console.log(`saved ${path.relative(process.cwd(), previewOut)}`);
    await browser.close();
    done(0);
  } catch (err) {
    console.error(err);
    if (process.env.SCREENSHOT_DEBUG && browser) await browser.contexts()[0]?.pages()[0]?.screenshot({ path: `${out}.failed.png` }).catch(() => {});
    if (browser) await browser.close().catch(() => {});
    done(1);
  }
})();
