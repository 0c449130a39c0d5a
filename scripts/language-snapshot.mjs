// Writes every `typo` and `wording` finding over a fixed body of text, one per line, sorted, so
// that two snapshots (before and after a change of the language rules or of their data) can be
// compared with `diff`. A change is kept only when the diff shows nothing but what it meant to fix.
// Needs dist/core.cjs (`node scripts/build.mjs`).
//   node scripts/language-snapshot.mjs OUT [--odw DIR] [--sighan FILE]
// The body of text:
//   - every sentence of the fixture TSVs (test/fixtures/*.tsv, both columns), each alone;
//   - ECSpell's odw.train and odw.test (both columns) from --odw DIR or ODW_DIR, when given;
//   - SIGHAN 2015's test set from --sighan FILE or SIGHAN15, when given;
//   - whole documents: ../shared/official, ../shared/corpus (when present), test/fixtures/clean-reports,
//     test/fixtures/slip-reports and test/fixtures/blind-reports.
// Each line: where (file:line, or the sentence), the rule, the offset, the message.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const core = require(resolve('dist/core.cjs'));
core.setTypoData(JSON.parse(readFileSync('data/language/typo.json', 'utf8')));

const argv = process.argv.slice(2);
const out = argv[0];
if (!out || out.startsWith('--')) {
  console.error('usage: node scripts/language-snapshot.mjs OUT [--odw DIR] [--sighan FILE]');
  process.exit(2);
}
const opt = (name, env) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : process.env[env];
};
const RULES = ['typo', 'wording'];
const lines = [];

/** One finding as a line: its offset within the text and its message say what it is. */
const describe = (where, text, f, index) => `${where}\t${f.ruleId}\t${f.span.start - index}\t${text.slice(f.span.start, f.span.end)}\t${f.message}`;

// Sentences, each alone (as a one-paragraph document).
const sentences = new Set();
const addColumns = (file, from) => {
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (l.startsWith('#')) continue;
    for (const col of l.split('\t').slice(from)) if (/[\u4e00-\u9fff]{4}/.test(col)) sentences.add(col.trim());
  }
};
for (const f of readdirSync('test/fixtures').filter((n) => n.endsWith('.tsv')).sort()) addColumns(join('test/fixtures', f), 0);
const odw = opt('odw', 'ODW_DIR');
if (odw) for (const f of ['odw.train', 'odw.test']) if (existsSync(join(odw, f))) addColumns(join(odw, f), 1);
const sighan = opt('sighan', 'SIGHAN15');
if (sighan && existsSync(sighan)) addColumns(sighan, 0);
for (const s of sentences) {
  for (const f of core.analyzeReport(s, { format: 'plaintext', locale: 'zh-CN', only: RULES }).findings) lines.push(describe(s, s, f, 0));
}

// Whole documents.
const dirs = ['../shared/official', '../shared/corpus', 'test/fixtures/clean-reports', 'test/fixtures/slip-reports', 'test/fixtures/blind-reports'];
let documents = 0;
for (const dir of dirs.filter(existsSync)) {
  for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md').sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const format = name.endsWith('.md') ? 'markdown' : 'plaintext';
    documents++;
    for (const f of core.analyzeReport(text, { format, locale: 'zh-CN', only: RULES }).findings) {
      const line = text.slice(0, f.span.start).split('\n').length;
      lines.push(describe(`${dir}/${name}:${line}`, text, f, text.lastIndexOf('\n', f.span.start - 1) + 1));
    }
  }
}
lines.sort();
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${sentences.size} sentences and ${documents} documents: ${lines.length} findings written to ${out}`);
