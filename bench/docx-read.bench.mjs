// Times reading a .docx holding ~300 KB of text (bench/export-sample.md repeated, exported by the
// project's own writer, and the same text with Word's automatic numbering and a field in every
// paragraph, as other writers produce), from bytes to the text the engine checks: unzip, XML scan,
// numbering. The budget is 300 ms. Also times the whole check of the .docx (read + analyse).
// Run: node scripts/build.mjs && node bench/docx-read.bench.mjs
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { longExportSample } from './samples.mjs';

// The reader and the export are TypeScript; bundle them (with the engine) for Node, as the CLI is.
const outfile = join(tmpdir(), `report-docx-read-bench-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: "export { readDocx, docxStructure } from './src/docx-read'; export { exportDocx } from './src/export'; export { analyzeReport } from './src/core';",
    resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', target: 'es2022', outfile, logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const { readDocx, docxStructure, exportDocx, analyzeReport } = require(outfile);
rmSync(outfile);

const long = longExportSample();
const exported = await exportDocx(analyzeReport(long, { format: 'markdown' }).model);

// The same paragraphs as another writer lays them out: runs split, automatic numbering on the
// headings (chineseCounting 一、 and （一）), a PAGE field in every tenth paragraph.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = long.split('\n').filter((l) => l.trim()).map((line, i) => {
  const m = /^(#+\s*)?(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)(.*)$/.exec(line);
  const text = m ? m[4] : line.replace(/^#+\s*/, '');
  const numPr = m ? `<w:numPr><w:ilvl w:val="${m[2] ? 0 : 1}"/><w:numId w:val="1"/></w:numPr>` : '';
  const half = text.length >> 1;
  const field = i % 10 === 0 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' : '';
  return `<w:p><w:pPr><w:pStyle w:val="Normal"/>${numPr}<w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${esc(text.slice(0, half))}</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>${esc(text.slice(half))}</w:t></w:r>${field}</w:p>`;
});
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (i, text) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
const numbered = zipSync({
  '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
  'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`),
  'word/numbering.xml': strToU8(`<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, '%1、')}${lvl(1, '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`),
});

// Wall time, and the process's CPU time (less disturbed when other jobs share the machine).
function time(fn, runs) {
  fn(); // warm-up
  const samples = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1], max: samples[samples.length - 1], cpu: cpu[cpu.length >> 1] };
}

const rows = [];
let worst = 0;
for (const [name, bytes] of [['exported by the project', exported], ['numbered, fields, split runs', numbered]]) {
  let result;
  const read = time(() => (result = readDocx(bytes, 'bench.docx')), 9);
  if (!result.ok) throw new Error(`${name}: ${result.kind}`);
  const check = time(() => {
    const r = readDocx(bytes, 'bench.docx');
    analyzeReport(r.text, { format: 'plaintext', ...docxStructure(r) });
  }, 5);
  worst = Math.max(worst, read.median);
  rows.push({
    docx: `${name} (${(bytes.length / 1024).toFixed(0)} KB zipped)`,
    text: `${(Buffer.byteLength(result.text) / 1024).toFixed(0)} KB`,
    paragraphs: result.paragraphs.length,
    'read ms (median)': read.median.toFixed(1),
    'read ms (max)': read.max.toFixed(1),
    'read CPU ms (median)': read.cpu.toFixed(1),
    'read+check ms (median)': check.median.toFixed(1),
  });
}
console.table(rows);
console.log(`300 KB .docx read: ${worst.toFixed(0)} ms median, slower of the two (budget 300 ms) — ${worst < 300 ? 'OK' : 'TOO SLOW'}`);
