// Adversarial numbering and enumeration shapes (issue 13): each must cost about what a typical
// report costs per kilobyte (target: within ~10x), never quadratic time or unbounded memory.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyzeReport } = require('../dist/core.cjs');

// The typical report of bench.mjs: the sample repeated with a running number on every line.
const sample = readFileSync(new URL('../examples/sample-report.md', import.meta.url), 'utf8');
let typical = '';
let lineNumber = 0;
while (Buffer.byteLength(typical) < 300 * 1024) typical += sample.replace(/(\S)$/gm, (last) => `${last}${++lineNumber}`) + '\n';

const cycle = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += `${['一', '二', '三', '四', '五'][i % 5]}、第${i}节\n`;
  return s;
};
const shapes = [
  ['typical report (sample repeated)', typical],
  ["'一、\\n' × 10,000", '一、\n'.repeat(10000)],
  ["'一、\\n' lines, 1 MB", '一、\n'.repeat((1024 * 1024) / 3)],
  ['cycling 一、…五、 lines, 5 MB', cycle(5 * 1024 * 1024 / 12)],
  ["'一、甲\\n三、乙\\n' × 20,000 (skips everywhere)", '一、甲\n三、乙\n'.repeat(20000)],
  ["'1.\\n' × 30,000", '1.\n'.repeat(30000)],
  ["'一是。' × 100,000", '一是。'.repeat(100000)],
  ["'中，一是' × 30,000", '中，一是'.repeat(30000)],
  ["'一是加强，二是完善。\\r\\n' × 80,000", '一是加强，二是完善。\r\n'.repeat(80000)],
  ["'二是。' × 100,000", '二是。'.repeat(100000)],
];

const kb = (s) => Buffer.byteLength(s) / 1024;
const rows = [];
for (const [name, text] of shapes) {
  // Warm, best of three: the figure compares the engine's steady cost, not JIT warm-up.
  let ms = Infinity;
  let findings = [];
  // CPU time of this process (user + system), less disturbed by other load on the machine than wall time.
  for (let run = 0; run < 4; run++) {
    const c0 = process.cpuUsage();
    findings = analyzeReport(text, { format: 'plaintext' }).findings;
    const c = process.cpuUsage(c0);
    if (run > 0) ms = Math.min(ms, (c.user + c.system) / 1000);
  }
  rows.push({ name, kb: kb(text), ms, findings: findings.length });
}
const base = rows[0].ms / rows[0].kb;
console.log(`Numbering and enumeration on adversarial shapes (plain text, warm, CPU time, best of three); Node ${process.version}`);
console.log('| input | size | time | per KB | × typical per KB | findings |');
console.log('| --- | --- | --- | --- | --- | --- |');
let worst = 0;
for (const r of rows) {
  const ratio = r.ms / r.kb / base;
  if (r !== rows[0]) worst = Math.max(worst, ratio);
  console.log(`| ${r.name} | ${r.kb.toFixed(0)} KB | ${r.ms.toFixed(0)} ms | ${((r.ms / r.kb) * 1000).toFixed(0)} µs | ${ratio.toFixed(1)} | ${r.findings} |`);
}
console.log(`${worst <= 10 ? 'met  ' : 'MISSED'} every adversarial shape within 10x the per-KB cost of a typical report (worst ${worst.toFixed(1)}x)`);
