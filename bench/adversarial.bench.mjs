// The adversarial shapes of issue 13, at the sizes the issue measured: time of a full check,
// and its cost per kilobyte against a typical report of the same size (goal: within ~10×).
// Then fix application (collectFixes + applyEdits, fixAll) at scale.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyzeReport, applyEdits, collectFixes, fixAll, setTypoData, clearTypoCache, clearWordingCache } = require('../dist/core.cjs');
// The typo check's data, as the CLI loads it: a full check includes the language rules.
setTypoData(JSON.parse(readFileSync(new URL('../data/language/typo.json', import.meta.url), 'utf8')));

const sample = readFileSync(new URL('../examples/sample-report.md', import.meta.url), 'utf8');
const typical = (chars) => {
  let s = '';
  let n = 0;
  while (s.length < chars) s += sample.replace(/(\S)$/gm, (last) => `${last}${++n}`) + '\n';
  return s.slice(0, chars);
};

/** n characters drawn (seeded) from common ones, with a comma after a character at rate `comma`. */
function randomHan(n, comma) {
  const common = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let s = '';
  for (let i = 0; i < n; i++) {
    s += common[Math.floor(next() * common.length)];
    if (next() < comma) s += '，';
  }
  return s;
}

/** Best of `runs` runs, in milliseconds (one run for the slow ones); the language rules' per-paragraph caches emptied before each. */
function time(fn, runs = 3) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    clearTypoCache();
    clearWordingCache();
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** n lines naming n distinct villages of two common characters, many one similar character apart. */
function villages(n) {
  const common = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研';
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(`走访${common[i % common.length]}${common[Math.floor(i / common.length) % common.length]}村。`);
  return lines.join('\n');
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
  // For the language rules: text that is no prose, and slips packed close.
  ['25,000 common characters in random order, one paragraph', randomHan(25000, 0), 'plaintext'],
  ['the same with a comma every ~10 characters', randomHan(25000, 0.1), 'plaintext'],
  ["'联席会义制度'.repeat(4000): a slip every six characters, one run", '联席会义制度'.repeat(4000), 'plaintext'],
  ['30,000 distinct villages, one per line (走访柳河村。)', villages(30000), 'plaintext'],
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
