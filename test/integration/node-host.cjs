// The Node extension host shared by the integration runner (run-node-host.cjs) and the README's
// screenshot (scripts/screenshot.cjs): the VS Code 1.139.1 server bundled in npm code-server
// 4.139.1, on Node 24, both installed by scripts/setup-node-host.sh outside the repository.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const hostsDir = process.env.REPORT_DRAFTER_HOSTS_DIR || path.join(os.homedir(), '.cache', 'report-drafter-hosts');
const nodeBin = path.join(hostsDir, 'node-24.9.0', 'node_modules', 'node', 'bin', 'node');
const serverMain = path.join(hostsDir, 'code-server-4.139.1', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');

function isInstalled() {
  return fs.existsSync(nodeBin) && fs.existsSync(serverMain);
}

/** A fresh server data folder with these user settings (and no gallery, updates or telemetry). */
function prepareServerData(prefix, settings) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
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
    ...settings,
  }, null, 2));
  return data;
}

/**
 * Starts the bundled VS Code server directly: code-server's own CLI rejects
 * --enable-smoke-test-driver, without which the workbench ignores the payload's
 * extensionDevelopmentPath and extensionTestsPath. EXTENSIONS_GALLERY={} keeps it from asking
 * open-vsx.org for extensions. A `uiLanguage` other than English gets a stub language pack.
 * `smokeTestDriver: false` starts it as a user has it: the smoke-test driver also turns off
 * notification toasts (they go to the notification centre only), so the screenshot script
 * installs the extension into the extensions folder instead and starts without it.
 */
function startServer({ port, data, uiLanguage = 'en', stdio = ['ignore', 'pipe', 'pipe'], smokeTestDriver = true }) {
  if (!uiLanguage.startsWith('en')) installStubLanguagePack(path.join(data, 'extensions'), path.join(data, 'user'), uiLanguage);
  return spawn(nodeBin, [serverMain, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', ...(smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
    '--telemetry-level', 'off', '--disable-workspace-trust',
    '--server-data-dir', path.join(data, 'server'), '--user-data-dir', path.join(data, 'user'),
    '--extensions-dir', path.join(data, 'extensions'),
    '--locale', uiLanguage],
  { stdio, env: { ...process.env, EXTENSIONS_GALLERY: '{}', PATH: `${path.dirname(nodeBin)}:${process.env.PATH}` } });
}

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

module.exports = { hostsDir, isInstalled, prepareServerData, startServer };
