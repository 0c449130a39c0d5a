// The adversarial shapes of issue 13, at the sizes the issue measured: time of a full check,
// and its cost per kilobyte against a typical report of the same size (goal: within ~10×).
// Then fix application (collectFixes + applyEdits, fixAll) at scale.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyzeReport, applyEdits, collectFixes, fixAll } = require('../dist/core.cjs');

const sample = readFileSync(new URL('../examples/sample-report.md', import.meta.url), 'utf8');
const typical = (chars) => {
  let s = '';
  let n = 0;
  while (s.length < chars) s += sample.replace(/(\S)$/gm, (last) => `${last}${++n}`) + '\n';
  return s.slice(0, chars);
};

/** Best of `runs` runs, in milliseconds (one run for the slow ones). */
function time(fn, runs = 3) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const fmt = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const shapes = [
  ["'中*'.repeat(50000)", '中*'.repeat(50000), 'markdown'],
  ["'**中文**'.repeat(20000)", '**中文**'.repeat(20000), 'markdown'],
  ['10,000 masked lines, no blank line', '全年召开专题会议**次，研究议题***项。\n'.repeat(10000), 'markdown'],
  ["'>'.repeat(30000)", '>'.repeat(30000), 'markdown'],
  ["'`'.repeat(30000)", '中`'.repeat(30000), 'markdown'],
  ["'['.repeat(30000)", '中['.repeat(30000), 'markdown'],
  ["'中('.repeat(50000), plain text", '中('.repeat(50000), 'plaintext'],
  ["'1. 条目内容。\\n'.repeat(3000)", '1. 条目内容。\n'.repeat(3000), 'markdown'],
  ['~126,000 un-numbered # headings', '# 标题\n'.repeat(126000), 'markdown'],
];

console.log(`Adversarial inputs: a full check, best of 3 (Node ${process.version})`);
console.log('| input | size | check | per KB vs a typical report of that size |');
console.log('| --- | --- | --- | --- |');
let worst = 0;
for (const [name, text, format] of shapes) {
  const runs = text.length > 300000 ? 1 : 3;
  const ms = time(() => analyzeReport(text, { format }), runs);
  const base = time(() => analyzeReport(typical(text.length), { format }), runs);
  const ratio = ms / base;
  worst = Math.max(worst, ratio);
  console.log(`| ${name} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB | ${fmt(ms)} | ${ratio.toFixed(1)}× |`);
}

console.log('');
console.log('| fixes | time |');
console.log('| --- | --- |');
for (const n of [10000, 30000, 100000]) {
  const findings = Array.from({ length: n }, (_, i) => ({ fix: [{ span: { start: 2 * i, end: 2 * i + 1 }, newText: '，' }] }));
  console.log(`| collectFixes, ${n / 1000}k edits | ${fmt(time(() => collectFixes(findings)))} |`);
}
{
  // 12.6 k edits spread over a 293 KB report, as in the issue.
  const text = '加强党建工作，完善制度,落实责任。\n'.repeat(9000).slice(0, 108000);
  const edits = [];
  for (let i = text.indexOf(','); i >= 0 && edits.length < 12600; i = text.indexOf(',', i + 1)) edits.push({ span: { start: i, end: i + 1 }, newText: '，' });
  for (let i = text.indexOf('。'); i >= 0 && edits.length < 12600; i = text.indexOf('。', i + 1)) edits.push({ span: { start: i, end: i + 1 }, newText: '．' });
  console.log(`| applyEdits, ${edits.length} edits on ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB | ${fmt(time(() => applyEdits(text, edits)))} |`);
}
{
  const text = '全年召开会议12次,研究议题35项;完善制度(试行)。\n'.repeat(2000);
  console.log(`| fixAll, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB with ${analyzeReport(text, { format: 'markdown' }).findings.length} fixable findings (Markdown) | ${fmt(time(() => fixAll(text, { format: 'markdown' }), 1))} |`);
}
console.log(`${worst <= 10 ? 'met ' : 'MISSED'}  every adversarial input within 10× the per-KB cost of a typical report (worst ${worst.toFixed(1)}×)`);
