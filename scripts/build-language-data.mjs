// Builds the typo check's data (data/language/typo.json) and the phrase bank's pinyin initials
// (src/core/language/phrase-initials.json) from named sources, reproducibly:
//
//   node scripts/build-language-data.mjs --jieba PATH --pycorrector DIR [--official DIR]
//
//   --jieba        jieba.dict.utf8 (MIT) as shipped in the npm tarball of nodejieba 3.5.8
//                  (`npm pack nodejieba@3.5.8`, package/submodules/cppjieba/dict/jieba.dict.utf8)
//   --pycorrector  a directory holding same_pinyin.txt and same_stroke.txt from shibing624/pycorrector
//                  (Apache-2.0) at commit fc8aa56c336276fbd8cdd3a49eef505dc67b8a6e, pycorrector/data/
//   node scripts/build-language-data.mjs --phrases   (after npm run build: the phrase bank's
//                  pinyin initials, src/core/language/phrase-initials.json, from dist/core.cjs)
//
//   --ecspell-train  ECSpell's odw.train (MIT; default test/fixtures/ecspell/odw.train): the character
//                  pairs its writers confused (休 for 体, 堂 for 常) join the confusion sets. Never odw.test.
//   --official     the official texts (default ../shared/official); the files in HELD_OUT are never read,
//                  so the false-alarm figure of scripts/eval-language.mjs is measured on unseen text
//
// Environment variables JIEBA_DICT, PYCORRECTOR_DATA and OFFICIAL_DIR work as well. See NOTICE.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { bloomAdd, bloomCreate, bloomEncode } from './language-bloom.mjs';

/** Official texts kept out of every statistic (the false-alarm and injected-slip evaluation reads them). */
/**
 * Sorted records written front-coded by their first character: `|` and the character, then each
 * record without it (src/core/language/typo.ts, targetRecords, reads it back). Runs of one first
 * character are long in a sorted word list, and deflate does not share them as well: the .vsix
 * is some 60 KB smaller.
 */
function frontCoded(records) {
  let out = '';
  let head = '';
  for (const r of records) {
    if (r[0] !== head) {
      head = r[0];
      out += `|${head}`;
    }
    out += r.slice(1);
  }
  return out;
}

export const HELD_OUT = [
  'gov-work-report-1987.txt',
  'gov-work-report-1998.txt',
  'gov-work-report-2007.txt',
  'gov-work-report-2014.txt',
  'gov-work-report-2024.txt',
  'cpc-congress-report-14.txt',
];

/** The project's own list of set phrases of official prose (see that file's header), and the frequency they are given. */
const OFFICIAL_PHRASES = new URL('../data/sources/official-phrases.txt', import.meta.url);
const PHRASE_FREQUENCY = 64;
/** The project's own list of sequences every work report uses (see that file's header). */
const REPORT_PHRASES = new URL('../data/sources/report-phrases.txt', import.meta.url);
/** The project's own list of words younger than jieba's dictionary (see that file's header). */
const MODERN_WORDS = new URL('../data/sources/modern-words.txt', import.meta.url);
const REPORT_WORDS = new URL('../data/sources/report-words.txt', import.meta.url);
/** Bound words (see `bound` below): how many uses, how rare in the dictionary, and what share beside one character. */
const BOUND_MIN_USES = 8;
const BOUND_MAX_DICT = 200;
const BOUND_SHARE = 0.9;
/** The count report-words.txt's words get at least: the official frequency digit 6. */
const REPORT_WORD_COUNT = 32;
/**
 * The project's own reports (test/fixtures/clean-reports, written for this project: MIT), the
 * words of whose prose are counted (reportCounted below). Every fourth file by number is held out,
 * so that scripts/eval-language.mjs measures slips injected into report text the data never read.
 */
export const REPORTS_DIR = 'test/fixtures/clean-reports';
export const reportHeldOut = (file) => Number.parseInt(file, 10) % 4 === 0;
/**
 * A two-character word of report prose: in at least this many of the reports read (a count, not a
 * share: as reports of new trades are added, a share rose and the lists shrank, losing slips).
 */
const REPORT_COUNTED_MIN = 13;
/** A sequence of report prose (reportSequences): in at least this many of them. */
const REPORT_SEQUENCE_MIN = 7;
/** A two-character word after a surname at least this common in jieba is a word, not a given name (周|期由 is no name). */
const COMMON_GIVEN_NAME_FREQUENCY = 1000;
/** The surnames of src/core/surnames.ts (read as text: this script runs without a TypeScript build). */
const SURNAMES = /SURNAMES_BY_FREQUENCY =\s*'([^']+)'/.exec(readFileSync(new URL('../src/core/surnames.ts', import.meta.url), 'utf8'))[1];
const LOOK_ALIKES = new URL('../data/sources/look-alikes.txt', import.meta.url);

/** The entries of one of the project's own lists: one a line, `#` starting a comment. */
function readProjectList(url) {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/**
 * Candidates kept for a character (commonest first). 20, not 16: a syllable as common as ji has
 * more than sixteen common characters, and 16 left 记 out of 纪's (登纪 → 登记) and 慰 out of 卫's
 * (走访卫问 → 慰问); over 52,807 paragraphs the four more changed no finding but those two.
 */
const MAX_CANDIDATES = 24;
/** Same sounds given to a character pycorrector's file does not list (its syllable's commonest). */
const RARE_SOUND_CANDIDATES = 8;
/** A character that rare: its dictionary words' frequencies summed, and its count in the official texts. */
const RARE_CHAR_DICT_FREQUENCY = 5000;
const RARE_CHAR_OFFICIAL_COUNT = 20;
/** Near-sound candidates a character, commonest first (see `near` below). */
const NEAR_CANDIDATES = 6;

function arg(name, env, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0) return process.argv[i + 1];
  return process.env[env] ?? fallback;
}

const HAN = /[\u3400-\u9fff]/;
const isHan = (s) => [...s].every((c) => HAN.test(c));

/** Bucketed log2 of a count, one character: 0 + the bucket (0–20). */
const bucket = (n) => String.fromCharCode(48 + (n <= 0 ? 0 : Math.min(20, 1 + Math.floor(Math.log2(n)))));

function main() {
  const jiebaPath = arg('jieba', 'JIEBA_DICT');
  const pycDir = arg('pycorrector', 'PYCORRECTOR_DATA');
  const officialDir = resolve(arg('official', 'OFFICIAL_DIR', '../shared/official'));
  if (!jiebaPath || !pycDir || !existsSync(jiebaPath) || !existsSync(join(pycDir, 'same_pinyin.txt'))) {
    console.error('usage: node scripts/build-language-data.mjs --jieba jieba.dict.utf8 --pycorrector DIR [--official DIR]');
    process.exit(2);
  }

  // ── Official text: character n-gram counts (2–4), training files only ─────────────
  const ngram = [new Map(), new Map(), new Map(), new Map(), new Map()];
  const files = readdirSync(officialDir).filter((f) => f.endsWith('.txt') && !HELD_OUT.includes(f)).sort();
  const texts = files.map((f) => readFileSync(join(officialDir, f), 'utf8'));
  // The corrected sentences of ECSpell's odw.train: official documents of the kinds reports cite
  // (notices, regulations), as counts beside the official texts.
  const trainFile = arg('ecspell-train', 'ECSPELL_TRAIN', 'test/fixtures/ecspell/odw.train');
  if (existsSync(trainFile)) texts.push(readFileSync(trainFile, 'utf8').split('\n').map((l) => l.split('\t')[2] ?? '').join('\n'));
  for (const text of texts) {
    for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
      for (let n = 1; n <= 4; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const g = run.slice(i, i + n);
          ngram[n].set(g, (ngram[n].get(g) ?? 0) + 1);
        }
      }
    }
  }

  // ── jieba words ─────────────────────────────────────────────────────────────────────
  const jieba = new Map();
  /** The words jieba tags as place names (ns), and as people's names (nr). */
  const placeNames = new Set();
  const personNames = new Set();
  for (const line of readFileSync(jiebaPath, 'utf8').split('\n')) {
    const [w, f, tag] = line.split(' ');
    if (!w || !isHan(w)) continue;
    jieba.set(w, Math.max(jieba.get(w) ?? 0, Number(f) || 0));
    if (tag?.trim() === 'ns') placeNames.add(w);
    if (tag?.trim() === 'nr') personNames.add(w);
  }

  // How often the official texts use each word within a word: each run of characters cut into its
  // most probable words by jieba's frequencies (the path jieba itself takes), so that 切事 of
  // 一切|事情 is not counted as a use of 切事, while 经纪 of 经纪公司 is.
  const wordCount = new Map();
  let totalFreq = 0;
  for (const f of jieba.values()) totalFreq += f;
  const logTotal = Math.log(totalFreq);
  const MAX_WORD = 8;
  /** The words of a run of characters, most probable first by jieba's frequencies. */
  const segment = (run) => {
    const n = run.length;
    const score = new Float64Array(n + 1);
    const step = new Int32Array(n + 1);
    for (let i = n - 1; i >= 0; i--) {
      score[i] = -Infinity;
      for (let L = 1; L <= MAX_WORD && i + L <= n; L++) {
        const f = jieba.get(run.slice(i, i + L)) ?? (L === 1 ? 1 : 0);
        if (!f) continue;
        const sc = Math.log(f) - logTotal + score[i + L];
        if (sc > score[i]) {
          score[i] = sc;
          step[i] = L;
        }
      }
    }
    const words = [];
    for (let i = 0; i < n; i += step[i]) words.push(run.slice(i, i + step[i]));
    return words;
  };
  for (const text of texts) {
    for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
      // Every piece of 2–4 characters inside a word counts (经纪 of 经纪公司); none across two words.
      for (const w of segment(run)) {
        for (let a = 0; a < w.length; a++) {
          for (let L = 2; L <= 4 && a + L <= w.length; L++) {
            const piece = w.slice(a, a + L);
            wordCount.set(piece, (wordCount.get(piece) ?? 0) + 1);
          }
        }
      }
    }
  }

  // Targets: words a slip is corrected to. jieba words of 2–4 characters common enough (or used in
  // official text), each with a frequency digit from jieba and one from the official texts.
  // The everyday words of work reports (report-words.txt) count as if the official texts used them
  // often: those texts speak of the state's work, seldom of a unit's own (申报, 排查, 验收).
  const reportWords = new Set(readProjectList(REPORT_WORDS));
  const targets = { 2: [], 3: [], 4: [] };
  for (const [w, f] of jieba) {
    const n = w.length;
    if (n < 2 || n > 4) continue;
    const counted = wordCount.get(w) ?? 0;
    if (f < 20 && counted < 2) continue;
    // (Only words that are targets anyway: a new target would be a new known sequence, and every
    // change of the known set moves the Bloom filter's false "present" answers around.)
    const off = Math.max(counted, reportWords.has(w) ? REPORT_WORD_COUNT : 0);
    targets[n].push(`${w}${bucket(f)}${bucket(off)}`);
  }
  for (const n of [2, 3, 4]) targets[n].sort();
  // Whether the words from i begin with a person's name: a common surname and a given name of two
  // characters no common word (王|建华), or a name jieba lists (陈志刚).
  const personNameAt = (words, i) =>
    (words[i].length === 1 && SURNAMES.includes(words[i]) && words[i + 1]?.length === 2 && (jieba.get(words[i + 1]) ?? 0) < COMMON_GIVEN_NAME_FREQUENCY) ||
    (words[i].length === 3 && SURNAMES.includes(words[i][0]) && personNames.has(words[i]));
  // Words of report prose: two-character targets official prose seldom uses (below the count
  // report-words.txt's words get) that 13 of the project's own reports or more use (采集,
  // 偏低, 讲座), cut into words as the official texts are. A non-word slip is corrected into them as
  // into official prose's common words; the real-word search still weighs them by official prose.
  // (Not the place names the reports share, 青溪, 滨江: made up for them, and no word of report prose.)
  const reportFiles = readdirSync(REPORTS_DIR).filter((f) => /^\d+-.*\.(txt|md)$/.test(f) && !reportHeldOut(f)).sort();
  const filesUsing = new Map();
  // (And the sequences of three and four characters, by the number of reports holding each: see
  // reportSequences below.)
  const filesHolding = new Map();
  for (const f of reportFiles) {
    const used = new Set();
    const held = new Set();
    for (const run of readFileSync(join(REPORTS_DIR, f), 'utf8').match(/[\u3400-\u9fff]+/g) ?? []) {
      const words = segment(run);
      for (const w of words) if (w.length === 2) used.add(w);
      // (Whole words only, one or more: 频监测 of 视频|监测 is no sequence, and would cover the
      // 频 of 防返频 → 防返贫. Nor one holding a place name or beginning with a person's: the
      // reports share made-up names, 王建华, 江州市, and a name known would hide its misspelling.)
      for (let i = 0; i < words.length; i++) {
        if (personNameAt(words, i)) continue;
        let seq = '';
        for (let j = i; j < words.length && seq.length + words[j].length <= 4; j++) {
          if (placeNames.has(words[j])) break;
          seq += words[j];
          if (seq.length >= 3) held.add(seq);
        }
      }
    }
    for (const w of used) filesUsing.set(w, (filesUsing.get(w) ?? 0) + 1);
    for (const g of held) filesHolding.set(g, (filesHolding.get(g) ?? 0) + 1);
  }
  const reportMin = REPORT_COUNTED_MIN;
  const officialDigit = new Map(targets[2].map((rec) => [rec.slice(0, 2), rec.charCodeAt(3) - 48]));
  const seldomDigit = bucket(REPORT_WORD_COUNT).charCodeAt(0) - 48;
  const reportCounted = [...filesUsing].filter(([w, n]) => n >= reportMin && officialDigit.has(w) && officialDigit.get(w) < seldomDigit && !placeNames.has(w)).map(([w]) => w).sort();
  // Set phrases of today's official prose the dictionary lacks or lists as rare
  // (data/sources/official-phrases.txt, the project's own list), listed apart: targets of the
  // commoner kind (a frequency of 64), added to the others when the data is loaded, so that the
  // filters below stay as they were.
  const targetWords = new Set(targets[4].map((rec) => rec.slice(0, 4)));
  const phrases = [
    ...new Set(
      readProjectList(OFFICIAL_PHRASES).filter((w) => /^[\u3400-\u9fff]{4}$/.test(w) && !targetWords.has(w)),
    ),
  ]
    .sort()
    .map((w) => `${w}${bucket(PHRASE_FREQUENCY)}${bucket(wordCount.get(w) ?? 0)}`);

  // Known sequences: jieba words of 2–4 characters with a frequency of 5 or more, official 3- and
  // 4-grams seen at least twice. A window found here is not a non-word. Official bigrams are left
  // out: 规化 occurs (in 正规化) but is no word. jieba's rarest entries (frequency below 5) hold
  // common misspellings (布署, 提练, 再接再励) beside rare real words: they are kept apart, as
  // "rare", which only a much more common same-sounding word overrules.
  const knownEntries = new Set();
  const rareEntries = new Set();
  for (const [w, f] of jieba) if (w.length >= 2 && w.length <= 4) (f >= 5 ? knownEntries : rareEntries).add(w);
  for (let n = 3; n <= 4; n++) for (const [g, c] of ngram[n]) if (c >= 2) knownEntries.add(g);
  for (const n of [2, 3, 4]) for (const rec of targets[n]) knownEntries.add(rec.slice(0, n));
  for (const w of knownEntries) rareEntries.delete(w);
  const known = bloomCreate(knownEntries.size, 0.001);
  for (const w of knownEntries) bloomAdd(known, w);
  const rare = bloomCreate(rareEntries.size, 0.01);
  for (const w of rareEntries) bloomAdd(rare, w);
  // Young words: a rare pair that two or more three-character entries begin or end with is a word
  // of its own, only younger than the text jieba counted (客服: 客服部, 客服群), not a misspelling,
  // which makes no such words (布署, 提练). (Longer entries do not count: a four-character idiom
  // makes "words" of its halves that stand nowhere else: 深恶 of 深恶痛绝, 不加 of 不加思索.) Listed
  // apart, and added to the known sequences when the data is loaded, so that the filters above
  // stay as they were (each rebuild of a filter moves its false "present" answers around).
  const compounds = new Map();
  for (const w of jieba.keys()) {
    if (w.length !== 3) continue;
    for (const part of new Set([w.slice(0, 2), w.slice(1)])) compounds.set(part, (compounds.get(part) ?? 0) + 1);
  }
  const young = [...rareEntries].filter((w) => w.length === 2 && (compounds.get(w) ?? 0) >= 2).sort();
  // The project's own lists (data/sources/): those of their entries the data does not know
  // already, listed apart like the young words. Words of today's reports younger than jieba's
  // dictionary (modern-words.txt), and sequences every work report uses (report-phrases.txt).
  const unknownOf = (url) => [
    ...new Set(
      readProjectList(url).filter((w) => /^[\u3400-\u9fff]{2,8}$/.test(w) && !(w.length <= 4 && knownEntries.has(w))),
    ),
  ].sort();
  const modern = unknownOf(MODERN_WORDS);
  // The modern words of three and four characters are corrections too (医公体 → 医共体): those
  // that are no target already, with the frequency digit of the set phrases listed apart and
  // their count in the official texts (选调生 is known there, as a sequence, but no jieba word).
  const targetSet = new Set([...targets[3], ...targets[4]].map((rec) => rec.slice(0, rec.length - 2)));
  const modernTargets = [...new Set(readProjectList(MODERN_WORDS).filter((w) => /^[\u3400-\u9fff]{3,4}$/.test(w) && !targetSet.has(w)))]
    .sort()
    .map((w) => `${w}${bucket(PHRASE_FREQUENCY)}${bucket(ngram[w.length].get(w) ?? 0)}`);
  const reportPhrases = unknownOf(REPORT_PHRASES);
  // Sequences of three and four characters, whole words, that 7 of the project's own reports or more
  // hold and nothing known covers (工作打算, 利润总额, 视频监控): known as the official texts' are, so
  // that a slip beside or in them is found with their support (利闰总额 → 利润, 排除安全引患 → 隐患).
  // (4 of 321 found more slips, but made the names the reports share known: 林晓燕.)
  const reportSequences = { 3: '', 4: '' };
  const sequenceMin = REPORT_SEQUENCE_MIN;
  for (const [g, n] of [...filesHolding].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (n >= sequenceMin && !knownEntries.has(g)) reportSequences[g.length] += g;
  // Bound words: a two-character target of the rarer kind (jieba frequency below 200) whose uses in
  // the official texts are nearly all (nine in ten or more, of eight or more) beside one and the
  // same character: 高质 of 高质量, 既往 of 一如既往. The official count says how often the longer
  // word is used, not the pair: a correction into the pair alone (高脂配方 → 高质配方) is none.
  // Records: the word and the character after it, or the character before it and the word, with
  // '>' or '<' between.
  const after = new Map();
  const before = new Map();
  for (const [g, c] of ngram[3]) {
    if (c > (after.get(g.slice(0, 2))?.[1] ?? 0)) after.set(g.slice(0, 2), [g[2], c]);
    if (c > (before.get(g.slice(1))?.[1] ?? 0)) before.set(g.slice(1), [g[0], c]);
  }
  const bound = [];
  for (const rec of targets[2]) {
    const w = rec.slice(0, 2);
    const total = ngram[2].get(w) ?? 0;
    if (total < BOUND_MIN_USES || (jieba.get(w) ?? 0) >= BOUND_MAX_DICT) continue;
    const [next, nextCount] = after.get(w) ?? ['', 0];
    const [prev, prevCount] = before.get(w) ?? ['', 0];
    if (nextCount >= total * BOUND_SHARE) bound.push(`${w}>${next}`);
    else if (prevCount >= total * BOUND_SHARE) bound.push(`${prev}<${w}`);
  }

  // Bigrams of ordinary text: official bigrams and the bigrams inside jieba words. A position whose
  // two bigrams are both here is not worth a closer look.
  const bigramEntries = new Set(ngram[2].keys());
  for (const w of jieba.keys()) for (let i = 0; i + 2 <= w.length; i++) bigramEntries.add(w.slice(i, i + 2));
  const bigrams = bloomCreate(bigramEntries.size, 0.02);
  for (const g of bigramEntries) bloomAdd(bigrams, g);

  // ── Confusion sets: same pinyin (same tone first) and similar shape ──────────────────
  const targetChars = new Set();
  for (const n of [2, 3, 4]) for (const rec of targets[n]) for (const c of rec.slice(0, n)) targetChars.add(c);
  const confusable = {};
  const add = (c, list) => {
    const cands = [...new Set(list)].filter((x) => x !== c && HAN.test(x) && targetChars.has(x));
    if (!cands.length) return;
    const prev = confusable[c] ?? '';
    confusable[c] = prev + cands.filter((x) => !prev.includes(x)).join('');
  };
  // Sameness of sound goes both ways, but the file lists some pairs one way only (心 lists 新, 新
  // does not list 心): each same-tone pair is added the other way round too, where pinyin-pro
  // reads the two alike. Not to a function character (是, 在 …: typo.ts's FUNCTION_CHARS), whose
  // short list the file keeps on purpose: a particle or a copula gives way to a word too easily
  // (不干是失职 is no 不干事).
  const FUNCTION_CHARS = '的地得了着过在和与同跟及或并而且但则即既其之所以为于把被将从由向对给因当就都也还又再已才只很更最太较各每该此本这那哪些个是有没不非无未让使令等如若';
  const toned = (c) => pinyin(c, { type: 'array' })[0] ?? '';
  const reverse = new Map();
  // Near sounds: the syllables input methods' fuzzy pinyin merges (see `near` below).
  const nearSyllables = (py) => {
    const out = new Set();
    const initials = [['zh', 'z'], ['ch', 'c'], ['sh', 's'], ['n', 'l'], ['l', 'n'], ['f', 'h'], ['h', 'f']];
    const finals = [['ing', 'in'], ['in', 'ing'], ['eng', 'en'], ['en', 'eng'], ['ang', 'an'], ['an', 'ang']];
    for (const [a, b] of initials) if (py.startsWith(a) && !(a === 'z' && py.startsWith('zh')) && !(a === 'c' && py.startsWith('ch')) && !(a === 's' && py.startsWith('sh'))) out.add(b + py.slice(a.length));
    for (const [a, b] of [['z', 'zh'], ['c', 'ch'], ['s', 'sh']]) if (py.startsWith(a) && !py.startsWith(b)) out.add(b + py.slice(1));
    for (const [a, b] of finals) if (py.endsWith(a) && !(a === 'in' && py.endsWith('ing')) && !(a === 'en' && py.endsWith('eng')) && !(a === 'an' && py.endsWith('ang'))) out.add(py.slice(0, py.length - a.length) + b);
    out.delete(py);
    return out;
  };
  // The file lists a few characters of another syllable among the same-sounding ones (征 for 直,
  // 吃 and 借 for 及): a candidate is kept only where one of its readings is one of the character's,
  // or a near one (应 for 因: the file's near sounds stay), by pinyin-pro, every reading of a
  // polyphone; so that a finding said to sound alike does.
  // (Not a polyphone's reading of one verb only: 系 is jì in 系鞋带 alone, and a 系 for 计, 积 or 记 is
  // no slip an input method makes: 护理计统 → 系统 and 桥面系 → 面积 were corrections of that reading.
  // Nor 省 read xǐng, of 反省 and 省亲 alone: 省政务服务 was read as 行政.)
  const RARE_READINGS = { 系: ['ji'], 省: ['xing'] };
  const readings = (c) => pinyin(c, { toneType: 'none', type: 'array', multiple: true }).filter((r) => !RARE_READINGS[c]?.includes(r));
  const soundsAlike = (a, b) => {
    const ra = readings(a);
    return readings(b).some((r) => ra.includes(r) || ra.some((x) => nearSyllables(x).has(r)));
  };
  let droppedNotAlike = 0;
  for (const line of readFileSync(join(pycDir, 'same_pinyin.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const [c, sameTone = '', otherTone = ''] = line.split('\t');
    const alike = (list) => [...list].filter((x) => soundsAlike(c, x) || (droppedNotAlike++, false)).join('');
    add(c, alike(sameTone));
    add(c, alike(otherTone));
    for (const x of sameTone) if (HAN.test(c) && !FUNCTION_CHARS.includes(x) && toned(x) === toned(c)) reverse.set(x, (reverse.get(x) ?? '') + c);
  }
  for (const [x, cs] of reverse) add(x, cs);
  // The file lists its 3,500 commonest characters only: a rarer one the dictionary's words hold (讫,
  // 缮, 札 of 讫今, 完缮, 札实) gets the commonest characters of its syllable, by pinyin-pro, as its
  // same sounds: a slip picks the rare character from the input method's list where the common one
  // was meant.
  const charCounts = new Map();
  for (const [c, n] of ngram[1]) charCounts.set(c, n);
  const bySound = new Map();
  for (const c of targetChars) {
    for (const r of readings(c)) {
      const list = bySound.get(r);
      if (list) list.push(c);
      else bySound.set(r, [c]);
    }
  }
  // Only characters rare in any prose (the dictionary's words holding them are rare: not 她, which
  // the official texts seldom use), and asked apart (`rareSounds`): where nothing known covers the
  // character, and never where the character kept begins or ends a longer word (砷|化合物 is a
  // chemist's word, not 深化: `longWordBeyond` in typo.ts).
  const dictCharFreq = new Map();
  for (const [w, n] of jieba) for (const c of new Set(w)) if (HAN.test(c)) dictCharFreq.set(c, (dictCharFreq.get(c) ?? 0) + n);
  const rareSounds = {};
  for (const c of [...dictCharFreq.keys()].sort()) {
    if (confusable[c] || FUNCTION_CHARS.includes(c) || dictCharFreq.get(c) >= RARE_CHAR_DICT_FREQUENCY || (charCounts.get(c) ?? 0) >= RARE_CHAR_OFFICIAL_COUNT) continue;
    // The characters of its usual reading first, then of its other readings, each by frequency:
    // 泄 is xiè (泄露) before yì, and the commonest characters of yì would fill the list.
    const byCount = (a, b) => (charCounts.get(b) ?? 0) - (charCounts.get(a) ?? 0);
    const usual = pinyin(c, { toneType: 'none', type: 'array' })[0];
    const first = (bySound.get(usual) ?? []).filter((x) => x !== c).sort(byCount);
    const rest = readings(c).filter((r) => r !== usual).flatMap((r) => bySound.get(r) ?? []).filter((x) => x !== c && !first.includes(x)).sort(byCount);
    const cands = [...new Set([...first, ...rest])];
    if (cands.length) rareSounds[c] = cands.slice(0, RARE_SOUND_CANDIDATES).join('');
  }
  // The characters official prose uses often enough: a character outside them that a document uses
  // again and again is its trade's (氯 of a water plant's 余氯, 有效氯; 箱 of a port's 重箱, 放箱).
  const commonChars = [...charCounts].filter(([c, n]) => HAN.test(c) && n >= RARE_CHAR_OFFICIAL_COUNT).map(([c]) => c).sort().join('');
  const shape = {};
  // pycorrector's groups, then the project's own (data/sources/look-alikes.txt: 己已巳, 失矢 …).
  const ownLines = readFileSync(LOOK_ALIKES, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  // (`A>B`: B a candidate for A, not A for B.)
  const oneWay = ownLines.filter((l) => l.includes('>')).map((l) => l.split('>'));
  // (`!A`: A, the commonest of function characters, is corrected by no look-alike, nor a correction of one.)
  const noLookAlikes = ownLines.filter((l) => l.startsWith('!')).flatMap((l) => [...l.slice(1)]);
  // (`A~B`: A and B are no look-alikes of each other, whatever a group says.)
  const unlike = ownLines.filter((l) => l.includes('~')).map((l) => l.split('~'));
  const ownLookAlikes = ownLines.filter((l) => !l.includes('>') && !l.startsWith('!') && !l.includes('~')).map((l) => [...l].join('\t'));
  const addShapes = (c, cands) => {
    if (cands.length) shape[c] = [...new Set([...(shape[c] ?? ''), ...cands])].join('');
  };
  for (const line of [...readFileSync(join(pycDir, 'same_stroke.txt'), 'utf8').split('\n'), ...ownLookAlikes]) {
    const group = line.split('\t').map((s) => s.trim()).filter(Boolean);
    for (const c of group) addShapes(c, group.filter((x) => x !== c && targetChars.has(x)));
  }
  for (const [from, to] of oneWay) addShapes(from, [...to].filter((x) => targetChars.has(x)));
  for (const c of noLookAlikes) delete shape[c];
  for (const [a, b] of unlike) {
    for (const [x, y] of [[a, b], [b, a]]) if (shape[x]) shape[x] = [...shape[x]].filter((c) => c !== y).join('');
  }
  for (const [c, cands] of Object.entries(shape)) {
    const kept = [...cands].filter((x) => !noLookAlikes.includes(x)).join('');
    if (kept) shape[c] = kept;
    else delete shape[c];
  }


  // Pairs real writers confused in official documents (ECSpell odw.train, the training half only):
  // look-alikes and near-sounds the sets above lack (木 for 术, 亚 for 业, 应 for 因). Kept ahead of
  // the frequency order below, so the cap never drops them.
  const learned = {};
  const trainPath = arg('ecspell-train', 'ECSPELL_TRAIN', 'test/fixtures/ecspell/odw.train');
  let learnedPairs = 0;
  if (existsSync(trainPath)) {
    const plain = (c) => pinyin(c, { toneType: 'none', type: 'array' })[0];
    for (const line of readFileSync(trainPath, 'utf8').split('\n')) {
      const [, src = '', tgt = ''] = line.split('\t');
      if (src.length !== tgt.length) continue;
      for (let i = 0; i < src.length; i++) {
        const a = src[i];
        const b = tgt[i];
        if (a === b || !HAN.test(a) || !HAN.test(b) || !targetChars.has(b)) continue;
        const kind = plain(a) === plain(b) ? 'pinyin' : 'shape';
        learned[kind] ??= {};
        if ((learned[kind][a] ?? '').includes(b)) continue;
        learned[kind][a] = (learned[kind][a] ?? '') + b;
        learnedPairs++;
      }
    }
  }

  // Candidates most common first (official text, then the dictionary's characters), at most
  // MAX_CANDIDATES a character: rare characters are rarely what the writer meant, and every
  // candidate costs lookups on the typing path.
  const charFreq = new Map();
  for (const [c, n] of ngram[1]) charFreq.set(c, n);
  const byFreq = (s) => [...s].sort((a, b) => (charFreq.get(b) ?? 0) - (charFreq.get(a) ?? 0)).slice(0, MAX_CANDIDATES).join('');
  const withLearned = (sets, extra = {}) => {
    for (const c of new Set([...Object.keys(sets), ...Object.keys(extra)])) {
      const first = extra[c] ?? '';
      sets[c] = (first + byFreq([...(sets[c] ?? '')].filter((x) => !first.includes(x)).join(''))).slice(0, Math.max(MAX_CANDIDATES, first.length));
    }
  };
  // A confusion goes both ways (日 typed for 目 and 目 for 日): each pair taken the other way round
  // joins the ordinary candidates, in their frequency order (the way it was seen stays first).
  for (const [kind, sets] of [['pinyin', confusable], ['shape', shape]]) {
    for (const [a, bs] of Object.entries(learned[kind] ?? {})) {
      for (const b of bs) if (targetChars.has(a) && !(sets[b] ?? '').includes(a)) sets[b] = (sets[b] ?? '') + a;
    }
  }
  withLearned(confusable, learned.pinyin);
  withLearned(shape, learned.shape);

  // Near sounds: the syllables input methods' fuzzy pinyin merges, since writers who do not tell
  // them apart type one for the other (振新 for 振兴: xin/xing; 水品 for 水平: pin/ping; z/zh, c/ch,
  // s/sh, n/l, f/h, en/eng, in/ing, an/ang). The commonest NEAR_CANDIDATES characters of each, not in
  // the same-sound set; the check asks them only where nothing known covers a character.
  const plainOf = (c) => pinyin(c, { toneType: 'none', type: 'array' })[0] ?? '';
  const bySyllable = new Map();
  for (const c of targetChars) {
    const py = plainOf(c);
    if (!py) continue;
    const list = bySyllable.get(py);
    if (list) list.push(c);
    else bySyllable.set(py, [c]);
  }
  for (const list of bySyllable.values()) list.sort((a, b) => (charFreq.get(b) ?? 0) - (charFreq.get(a) ?? 0));
  const near = {};
  for (const c of targetChars) {
    const py = plainOf(c);
    if (!py) continue;
    const same = confusable[c] ?? '';
    const cands = [];
    for (const s2 of nearSyllables(py)) for (const x of bySyllable.get(s2) ?? []) if (x !== c && !same.includes(x)) cands.push(x);
    const top = cands.sort((a, b) => (charFreq.get(b) ?? 0) - (charFreq.get(a) ?? 0)).slice(0, NEAR_CANDIDATES).join('');
    if (top) near[c] = top;
  }

  const data = {
    version: 1,
    sources: {
      jieba: 'jieba.dict.utf8 from the npm package nodejieba 3.5.8 (MIT)',
      pycorrector: 'shibing624/pycorrector fc8aa56c336276fbd8cdd3a49eef505dc67b8a6e pycorrector/data/same_pinyin.txt, same_stroke.txt (Apache-2.0)',
      ecspell: existsSync(trainPath) ? `${learnedPairs} character pairs from ECSpell Data/domains_data/odw.train (MIT), aopolin-lv/ECSpell 025bf43f1ea5d84a3f0163d1eb79c79e00ff0a74` : 'not used',
      modern: 'data/sources/modern-words.txt (this project, MIT)',
      reportWords: 'data/sources/report-words.txt (this project, MIT)',
      lookAlikes: 'data/sources/look-alikes.txt (this project, MIT)',
      phrases: 'data/sources/official-phrases.txt (this project, MIT)',
      reportPhrases: 'data/sources/report-phrases.txt (this project, MIT)',
      reportCounted: `the words of ${reportFiles.length} of the project's own reports, ${REPORTS_DIR} (this project, MIT; every fourth file held out)`,
      reportSequences: `the sequences of three and four characters, whole words, of the same reports`,
      official: `${files.length} official texts of ../shared/official (public documents of state organs), held out: ${HELD_OUT.join(', ')}`,
    },
    targets: { 2: frontCoded(targets[2]), 3: frontCoded(targets[3]), 4: frontCoded(targets[4]) },
    known: bloomEncode(known),
    rare: bloomEncode(rare),
    young: young.join(''),
    phrases: phrases.join(''),
    modern,
    modernTargets,
    reportPhrases,
    reportCounted: reportCounted.join(''),
    reportSequences,
    bound,
    bigrams: bloomEncode(bigrams),
    pinyin: confusable,
    rareSounds,
    commonChars,
    near,
    shape,
  };
  mkdirSync('data/language', { recursive: true });
  writeFileSync('data/language/typo.json', JSON.stringify(data));
  console.log(
    `typo.json: ${(JSON.stringify(data).length / 1024).toFixed(0)} K chars; targets ${targets[2].length}/${targets[3].length}/${targets[4].length}, ` +
      `known ${knownEntries.size}, rare ${rareEntries.size}, young ${young.length}, phrases ${phrases.length}, modern ${modern.length} (${modernTargets.length} as corrections), report phrases ${reportPhrases.length}, report prose words ${reportCounted.length} (in ${reportMin} of ${reportFiles.length} reports or more) and sequences ${reportSequences[3].length / 3 + reportSequences[4].length / 4} (in ${sequenceMin}), bound words ${bound.length}, bigrams ${bigramEntries.size}, confusable chars ${Object.keys(confusable).length} (same-pinyin candidates of another syllable dropped: ${droppedNotAlike}; rarer characters given their syllable's: ${Object.keys(rareSounds).length}), shape ${Object.keys(shape).length}`,
  );
}

/** Pinyin initials of the phrase bank's canonical expressions (for completions by initials). */
export function phraseInitials(texts) {
  const out = {};
  for (const t of texts) out[t] = pinyin(t.replace(/[^\u3400-\u9fff]/g, ''), { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  if (process.argv.includes('--phrases')) {
    const { createRequire } = await import('node:module');
    const texts = createRequire(import.meta.url)(resolve('dist/core.cjs')).phraseTexts();
    writeFileSync('src/core/language/phrase-initials.json', JSON.stringify(phraseInitials(texts), null, 1) + '\n');
  } else {
    main();
  }
}
