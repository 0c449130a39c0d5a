// Times the Word export of a ~300 KB report (bench/export-sample.md repeated),
// from text to .docx bytes: parse, layout, docx packing. The budget is 2 s.
// Run: node scripts/build.mjs && node bench/export.bench.mjs
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { longExportSample } from './samples.mjs';

// The export is TypeScript; bundle it (with the engine) for Node, as the CLI is.
const outfile = join(tmpdir(), `report-export-bench-${process.pid}.cjs`);
await esbuild.build({
  entryPoints: [new URL('../src/export/index.ts', import.meta.url).pathname],
  bundle: true, platform: 'node', format: 'cjs', target: 'es2022', outfile, logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const { exportDocx, layoutReport } = require(outfile);
const { parseReport } = require('../dist/core.cjs');
rmSync(outfile);

const sample = readFileSync(new URL('./export-sample.md', import.meta.url), 'utf8');
const long = longExportSample();
const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;

async function time(fn, runs) {
  await fn(); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1], max: samples[samples.length - 1] };
}

const rows = [];
for (const [name, text, runs] of [['sample', sample, 30], ['long', long, 7]]) {
  for (const format of ['markdown', 'plaintext']) {
    let size = 0;
    let blocks = 0;
    const total = await time(async () => {
      const model = parseReport(text, { format });
      size = (await exportDocx(model)).length;
    }, runs);
    const layout = await time(async () => {
      blocks = layoutReport(parseReport(text, { format })).blocks.length;
    }, runs);
    rows.push({ report: `${name} (${kb(text)}, ${format})`, blocks, 'parse+layout ms': layout.median.toFixed(1), 'export ms (median)': total.median.toFixed(1), 'export ms (max)': total.max.toFixed(1), docx: `${(size / 1024).toFixed(0)} KB` });
  }
}
console.table(rows);
const worst = Math.max(...rows.filter((r) => r.report.startsWith('long')).map((r) => Number(r['export ms (max)'])));
console.log(`300 KB export: ${worst.toFixed(0)} ms at worst (budget 2000 ms) — ${worst < 2000 ? 'OK' : 'TOO SLOW'}`);
