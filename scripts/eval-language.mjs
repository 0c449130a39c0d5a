// Measures the language checks (npm run eval:language; builds dist/core.cjs first):
//   1. ECSpell's official-document-writing set (odw.test; --odw-train for development on odw.train):
//      sentence-level detection and correction precision/recall, the SIGHAN bake-off definitions.
//   2. SIGHAN 2015 test (pycorrector's sighan2015_test.tsv, given by SIGHAN15 or --sighan), if present.
//   3. False alarms per 10,000 characters on the held-out official texts (never read by the data build).
//   4. Injected input-method slips (same pinyin, similar shape, swapped characters, real words) in
//      held-out official sentences: recall and precision, per kind.
//   5. Commonly misspelt idioms (test/fixtures/idiom-slips.tsv) in sentence frames of our own.
//   6. False alarms on clean report text of our own (test/fixtures/clean-reports), trade jargon included;
//      and the injection of 4 into that text, all of it and the fourth the data build never reads.
//   7. Common slips in report drafts, sentences of our own (test/fixtures/common-slips.tsv).
//   8. A term of the document's own (a name, a place, a project: a sequence of three characters no
//      dictionary knows, used three times or more) misspelt once by a same-sounding character, in
//      the clean reports of our own, the corpus and the held-out official texts.
//   9. Whole reports with three slips each, written blind (test/fixtures/slip-reports).
// Data paths: ODW_DIR (default test/fixtures/ecspell), OFFICIAL_DIR (default ../shared/official);
// a missing set is skipped with a message.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HELD_OUT, reportHeldOut } from './build-language-data.mjs';
import { answerCorrected } from './slip-answers.mjs';

const require = createRequire(import.meta.url);
const core = require(resolve('dist/core.cjs'));
core.setTypoData(JSON.parse(readFileSync('data/language/typo.json', 'utf8')));

const argv = process.argv.slice(2);
const opt = (name, env, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : process.env[env] ?? fallback;
};
const verbose = argv.includes('--verbose');

/** Corrections the checker proposes for one sentence: position → character. */
function predict(sentence, rules = ['typo']) {
  const { findings } = core.analyzeReport(sentence, { format: 'plaintext', locale: 'zh-CN', only: rules });
  const out = new Map();
  for (const f of findings) {
    const s = f.suggestions?.[0]?.edits?.[0] ?? f.fix?.[0];
    if (!s) continue;
    const found = sentence.slice(s.span.start, s.span.end);
    if (found.length !== s.newText.length) continue;
    for (let i = 0; i < found.length; i++) if (found[i] !== s.newText[i]) out.set(s.span.start + i, s.newText[i]);
  }
  return out;
}

/** SIGHAN sentence-level scores over [source, target] pairs of equal length. */
function sentenceLevel(pairs, label) {
  let tpD = 0, tpC = 0, predicted = 0, gold = 0, n = 0;
  let charTp = 0, charPred = 0, charGold = 0, flaggedWithError = 0;
  const wrong = [];
  for (const [src, tgt] of pairs) {
    if (src.length !== tgt.length) continue;
    n++;
    const goldPos = new Map();
    for (let i = 0; i < src.length; i++) if (src[i] !== tgt[i]) goldPos.set(i, tgt[i]);
    const pred = predict(src);
    if (goldPos.size) gold++;
    charGold += goldPos.size;
    charPred += pred.size;
    for (const [k, v] of pred) if (goldPos.get(k) === v) charTp++;
    if (pred.size) predicted++;
    if (pred.size && goldPos.size) flaggedWithError++;
    if (pred.size && goldPos.size === pred.size && [...pred.keys()].every((k) => goldPos.has(k))) {
      tpD++;
      if ([...pred].every(([k, v]) => goldPos.get(k) === v)) tpC++;
    } else if (pred.size && verbose) wrong.push(`${src}\n   want ${[...goldPos].map(([k, v]) => src[k] + '→' + v).join(' ') || '-'}  got ${[...pred].map(([k, v]) => src[k] + '→' + v).join(' ')}`);
  }
  const r = (x, y) => (y ? x / y : 0);
  const res = { sentences: n, withErrors: gold, flagged: predicted, detP: r(tpD, predicted), detR: r(tpD, gold), corP: r(tpC, predicted), corR: r(tpC, gold) };
  console.log(`${label}: flagged sentences that do hold an error ${flaggedWithError}/${predicted} (${(flaggedWithError / (predicted || 1)).toFixed(3)})`);
  console.log(`${label} (characters): correction P ${(charTp / (charPred || 1)).toFixed(3)} R ${(charTp / (charGold || 1)).toFixed(3)}`);
  console.log(`${label}: ${n} sentences, ${gold} with errors, ${predicted} flagged — detection P ${res.detP.toFixed(3)} R ${res.detR.toFixed(3)}; correction P ${res.corP.toFixed(3)} R ${res.corR.toFixed(3)}`);
  for (const w of wrong.slice(0, 60)) console.log('  ✗', w);
  return res;
}

function readOdw(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')).map((p) => [p[1], p[2]]);
}

// 1. ODW
const odwDir = opt('odw', 'ODW_DIR', 'test/fixtures/ecspell');
const odwFile = join(odwDir, argv.includes('--odw-train') ? 'odw.train' : 'odw.test');
if (existsSync(odwFile)) {
  const pairs = readOdw(odwFile);
  sentenceLevel(pairs, `ECSpell ${odwFile.split('/').pop()}`);
  // The corrected sentences read as clean text: every typo finding there is a false alarm (the
  // build reads odw.train's corrected sentences, so only odw.test's say anything).
  let chars = 0;
  const shown = [];
  for (const [, tgt] of pairs) {
    chars += tgt.length;
    for (const [k, v] of predict(tgt)) shown.push(`${tgt.slice(Math.max(0, k - 6), k)}[${tgt[k]}→${v}]${tgt.slice(k + 1, k + 7)}`);
  }
  console.log(`ECSpell ${odwFile.split('/').pop()}, corrected sentences as clean text (${chars} characters): ${shown.length} characters flagged (${((shown.length * 1e4) / chars).toFixed(2)} per 10k)${verbose && shown.length ? `\n  ${shown.join('\n  ')}` : ''}`);
} else console.log(`ECSpell ODW: ${odwFile} not found, skipped (set ODW_DIR)`);

// 2. SIGHAN 2015
const sighan = opt('sighan', 'SIGHAN15');
if (sighan && existsSync(sighan)) {
  const pairs = readFileSync(sighan, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  sentenceLevel(pairs, 'SIGHAN 2015 test');
} else console.log('SIGHAN 2015: not given (SIGHAN15=path to pycorrector/data/sighan2015_test.tsv), skipped');

// Slips of the transcription itself (Wikisource), which a proofreader would mark: a finding on one
// of them is a true finding, not a false alarm, and a sentence holding one is no clean sentence to
// inject a slip into. Checked by hand: file, line, the text as found.
const GENUINE = [
  ['cpc-congress-report-14.txt', 58, '证卷'],
  ['cpc-congress-report-14.txt', 87, '末来'],
  ['cpc-congress-report-14.txt', 98, '睦领友好'],
  ['cpc-congress-report-14.txt', 123, '时侯'],
  ['cpc-congress-report-14.txt', 135, '时侯'],
];

// 3. False alarms on held-out official text
const officialDir = opt('official', 'OFFICIAL_DIR', '../shared/official');
const heldOut = HELD_OUT.map((f) => join(officialDir, f)).filter(existsSync);
if (heldOut.length) {
  let chars = 0;
  const counts = { typo: 0, wording: 0 };
  let genuine = 0;
  const shown = [];
  for (const file of heldOut) {
    const text = readFileSync(file, 'utf8');
    chars += (text.match(/[\u3400-\u9fff]/g) ?? []).length;
    const { findings } = core.analyzeReport(text, { format: 'plaintext', locale: 'zh-CN', only: ['typo', 'wording'] });
    for (const f of findings) {
      const name = file.split('/').pop();
      const found = text.slice(f.span.start, f.span.end);
      if (GENUINE.some(([n, line, t]) => n === name && line === f.range.start.line + 1 && (found.includes(t) || t.includes(found)))) {
        genuine++;
        continue;
      }
      counts[f.ruleId]++;
      if (verbose) shown.push(`${file.split('/').pop()}:${f.range.start.line + 1} ${f.ruleId} ${f.message}  …${text.slice(Math.max(0, f.span.start - 8), f.span.end + 8)}…`);
    }
  }
  const per10k = (n) => ((n / chars) * 10000).toFixed(2);
  console.log(`held-out official text (${heldOut.length} files, ${chars} Chinese characters): false alarms: typo ${counts.typo} (${per10k(counts.typo)} per 10k), wording ${counts.wording} (${per10k(counts.wording)} per 10k); slips of the transcription found: ${genuine} of ${GENUINE.length}`);
  for (const s of shown) console.log('  !', s);

  // 4. Injected slips
  injected(heldOut.map((f) => readFileSync(f, 'utf8')).join('\n'));
} else console.log(`held-out official texts: not found under ${officialDir}, skipped`);

// 5. Commonly misspelt idioms (test/fixtures/idiom-slips.tsv), each in a sentence frame of our own:
// found and corrected, and the standard form in the same frame flagged (a false alarm).
const idiomFile = 'test/fixtures/idiom-slips.tsv';
if (existsSync(idiomFile)) {
  const pairs = readFileSync(idiomFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  const frames = ['我们要{}，把工作做实做细。', '全体干部{}地投入工作。'];
  let corrected = 0;
  let flaggedStandard = 0;
  const missed = [];
  for (const [bad, good] of pairs) {
    let ok = true;
    for (const f of frames) {
      const at = f.indexOf('{}');
      const pred = predict(f.replace('{}', bad));
      const want = new Map();
      for (let i = 0; i < bad.length; i++) if (bad[i] !== good[i]) want.set(at + i, good[i]);
      if (pred.size !== want.size || [...want].some(([k, v]) => pred.get(k) !== v)) ok = false;
      if (predict(f.replace('{}', good)).size) flaggedStandard++;
    }
    if (ok) corrected++;
    else missed.push(bad);
  }
  console.log(`commonly misspelt idioms (${pairs.length}, ${frames.length} sentence frames each): corrected in every frame ${corrected} (${(corrected / pairs.length).toFixed(3)}); the standard forms flagged ${flaggedStandard} times`);
  if (verbose) console.log(`  missed: ${missed.join(' ')}`);
}

// 6. Clean report text of our own (test/fixtures/clean-reports: enterprise and government report
// sentences full of trade jargon and young words), each file checked as one document by both
// language rules: every finding is a false alarm. Not blind (see that folder's README).
const cleanDir = 'test/fixtures/clean-reports';
if (existsSync(cleanDir)) {
  let chars = 0;
  const alarms = [];
  for (const f of readdirSync(cleanDir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(cleanDir, f), 'utf8');
    chars += [...text].filter((c) => /[\u3400-\u9fff]/.test(c)).length;
    for (const x of core.analyzeReport(text, { format: 'plaintext', locale: 'zh-CN', only: ['typo', 'wording'] }).findings) alarms.push(`${f}: ${x.message}`);
  }
  console.log(`clean report text of our own (${chars} Chinese characters): ${alarms.length} language findings, all false alarms (${((alarms.length * 10000) / (chars || 1)).toFixed(2)} per 10k)`);
  for (const a of alarms) console.log(`  ${a}`);
  // The same injection as in the held-out official texts (4), into this report text: what the
  // statistics of official prose find where the words around a slip are a report's, not the
  // official texts' (a harder reading, and the one a writer's draft asks for).
  injected(readdirSync(cleanDir).filter((n) => n.endsWith('.txt')).sort().map((f) => readFileSync(join(cleanDir, f), 'utf8')), 'injected into our own report text', 1);
  // The same, in the fourth of these reports the data build does not read (reportCounted counts the
  // words of the others): the figure for report text the data has never seen.
  injected(readdirSync(cleanDir).filter((n) => n.endsWith('.txt') && reportHeldOut(n)).sort().map((f) => readFileSync(join(cleanDir, f), 'utf8')), 'injected into our own report text, the fourth held out', 1);
}

// 7. Common slips in report drafts (test/fixtures/common-slips.tsv), sentences of our own: a slip
// counts as found when the first suggestion of a finding turns the draft into the sentence as meant;
// the clean lines count the sentences flagged at all.
const slipFile = 'test/fixtures/common-slips.tsv';
if (existsSync(slipFile)) {
  const rows = readFileSync(slipFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  let slips = 0;
  let found = 0;
  let clean = 0;
  let cleanFlagged = 0;
  const missed = [];
  for (const [draft, meant] of rows) {
    const findings = core.analyzeReport(draft, { format: 'plaintext', locale: 'zh-CN', only: ['typo'] }).findings;
    if (draft === meant) {
      clean++;
      if (findings.length) cleanFlagged++;
      continue;
    }
    slips++;
    const mends = findings.some((f) => {
      const e = f.suggestions?.[0]?.edits?.[0];
      return e && draft.slice(0, e.span.start) + e.newText + draft.slice(e.span.end) === meant;
    });
    if (mends) found++;
    else missed.push(draft);
  }
  console.log(`common slips in report drafts (${slips} slips, ${clean} clean sentences): found and corrected ${found} (${(found / (slips || 1)).toFixed(3)}); clean sentences flagged ${cleanFlagged}`);
  if (verbose) for (const d of missed) console.log(`  missed: ${d}`);
}

// 8. A term of the document's own misspelt once (see the header).
{
  const docs = [];
  const cleanDir8 = 'test/fixtures/clean-reports';
  if (existsSync(cleanDir8)) for (const f of readdirSync(cleanDir8).filter((n) => n.endsWith('.txt')).sort()) docs.push(readFileSync(join(cleanDir8, f), 'utf8'));
  const corpusDir = opt('corpus', 'CORPUS_DIR', '../shared/corpus');
  if (existsSync(corpusDir)) for (const f of readdirSync(corpusDir).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md').sort()) docs.push(readFileSync(join(corpusDir, f), 'utf8'));
  for (const f of HELD_OUT.map((n) => join(officialDir, n)).filter(existsSync)) docs.push(readFileSync(f, 'utf8'));
  const model = core.typoModel();
  // A seed of each document's own (a hash of its text): adding a document leaves the picks in the
  // others as they were.
  let seed = 0;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  let injectedCount = 0;
  let corrected = 0;
  let otherNew = 0;
  const missed = [];
  const key = (f) => `${f.span.start}:${f.message}`;
  for (const doc of docs) {
    seed = seedOfText(doc);
    const counts = new Map();
    for (const run of doc.match(/[\u3400-\u9fff]{3,}/g) ?? []) for (let i = 0; i + 3 <= run.length; i++) counts.set(run.slice(i, i + 3), (counts.get(run.slice(i, i + 3)) ?? 0) + 1);
    const terms = [...counts].filter(([t, c]) => c >= 3 && !model.isKnown(t)).map(([t]) => t).sort();
    const before = new Set(core.analyzeReport(doc, { format: 'plaintext', locale: 'zh-CN', only: ['typo'] }).findings.map(key));
    for (let k = 0; k < 3 && terms.length; k++) {
      const term = terms.splice(Math.floor(rand() * terms.length), 1)[0];
      const uses = [];
      for (let i = doc.indexOf(term); i >= 0; i = doc.indexOf(term, i + 1)) uses.push(i);
      const at = uses[Math.floor(rand() * uses.length)];
      const j = Math.floor(rand() * 3);
      const set = model.soundsLike(term.charCodeAt(j)) ?? '';
      if (!set) continue;
      const c = set[Math.floor(rand() * Math.min(set.length, 8))];
      const slipped = term.slice(0, j) + c + term.slice(j + 1);
      if (c === term[j] || model.isKnown(slipped)) continue;
      const text = doc.slice(0, at) + slipped + doc.slice(at + 3);
      injectedCount++;
      const findings = core.analyzeReport(text, { format: 'plaintext', locale: 'zh-CN', only: ['typo'] }).findings;
      let ok = false;
      for (const f of findings) {
        const e = f.suggestions?.[0]?.edits?.[0];
        if (e && text.slice(0, e.span.start) + e.newText + text.slice(e.span.end) === doc) ok = true;
        else if (!before.has(key(f)) && !(f.span.start <= at + 3 && at <= f.span.end)) otherNew++;
      }
      if (ok) corrected++;
      else missed.push(`${term} → ${slipped} (${uses.length} uses)`);
    }
  }
  console.log(`a term of the document's own misspelt once (${docs.length} documents, ${injectedCount} slips, each alone): corrected ${corrected} (${(corrected / (injectedCount || 1)).toFixed(3)}); other new findings ${otherNew}`);
  if (verbose) for (const m of missed) console.log(`  missed: ${m}`);
}

// 9. Whole reports with slips, written blind (test/fixtures/slip-reports: each report with three
// slips, answers.tsv listing them): a slip counts as found when a finding's first suggestion
// applied gives the line as meant (or, for a name written once each way, its other suggestion,
// which changes the other spelling); a finding over a slip that does neither corrects it wrongly,
// any other finding is a false alarm.
const slipReports = 'test/fixtures/slip-reports';
if (existsSync(join(slipReports, 'answers.tsv'))) {
  const answers = readFileSync(join(slipReports, 'answers.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  let found = 0;
  let alarms = 0;
  let wrongFix = 0;
  let chars = 0;
  const missed = [];
  for (const file of readdirSync(slipReports).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(slipReports, file), 'utf8');
    chars += (text.match(/[\u3400-\u9fff]/g) ?? []).length;
    const lines = text.split('\n');
    const mine = answers.filter(([f]) => f === file).map(([, line, w, r]) => ({ line: Number(line) - 1, col: lines[Number(line) - 1].indexOf(w), w, r, hit: false }));
    for (const f of core.analyzeReport(text, { format: 'plaintext', locale: 'zh-CN', only: ['typo', 'wording'] }).findings) {
      const hit = answerCorrected(text, lines, mine, f);
      if (hit) hit.hit = true;
      else if (mine.some((x) => x.line === f.range.start.line && f.range.start.character < x.col + x.w.length && x.col < f.range.end.character)) wrongFix++;
      else alarms++;
    }
    for (const a of mine) if (a.hit) found++;
    else missed.push(`${file}:${a.line + 1} ${a.w} → ${a.r}`);
  }
  console.log(`whole reports with slips, written blind (${answers.length} slips in ${chars} Chinese characters): found and corrected ${found} (${(found / (answers.length || 1)).toFixed(3)}), found but corrected wrongly ${wrongFix}; false alarms ${alarms}`);
  if (verbose) for (const m of missed) console.log(`  missed: ${m}`);
}

/** A seed of a text's own (FNV-1a of its characters). */
function seedOfText(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Slips injected into sentences of `text`, perKind of each kind, drawn with `seed`: [slipped, original] pairs by kind.
 */
function drawSlips(text, perKind, seed, maxTries) {
  const model = core.typoModel();
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const sentences = text.split(/(?<=[。；！？])/).map((s) => s.trim()).filter((s) => s.length >= 12 && s.length <= 120 && /^[\u3400-\u9fff，、“”（）：；。0-9]+$/.test(s) && !GENUINE.some(([, , slip]) => s.includes(slip)));
  const kinds = { pinyin: [], shape: [], swap: [], real: [] };
  for (let tries = 0; tries < maxTries && sentences.length && Object.values(kinds).some((k) => k.length < perKind); tries++) {
    const s = sentences[Math.floor(rand() * sentences.length)];
    const i = Math.floor(rand() * (s.length - 4));
    const w2 = s.slice(i, i + 2);
    const w4 = s.slice(i, i + 4);
    if (!/^[\u3400-\u9fff]+$/.test(w4)) continue;
    const kind = Object.keys(kinds)[Math.floor(rand() * 4)];
    if (kinds[kind].length >= perKind) continue;
    let bad = null;
    if (kind === 'swap') {
      if (!model.isTarget(w4) || w4[1] === w4[2]) continue;
      bad = s.slice(0, i + 1) + w4[2] + w4[1] + s.slice(i + 3);
    } else {
      if (!model.isTarget(w2)) continue;
      const j = i + Math.floor(rand() * 2);
      const set = kind === 'shape' ? model.shape[s[j]] : model.pinyin[s[j]];
      if (!set) continue;
      const c = set[Math.floor(rand() * Math.min(set.length, 8))];
      // (A look-alike listed one way only, 人>入 of look-alikes.txt: the slip written must be one the
      // checker reads back, so 入 is never put in for 人.)
      if (kind === 'shape' && !(model.shape[c] ?? '').includes(s[j])) continue;
      const slipped = s.slice(0, j) + c + s.slice(j + 1);
      const isWord = model.isKnown(slipped.slice(i, i + 2));
      if ((kind === 'real') !== isWord) continue;
      bad = slipped;
    }
    kinds[kind].push([bad, s]);
  }
  return kinds;
}

/**
 * Injected slips, scored: into one text (the held-out official texts, one fixed seed), or into each
 * of a list of texts with a seed of its own text, perKind of each kind from each (our report files:
 * adding a file leaves the others' draws as they were).
 */
function injected(source, label = 'injected', perKind = 150) {
  let kinds;
  if (Array.isArray(source)) {
    kinds = { pinyin: [], shape: [], swap: [], real: [] };
    for (const text of source) {
      const part = drawSlips(text, perKind, seedOfText(text), 3000);
      for (const k of Object.keys(kinds)) kinds[k].push(...part[k]);
    }
  } else kinds = drawSlips(source, perKind, 20260101, 200000);
  // --dump-injected FILE: the injected sentences as ECSpell-style lines (kind, slipped, original), to study.
  const dump = opt('dump-injected');
  if (dump && label === 'injected') writeFileSync(dump, Object.entries(kinds).flatMap(([kind, pairs]) => pairs.map(([bad, good]) => `${kind}\t${bad}\t${good}`)).join('\n') + '\n');
  let tp = 0, flagged = 0, total = 0;
  for (const [kind, pairs] of Object.entries(kinds)) {
    let ktp = 0, kflag = 0;
    for (const [bad, good] of pairs) {
      const pred = predict(bad);
      const goldPos = [];
      for (let i = 0; i < bad.length; i++) if (bad[i] !== good[i]) goldPos.push(i);
      if (pred.size) kflag++;
      if (pred.size && goldPos.every((k) => pred.get(k) === good[k]) && pred.size === goldPos.length) ktp++;
      else if (verbose) console.log(`  ${kind} ${pred.size ? 'wrong' : 'missed'}: ${goldPos.map((k) => `${bad.slice(Math.max(0, k - 4), k)}[${bad[k]}→${good[k]}]${bad.slice(k + 1, k + 5)}`).join(' ')}${pred.size ? `  got ${[...pred].map(([k, v]) => bad[k] + '→' + v).join(' ')}` : ''}`);
    }
    tp += ktp; flagged += kflag; total += pairs.length;
    console.log(`${label} ${kind}: ${pairs.length} sentences, corrected ${ktp} (recall ${(ktp / pairs.length).toFixed(3)}), precision ${(kflag ? ktp / kflag : 0).toFixed(3)}`);
  }
  console.log(`${label}, all kinds: recall ${(tp / total).toFixed(3)}, precision ${(flagged ? tp / flagged : 0).toFixed(3)}`);
}
