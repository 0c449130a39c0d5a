// Bundles the CLI (Node) and, when present, the extension (desktop and web) with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, target: 'es2022', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };

// Diagnostics link each rule id to its heading in the README shipped with the extension.
const ruleDocLines = {};
readFileSync('README.md', 'utf8').split('\n').forEach((line, i) => {
  const m = /^### ([a-z]+(?:-[a-z]+)*)$/.exec(line);
  if (m) ruleDocLines[m[1]] = i + 1;
});
const extensionDefine = { __RULE_DOC_LINES__: JSON.stringify(ruleDocLines) };

const builds = [
  esbuild.build({
    ...common, platform: 'node', format: 'cjs', entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.cjs',
    // ESM dependencies read import.meta.url, which a CommonJS bundle lacks.
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__import_meta_url' },
  }),
  // The engine alone, for benchmarks and for scripts that embed it.
  esbuild.build({ ...common, platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'], entryPoints: ['src/core/index.ts'], outfile: 'dist/core.cjs' }),
];
if (existsSync('src/extension/node.ts')) {
  builds.push(esbuild.build({ ...common, platform: 'node', format: 'cjs', external: ['vscode'], entryPoints: ['src/extension/node.ts'], outfile: 'dist/extension.js', define: extensionDefine }));
}
if (existsSync('src/extension/web.ts')) {
  builds.push(esbuild.build({
    ...common, platform: 'browser', format: 'cjs', external: ['vscode'], entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js', define: { global: 'globalThis', ...extensionDefine },
    // The web extension host is a Web Worker: no `document`. Prefer packages' worker builds
    // (decode-named-character-reference's "browser" build calls document.createElement).
    conditions: ['worker'],
  }));
}
await Promise.all(builds);
