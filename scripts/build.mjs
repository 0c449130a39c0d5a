// Bundles the CLI (Node) and, when present, the extension (desktop and web) with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
// `--outdir DIR`: where the bundles go (dist/ by default; `npm run bench` times activation of a
// production bundle built elsewhere, leaving dist/ as the tests use it).
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt > 0 ? process.argv[outdirAt + 1] : 'dist';
// (charset utf8: esbuild's default writes every Chinese character of the wording entries and the
// messages as a \uXXXX escape, six bytes where UTF-8 takes three; Node and the web extension host's
// worker read scripts as UTF-8. The package is some 40 KB smaller for it.)
const common = { bundle: true, target: 'es2022', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none', charset: 'utf8' };

// Diagnostics link each rule id to its heading in the README shipped with the extension.
const ruleDocLines = {};
readFileSync('README.md', 'utf8').split('\n').forEach((line, i) => {
  const m = /^### ([a-z]+(?:-[a-z]+)*)$/.exec(line);
  if (m) ruleDocLines[m[1]] = i + 1;
});
const extensionDefine = { __RULE_DOC_LINES__: JSON.stringify(ruleDocLines) };

const separateDocxWriter = {
  name: 'separate-docx-writer',
  setup(build) {
    build.onResolve({ filter: /\/export\/docx$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './export-docx.js', external: true } : undefined));
  },
};

// `import * as vscode from 'vscode'` in a CommonJS bundle makes esbuild copy the API object's
// ~400 members into a fresh namespace (its __toESM helper) once per importing module: 18 copies,
// about a third of the bundle's load time. One shared facade that reads only the members the
// extension names is loaded once instead.
const vscodeFacade = {
  name: 'vscode-facade',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-facade' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-facade' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-facade' }, () => {
      const members = new Set();
      for (const file of readdirSync('src/extension', { recursive: true })) {
        if (!String(file).endsWith('.ts')) continue;
        for (const m of readFileSync(`src/extension/${file}`, 'utf8').matchAll(/\bvscode\.([A-Za-z_$][\w$]*)/g)) members.add(m[1]);
      }
      const lines = [...members].sort().map((name) => `export const ${name} = api.${name};`);
      return { contents: `const api = require('vscode');\n${lines.join('\n')}\n`, loader: 'js', resolveDir: process.cwd() };
    });
  },
};

/**
 * The typo check's context patterns (src/core/language/confusablePatterns.ts) as data, for the
 * extension: it loads them with data/language/typo.json after activation, instead of carrying
 * some 130 KB of regular expressions in both its desktop and its web bundle.
 */
async function writeContextPatterns() {
  const { outputFiles } = await esbuild.build({ bundle: true, write: false, format: 'cjs', platform: 'neutral', target: 'es2022', logLevel: 'warning', entryPoints: ['src/core/language/confusablePatterns.ts'] });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  mkdirSync(outdir, { recursive: true });
  writeFileSync(`${outdir}/context-patterns.json`, JSON.stringify(module.exports.contextPatternsPacked()));
}

const builds = [
  esbuild.build({
    ...common, platform: 'node', format: 'cjs', entryPoints: ['src/cli/index.ts'], outfile: `${outdir}/cli.cjs`,
    // ESM dependencies read import.meta.url, which a CommonJS bundle lacks.
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__import_meta_url' },
  }),
  // The engine alone, for benchmarks and for scripts that embed it (with its context patterns).
  esbuild.build({ ...common, platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'], entryPoints: ['src/core/full.ts'], outfile: `${outdir}/core.cjs` }),
  writeContextPatterns(),
];
if (existsSync('src/extension/node.ts')) {
  builds.push(esbuild.build({
    ...common, platform: 'node', format: 'cjs', external: ['vscode'], entryPoints: ['src/extension/node.ts'], outfile: `${outdir}/extension.js`, define: extensionDefine,
    // The Word writer is half the code and is needed only on export: on the desktop it is a
    // file of its own, required on first use, so activation does not load it.
    plugins: [vscodeFacade, separateDocxWriter], supported: { 'dynamic-import': false },
  }));
  builds.push(esbuild.build({ ...common, platform: 'node', format: 'cjs', entryPoints: ['src/export/docx.ts'], outfile: `${outdir}/export-docx.js` }));
}
if (existsSync('src/extension/web.ts')) {
  builds.push(esbuild.build({
    ...common, platform: 'browser', format: 'cjs', external: ['vscode'], entryPoints: ['src/extension/web.ts'],
    outfile: `${outdir}/web/extension.js`, define: { global: 'globalThis', ...extensionDefine }, plugins: [vscodeFacade],
    // The web extension host is a Web Worker: no `document`. Prefer packages' worker builds
    // (decode-named-character-reference's "browser" build calls document.createElement).
    conditions: ['worker'],
  }));
}
await Promise.all(builds);
