// Times a full check (all rules plus the outline) of a short and a very long
// report, warm, beside markdownlint and zhlint on the same texts in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { lint as markdownlint } from 'markdownlint/sync';

const require = createRequire(import.meta.url);
const { analyzeReport, createMarkdownCache, parseReport, lintReport, setTypoData, clearTypoCache, clearWordingCache } = require('../dist/core.cjs');
// The typo check's data, as the CLI loads it: every full check below includes typo and wording.
setTypoData(JSON.parse(readFileSync(new URL('../data/language/typo.json', import.meta.url), 'utf8')));
const zhlint = require('zhlint');

const sample = readFileSync(new URL('../examples/sample-report.md', import.meta.url), 'utf8');
const short = sample;
// The sample repeated, with a running number at the end of every line: no two paragraphs are
// the same, so nothing parsed once is simply reused (as it would be for identical Markdown chunks).
let long = '';
let lineNumber = 0;
while (Buffer.byteLength(long) < 300 * 1024) long += sample.replace(/(\S)$/gm, (last) => `${last}${++lineNumber}`) + '\n';
const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;

/** Median milliseconds of `fn`, after warm-up, over at least `minRuns` runs and `minMs` of work. */
function time(fn, { minRuns, minMs }) {
  for (let i = 0; i < 3; i++) fn();
  const samples = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    if (samples.length > 5000) break;
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1], runs: samples.length };
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const rows = [];
for (const [name, text, budget] of [
  ['short', short, { minRuns: 300, minMs: 1000 }],
  ['long', long, { minRuns: 10, minMs: 3000 }],
]) {
  const plain = time(() => analyzeReport(text, { format: 'plaintext' }), budget);
  const md = time(() => analyzeReport(text, { format: 'markdown' }), budget);
  const mdl = time(() => markdownlint({ strings: { report: text } }), budget);
  const zh = time(() => zhlint.run(text), { minRuns: name === 'long' ? 3 : budget.minRuns, minMs: budget.minMs });
  rows.push({ name, size: kb(text), plain, md, mdl, zh });
}

console.log(`Full check (all rules + outline), warm, median of many runs; Node ${process.version}`);
console.log('| report | size | report-check (plain text) | report-check (Markdown) | markdownlint | zhlint | plain / markdownlint | Markdown / markdownlint |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.size} | ${fmt(r.plain.median)} | ${fmt(r.md.median)} | ${fmt(r.mdl.median)} | ${fmt(r.zh.median)} | ${(r.plain.median / r.mdl.median).toFixed(2)} | ${(r.md.median / r.mdl.median).toFixed(2)} |`,
  );
}
// A keystroke in the long report: the editor keeps a Markdown cache per document,
// so only the paragraph typed in is tokenized again; plain text is re-read whole.
const cache = createMarkdownCache();
analyzeReport(long, { format: 'markdown', markdownCache: cache });
const middle = long.indexOf('\n\n', long.length >> 1) + 2;
let flip = false;
const keystroke = (format, withCache) => () => {
  flip = !flip;
  const text = long.slice(0, middle) + (flip ? '加' : '') + long.slice(middle);
  analyzeReport(text, { format, markdownCache: withCache ? cache : undefined });
};
const typedPlain = time(keystroke('plaintext', false), { minRuns: 30, minMs: 2000 });
const typedMd = time(keystroke('markdown', true), { minRuns: 30, minMs: 2000 });
console.log('');
console.log(`Keystroke in the ${kb(long)} report (edit + full re-check): plain text ${fmt(typedPlain.median)}, Markdown with the per-document cache ${fmt(typedMd.median)}`);

// The language rules alone on the long report: cold (their per-paragraph caches emptied, as when
// a document is opened) and warm (as on a keystroke, where only the changed paragraph is new).
const longModel = parseReport(long, { format: 'plaintext' });
const langCold = time(() => {
  clearTypoCache();
  clearWordingCache();
  lintReport(longModel, { only: ['typo', 'wording'] });
}, { minRuns: 5, minMs: 2000 });
const langWarm = time(() => lintReport(longModel, { only: ['typo', 'wording'] }), { minRuns: 10, minMs: 1000 });
console.log(`typo + wording on the ${kb(long)} report: cold ${fmt(langCold.median)}, warm (unchanged paragraphs cached) ${fmt(langWarm.median)}`);

// Activation, as VS Code's Running Extensions view counts it (code loading + activate call),
// each run in a fresh process so nothing is cached, of the bundle the .vsix ships: minified, as
// `npm run package` builds it (the development build in dist/ is half as large again, with longer
// names, and takes some 10 ms longer to compile).
const shipped = mkdtempSync(join(tmpdir(), 'report-drafter-bench-'));
const activations = [];
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--outdir', shipped], { cwd: fileURLToPath(new URL('..', import.meta.url)) });
  for (let i = 0; i < 15; i++) {
    activations.push(JSON.parse(execFileSync(process.execPath, [new URL('./load-extension.cjs', import.meta.url).pathname, join(shipped, 'extension.js')], { encoding: 'utf8' })));
  }
} finally {
  rmSync(shipped, { recursive: true, force: true });
}
const medianOf = (values) => values.sort((a, b) => a - b)[values.length >> 1];
const loadMs = medianOf(activations.map((a) => a.loadMs));
const activateMs = medianOf(activations.map((a) => a.activateMs));
const activationMs = medianOf(activations.map((a) => a.loadMs + a.activateMs));
console.log(`Extension activation (desktop bundle as shipped, fresh process, stand-in vscode API, median of 15): loading the code ${fmt(loadMs)}, activate() ${fmt(activateMs)}, together ${fmt(activationMs)}`);

const [s, l] = rows;
const goals = [
  ['long, plain text ≤ 1/5 of markdownlint', l.plain.median <= l.mdl.median / 5],
  ['long, Markdown ≤ markdownlint', l.md.median <= l.mdl.median],
  ['short, plain text < 1 ms', s.plain.median < 1],
  ['short, Markdown < 5 ms', s.md.median < 5],
  ['keystroke in the long report < 100 ms (plain text and Markdown)', typedPlain.median < 100 && typedMd.median < 100],
  ['extension activation < 50 ms', activationMs < 50],
  ['typo + wording, long report, cold ≤ 30 ms', langCold.median <= 30],
  ['typo + wording, long report, warm ≤ 16 ms', langWarm.median <= 16],
];
for (const [goal, met] of goals) console.log(`${met ? 'met ' : 'MISSED'}  ${goal}`);
