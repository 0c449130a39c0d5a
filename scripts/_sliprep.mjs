import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { answerCorrected } from './slip-answers.mjs';
const core = createRequire(import.meta.url)(resolve('dist/core.cjs'));
core.setTypoData(JSON.parse(readFileSync('data/language/typo.json', 'utf8')));
const dir = process.argv[2];
const answers = readFileSync(join(dir, 'answers.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
let found = 0, alarms = 0, wrongFix = 0;
const out = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const lines = text.split('\n');
  const mine = answers.filter(([f]) => f === file).map(([, line, w, r]) => ({ line: Number(line) - 1, col: lines[Number(line) - 1].indexOf(w), w, r, hit: false }));
  for (const f of core.analyzeReport(text, { format: 'plaintext', locale: 'zh-CN', only: ['typo', 'wording'] }).findings) {
    const hit = answerCorrected(text, lines, mine, f);
    if (hit) hit.hit = true;
    else if (mine.some((x) => x.line === f.range.start.line && f.range.start.character < x.col + x.w.length && x.col < f.range.end.character)) { wrongFix++; out.push(`WRONG ${file}:${f.range.start.line + 1} ${f.message}`); }
    else { alarms++; out.push(`FA ${file}:${f.range.start.line + 1} ${f.message}`); }
  }
  for (const a of mine) if (a.hit) found++; else out.push(`MISS ${file}:${a.line + 1} ${a.w} → ${a.r}${a.col < 0 ? ' (not in line)' : ''}`);
}
console.log(`${dir}: found ${found}/${answers.length}, wrong ${wrongFix}, FA ${alarms}`);
for (const l of out) console.log('  ' + l);
