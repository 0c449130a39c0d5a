/**
 * A person's name misspelt once where the document writes it right elsewhere, the name known as
 * one by its title: 县长李明化 beside 县长李明华 ×2, 王建国同志 beside 王建军同志 ×2 …
 *
 * The term check (termVariants.ts) needs the slip to leave a pair seen nowhere, which a name often
 * does not (明化 is an ordinary pair, of 文明化); a title says that what follows is a name, so the
 * pair test can go. What keeps ordinary words out instead:
 * - the name stands right after a title (县长, 书记, 主任 …) or right before 同志, and begins with
 *   a common surname;
 * - neither form is a known word or sequence (强调 of 书记强调 is no name);
 * - the name as written occurs once in the document, the other form at least twice, and the two
 *   differ in one character that sounds or looks like the other (as the typo check's sets say);
 *   or each once, in two clauses of one sentence that names the same person twice, or (names of
 *   three characters) in two sentences: the later spelling is flagged, and since the document
 *   cannot say which is right, the finding asks the writer to check and offers either spelling;
 * - the two are not in one sentence as a list: a list of names (王芳同志、王方同志) names two people; nor
 *   seen with titles, none of them shared (县长赵刚, 副县长赵钢).
 * Names of two and of three characters are both tried; a position with two possible corrections
 * is left alone.
 */
import { SURNAMES } from '../surnames';
import { countInText } from './countInText';
import { TITLES } from './titles';
import { CLAUSE_WORD, type TermVariant } from './termVariants';
import { isAntonymPair, isHanCode, onTypoCacheClear, type TypoModel } from './typo';

const TITLE_BEFORE = new RegExp(`(?:${TITLES.join('|')})(?=[\\u4e00-\\u9fff]{2})`, 'g');
/**
 * Roles a person's name follows as it follows a title (测试负责人葛晓岚, 导税员庞嘉树, 网格员李强): a
 * word ending in 员 (staff of a kind) or 负责人, 联系人. (What follows 人员, 成员, 会员 or 党员 is no
 * name: those name groups, not one person's role.)
 */
const ROLE_BEFORE = /(?:负责人|联系人|(?<![人成会党委学议雇职])员)(?=[\u4e00-\u9fff]{2})/g;
const COMRADE_AFTER = /(?<=[\u4e00-\u9fff]{2})同志/g;
/** Last characters of a unit's name (科室, 车间, 中心 …), which a head's title follows as it follows a person's name. */
const UNIT_ENDINGS = '室科部处局办组队站所院厂司委会馆校行社心区县市省镇乡村厅团班连营坊场库台间线段网点';
/** Titles after a name (郑婉清护士长, 王强局长), with the 副 between them (李明副县长), longest first. */
const TITLE_AFTER = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})副?(?:${[...TITLES].sort((x, y) => y.length - x.length).join('|')})`, 'g');

/**
 * Whether a known sequence of three characters is a common name the dictionary lists, no word: its
 * first two characters are no word, and it is no dictionary word as a whole, whatever its last two
 * are (王秀兰; 王建军, though 建军 is a word).
 */
function commonName(m: TypoModel, name: string): boolean {
  return name.length === 3 && !m.target2(name.charCodeAt(0), name.charCodeAt(1)) && (!m.target2(name.charCodeAt(1), name.charCodeAt(2)) || m.target(name) === undefined);
}

/** Titles that name one role two ways (教师李秀芳 … 李秀方老师 is one teacher), compared as one. */
const SAME_ROLE: Readonly<Record<string, string>> = { 教师: '老师', 医师: '医生', 警官: '民警' };

const SENTENCE_END = /[。！？；!?;\n\r]/;

/** The levels of China's administrative divisions, down to the village group: one before a one-character suffix makes a pair of levels (镇村, 县乡), not a name. */
const ADMINISTRATIVE_LEVELS = '省市县区乡镇村组';

/**
 * What marks the two or three characters before it as a place's name (柳河村, 东岗镇, 南湖工业园区),
 * or a company's (宏达化工, 宏达集团):
 * a place is written as a person is, once with a similar character where the document writes it
 * right twice or more. Place names are marked with the suffix as their "title" ('@村'), and only
 * ever compared with one another.
 */
const PLACE_AFTER = /(?<=[\u4e00-\u9fff]{2})(?:工业园区|工业园|开发区|街道|社区|村|镇|乡|有限公司|股份|集团|公司|化工|实业)/g;


interface MarkedName {
  /** Offset in the paragraph, and length (2 or 3). */
  at: number;
  length: number;
  /** The title before it, with a 副 before the title; empty before 同志. */
  title: string;
}

/**
 * The names titles mark in one paragraph, cached by its text as the typo check's other
 * per-paragraph results are: a keystroke scans only the paragraph typed in.
 */
const markedCache = new Map<string, readonly MarkedName[]>();
const NONE: readonly MarkedName[] = [];
onTypoCacheClear(() => markedCache.clear());

function markedNamesOf(m: TypoModel, para: string): readonly MarkedName[] {
  if (para.length < 4) return NONE;
  const cached = markedCache.get(para);
  if (cached) return cached;
  const out: MarkedName[] = [];
  const add = (at: number, length: number, title: string) => {
    if (at < 0 || at + length > para.length) return;
    const name = para.slice(at, at + length);
    // (A place's name may be a dictionary entry, as 柳河 and 南湖 are; a person's may not: 书记|强调.
    // Unless it is three characters that hold no word: a common name is a known sequence of the
    // dictionary's, 王秀兰, and neither 王秀 nor 秀兰 is a word.)
    if (title.startsWith('@') ? false : !SURNAMES.has(name[0]) || (m.isKnown(name) && !(length === 3 && commonName(m, name)))) return;
    for (let i = 0; i < length; i++) if (!isHanCode(name.charCodeAt(i))) return;
    out.push({ at, length, title });
  };
  // The names after a title or a role, of two characters and of three.
  const addAfter = (re: RegExp, titleOf: (t: RegExpExecArray) => string | null) => {
    re.lastIndex = 0;
    for (let t: RegExpExecArray | null; (t = re.exec(para)); ) {
      const title = titleOf(t);
      if (title === null) continue;
      const at = t.index + t[0].length;
      add(at, 2, title);
      if (isHanCode(para.charCodeAt(at + 2))) add(at, 3, title);
    }
  };
  addAfter(TITLE_BEFORE, (t) => (para[t.index - 1] === '副' ? '副' : '') + t[0]);
  // (The role as the title: the word before 员 with it, 导税员; a role of one character, 员 alone, is none.)
  addAfter(ROLE_BEFORE, (t) => (t[0] !== '员' ? t[0] : t.index >= 1 && isHanCode(para.charCodeAt(t.index - 1)) ? para.slice(Math.max(0, t.index - 2), t.index + 1) : null));
  TITLE_AFTER.lastIndex = 0;
  for (let t: RegExpExecArray | null; (t = TITLE_AFTER.exec(para)); ) {
    // (A unit comes before its head's title as a name does: 修复室主任, 财务科科长, 一车间主任.)
    if (UNIT_ENDINGS.includes(para[t.index - 1])) continue;
    add(t.index - 2, 2, t[0]);
    if (t.index >= 3 && isHanCode(para.charCodeAt(t.index - 3))) add(t.index - 3, 3, t[0]);
  }
  COMRADE_AFTER.lastIndex = 0;
  for (let c: RegExpExecArray | null; (c = COMRADE_AFTER.exec(para)); ) {
    add(c.index - 2, 2, '');
    if (c.index >= 3 && isHanCode(para.charCodeAt(c.index - 3))) add(c.index - 3, 3, '');
  }
  PLACE_AFTER.lastIndex = 0;
  for (let c: RegExpExecArray | null; (c = PLACE_AFTER.exec(para)); ) {
    // (Not the half of a word the suffix ends: 农村, 城镇, 城乡 are no place's name.)
    // (A suffix of two characters or more is a word itself: 宏大|化工 is read so, whatever 大化 is.)
    if (c[0].length === 1 && (m.target2(para.charCodeAt(c.index - 1), para.charCodeAt(c.index))?.official ?? 0) >= 1) continue;
    // (Nor two levels side by side: 镇村干部, 县乡道路, 乡村 — 实行|镇村 holds no place 行镇.)
    if (c[0].length === 1 && ADMINISTRATIVE_LEVELS.includes(para[c.index - 1])) continue;
    // (Nor a clause's pieces before the suffix: 车间|在|公司 holds no company 间在.)
    if (CLAUSE_WORD.test(para.slice(c.index - 2, c.index))) continue;
    add(c.index - 2, 2, `@${c[0]}`);
    if (c.index >= 3 && isHanCode(para.charCodeAt(c.index - 3)) && !CLAUSE_WORD.test(para[c.index - 3])) add(c.index - 3, 3, `@${c[0]}`);
  }
  // (Bounded like the other caches: a batch of files keeps at most this many paragraphs.)
  if (markedCache.size > 50000) markedCache.clear();
  markedCache.set(para, out.length ? out : NONE);
  return out;
}

/**
 * Names misspelt once, known as names by their titles, in `text` (the whole document), within the
 * given paragraphs of prose. Offsets are the document's.
 */
export function findTitledNameSlips(m: TypoModel, text: string, paragraphs: readonly { start: number; text: string }[]): TermVariant[] {
  // Every name a title marks: where it stands, in two and three characters, and the titles each is
  // seen with (副县长 apart from 县长; 同志 is no title here).
  const seen = new Map<string, number[]>();
  const titles = new Map<string, Set<string>>();
  for (const para of paragraphs) {
    for (const { at, length, title } of markedNamesOf(m, para.text)) {
      const start = para.start + at;
      const name = text.slice(start, start + length);
      const where = seen.get(name);
      if (where) where.push(start);
      else seen.set(name, [start]);
      if (title) {
        const role = SAME_ROLE[title] ?? title;
        const set = titles.get(name);
        if (set) set.add(role);
        else titles.set(name, new Set([role]));
      }
    }
  }
  // Names marked only as places: compared only with one another, and never on one writing each.
  const places = new Set([...titles].filter(([, set]) => [...set].every((t) => t.startsWith('@'))).map(([name]) => name));
  const isPlace = (name: string): boolean => places.has(name);
  const people = new Map([...seen].filter(([name]) => !isPlace(name)));
  const unmarked = unmarkedVariants(m, text, paragraphs, people);
  if (seen.size < 2) return unmarked;
  // Pairs of marked names one similar character apart, each way. Names are grouped by each
  // position masked (周文_): only names in one group can differ there alone. A small group is
  // compared pair by pair; in a large one (a list of a thousand villages) each name looks up only
  // the characters its own lists offer, so the work stays linear in the names.
  const pairs: { found: string; replacement: string; kind: 'pinyin' | 'shape' }[] = [];
  const paired = new Set<string>();
  const relation = (a: string, b: string, diff: number, bySyllable: boolean): 'pinyin' | 'shape' | undefined => {
    const x = a.charCodeAt(diff);
    const y = b.charCodeAt(diff);
    if (isAntonymPair(x, y)) return undefined;
    if (m.soundsLike(x).includes(b[diff]) || m.soundsLike(y).includes(a[diff]) || m.soundsNear(x).includes(b[diff]) || (bySyllable && sameSyllable(m, x, y))) return 'pinyin';
    if (m.looksLike(x).includes(b[diff]) || m.looksLike(y).includes(a[diff])) return 'shape';
    return undefined;
  };
  const pair = (a: string, b: string, diff: number, bySyllable: boolean) => {
    const kind = relation(a, b, diff, bySyllable);
    if (!kind) return;
    for (const [found, replacement] of [[a, b], [b, a]]) {
      const key = `${found}\u0000${replacement}`;
      if (paired.has(key)) continue;
      paired.add(key);
      pairs.push({ found, replacement, kind });
    }
  };
  const groups = new Map<string, string[]>();
  for (const name of seen.keys()) {
    for (let i = 0; i < name.length; i++) {
      const key = `${isPlace(name) ? '@' : ''}${name.slice(0, i)}\u0000${name.slice(i + 1)}`;
      const group = groups.get(key);
      if (group) group.push(name);
      else groups.set(key, [name]);
    }
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const diff = key.indexOf('\u0000') - (key.startsWith('@') ? 1 : 0);
    if (group.length <= SMALL_GROUP) {
      for (let j = 0; j < group.length; j++) for (let k = j + 1; k < group.length; k++) pair(group[j], group[k], diff, true);
      continue;
    }
    // (The group's names by their character at the masked position: a look-up per candidate.)
    const byChar = new Map<string, string>();
    for (const name of group) byChar.set(name[diff], name);
    for (const a of group) {
      const x = a.charCodeAt(diff);
      for (const list of [m.soundsLike(x), m.soundsNear(x), m.looksLike(x)]) {
        for (let i = 0; i < (list?.length ?? 0); i++) {
          const b = byChar.get(list[i]);
          if (b !== undefined && b !== a) pair(a, b, diff, false);
        }
      }
    }
  }
  if (!pairs.length) return unmarked;
  const counts = countInText(0, text, pairs.flatMap((p) => [p.found, p.replacement]), [], 3);
  // By position: the corrections each written name could take; one only, or none is made.
  const byStart = new Map<number, { found: string; replacement: string; kind: 'pinyin' | 'shape'; uses: number; other?: number; place?: boolean }[]>();
  for (const p of pairs) {
    const uses = counts.get(p.replacement) ?? 0;
    if (counts.get(p.found) !== 1 || uses < (isPlace(p.found) ? 2 : 1)) continue;
    const start = seen.get(p.found)![0];
    let from = start;
    while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
    let to = start + p.found.length;
    while (to < text.length && !SENTENCE_END.test(text[to])) to++;
    const together = text.slice(from, to).includes(p.replacement);
    if (uses === 1) {
      // Each written once: the later spelling is flagged, and the message says the other is
      // written once. In one sentence, one person only where it names the same person twice, in
      // two clauses (张晓明同志在抗洪中表现突出，建议授予张晓民同志……称号).
      const other = text.lastIndexOf(p.replacement, start);
      if (other < 0) continue;
      if (together) {
        if (other < from) continue;
        const between = text.slice(other + p.replacement.length, start);
        if (!/[，,]/.test(between) || (between.replace(/同志/g, '').match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 8) continue;
      } else if (p.found.length !== 3) continue;
      // In two sentences, a name of three characters whose given name differs (副局长周文斌 …
      // 由周文彬同志负责): a writer types a name with care where the title introduces it and slips
      // later, and two people whose names differ in one similar character seldom serve in one
      // report's unit (two titles, none shared, are two people: below).
    } else if (together && !(isPlace(p.found) && !listedTogether(text, p.found, p.replacement, start))) continue; // Both in one sentence are two people (授予王芳同志、王方同志……称号); two places only in a list (东港镇、东岗镇).
    // Two titles and none shared are two people (县长赵刚, 副县长赵钢).
    const foundTitles = titles.get(p.found);
    const otherTitles = titles.get(p.replacement);
    if (foundTitles && otherTitles && ![...foundTitles].some((t) => otherTitles.has(t))) continue;
    const list = byStart.get(start);
    const v = { ...p, uses, ...(uses === 1 ? { other: text.lastIndexOf(p.replacement, start) } : {}), ...(isPlace(p.found) ? { place: true } : {}) };
    if (list) list.push(v);
    else byStart.set(start, [v]);
  }
  const out: TermVariant[] = [];
  for (const [start, list] of byStart) {
    if (new Set(list.map((v) => v.replacement)).size !== 1) continue;
    // The longer name when both lengths qualify (李明化 of 县长李明化, rather than its 李明).
    const v = list.reduce((x, y) => (y.found.length > x.found.length ? y : x));
    out.push({ index: start, length: v.found.length, found: v.found, replacement: v.replacement, kind: v.kind, uses: v.uses, ...(v.other !== undefined ? { other: v.other } : {}), ...(v.place ? { place: true } : {}) });
  }
  for (const v of unmarked) if (!out.some((w) => w.index < v.index + v.length && v.index < w.index + w.length)) out.push(v);
  // A two-character name inside a three-character one that is flagged too is the same slip.
  return out
    .filter((v) => !out.some((w) => w !== v && w.index <= v.index && v.index + v.length <= w.index + w.length && w.length > v.length))
    .sort((a, b) => a.index - b.index);
}

/**
 * The spellings of a three-character name one similar character away in its given name, no known
 * sequence (cached by name, as the marked names are: a keystroke asks again for the same names).
 */
const nearCache = new Map<string, readonly (readonly [string, 'pinyin' | 'shape'])[]>();
onTypoCacheClear(() => nearCache.clear());
function spellingsNear(m: TypoModel, x: string): readonly (readonly [string, 'pinyin' | 'shape'])[] {
  const cached = nearCache.get(x);
  if (cached) return cached;
  const out: [string, 'pinyin' | 'shape'][] = [];
  for (let j = 1; j < 3; j++) {
    const code = x.charCodeAt(j);
    const add = (set: string | undefined, kind: 'pinyin' | 'shape') => {
      for (const c of set ?? '') {
        const y = x.slice(0, j) + c + x.slice(j + 1);
        if (c !== x[j] && !(m.isKnown(y) && !commonName(m, y))) out.push([y, kind]);
      }
    };
    add(m.soundsLike(code), 'pinyin');
    add(m.soundsNear(code), 'pinyin');
    add(m.looksLike(code), 'shape');
  }
  if (nearCache.size > 50000) nearCache.clear();
  nearCache.set(x, out);
  return out;
}

/** Whether the place written at `start` and the other spelling stand side by side in a list (东港镇、东岗镇, 东港镇和东岗镇). */
function listedTogether(text: string, found: string, other: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - other.length - 8), start + found.length + other.length + 8);
  return new RegExp(`${found}[\\u4e00-\\u9fff]{0,4}[、和与及][^。；]{0,2}${other}|${other}[\\u4e00-\\u9fff]{0,4}[、和与及][^。；]{0,2}${found}`).test(near);
}

/**
 * Whether two characters share a syllable though neither's list holds the other: names use
 * characters rare in prose (斌 beside 彬, both bin), which the same-sound lists leave out or list
 * only by their syllable's commonest characters. Two lists of one syllable share at least two of
 * those; lists of two syllables share none or one (a polyphone).
 */
function sameSyllable(m: TypoModel, x: number, y: number): boolean {
  const xs = (m.soundsLike(x) ?? '') + (m.soundsOfRare(x) ?? '');
  const ys = (m.soundsLike(y) ?? '') + (m.soundsOfRare(y) ?? '');
  let shared = 0;
  for (const c of xs) if (ys.includes(c) && ++shared >= 2) return true;
  return false;
}

/** Whether a name's edge character and its neighbour make a word official prose uses, and a real dictionary word (锋利, not 民负). */
function readsOn(t: { dict: number; official: number } | undefined): boolean {
  return t !== undefined && t.official >= 1 && t.dict >= READS_ON_DICT;
}
const READS_ON_DICT = 5;

/** The largest group of names compared pair by pair (see findTitledNameSlips). */
const SMALL_GROUP = 32;

/** Between two names, what makes them two people: a list (王建峰、王建锋, 王建峰和王建锋). */
const LIST_JOIN = /^(?:、|和|与|及|同|，|,)$/;

/**
 * A three-character name a title marks (董事长王建峰), written once more, one similar character away,
 * where no title marks it (……，王建锋在致辞中表示): the same person, one of the two spellings a slip.
 * Which one the document cannot say when each is written once; the unmarked one is flagged, against
 * the spelling its title vouches for, and the message says how often that is written. Only the
 * given name's characters are compared (a surname is rarely the slip, and 王/汪 are two families);
 * the unmarked form must be no known sequence, written once, inside prose, not in a list beside the
 * other (王建峰、王建锋 are two people), and not reading on into a word (王建锋利 of a sentence).
 */
function unmarkedVariants(m: TypoModel, text: string, paragraphs: readonly { start: number; text: string }[], seen: Map<string, number[]>): TermVariant[] {
  const candidates = new Map<string, { replacement: string; kind: 'pinyin' | 'shape' }[]>();
  const addCandidate = (y: string, replacement: string, kind: 'pinyin' | 'shape') => {
    const list = candidates.get(y);
    if (list) list.push({ replacement, kind });
    else candidates.set(y, [{ replacement, kind }]);
  };
  for (const x of seen.keys()) {
    if (x.length !== 3) continue;
    for (const [y, kind] of spellingsNear(m, x)) if (!seen.has(y)) addCandidate(y, x, kind);
  }
  // And the spellings the same-sound lists leave out, a name's rare character for a commoner one of
  // its syllable or the other way round (王秀岚 beside 王秀兰: 岚 is in no list of 兰's): found in
  // the text itself, at each of the marked names' first two characters (or first and last).
  const byHead = new Map<string, string[]>();
  // (By a byte per code unit first: the scan reads the whole document on each check.)
  const surnames = new Uint8Array(0x10000);
  for (const x of seen.keys()) {
    if (x.length !== 3) continue;
    surnames[x.charCodeAt(0)] = 1;
    for (const head of [x.slice(0, 2), x[0] + '\u0000' + x[2]]) {
      const list = byHead.get(head);
      if (list) list.push(x);
      else byHead.set(head, [x]);
    }
  }
  for (let i = 0; byHead.size && i + 3 <= text.length; i++) {
    if (!surnames[text.charCodeAt(i)]) continue;
    const heads = byHead.get(text.slice(i, i + 2));
    const tails = byHead.get(text[i] + '\u0000' + text[i + 2]);
    if (!heads && !tails) continue;
    const y = text.slice(i, i + 3);
    if (seen.has(y) || !isHanCode(y.charCodeAt(2)) || !isHanCode(y.charCodeAt(1)) || m.isKnown(y)) continue;
    for (const [list, j] of [[heads, 2], [tails, 1]] as const) {
      for (const x of list ?? []) {
        if (x === y || x[j] === y[j] || candidates.get(y)?.some((v) => v.replacement === x)) continue;
        const a = x.charCodeAt(j);
        const b = y.charCodeAt(j);
        if (isAntonymPair(a, b) || !(m.soundsOfRare(a).includes(y[j]) || m.soundsOfRare(b).includes(x[j]) || sameSyllable(m, a, b))) continue;
        addCandidate(y, x, 'pinyin');
      }
    }
  }
  if (!candidates.size) return [];
  // (Counted in one pass, by a look-up of the three characters at each surname: the candidates share
  // their few surnames, so a search per candidate string would read the same positions thousands of times.)
  const counts = new Map<string, number>();
  for (const x of seen.keys()) if (x.length === 3) counts.set(x, 0);
  for (const y of candidates.keys()) counts.set(y, 0);
  const firsts = new Uint8Array(0x10000);
  for (const k of counts.keys()) firsts[k.charCodeAt(0)] = 1;
  for (let i = 0; i + 3 <= text.length; i++) {
    if (!firsts[text.charCodeAt(i)]) continue;
    const k = text.slice(i, i + 3);
    const n = counts.get(k);
    if (n !== undefined && n < 3) counts.set(k, n + 1);
  }
  const out: TermVariant[] = [];
  for (const [y, list] of candidates) {
    if (counts.get(y) !== 1 || new Set(list.map((v) => v.replacement)).size !== 1) continue;
    const { replacement: x, kind } = list[0];
    const uses = counts.get(x) ?? 0;
    if (uses < 1) continue;
    const at = text.indexOf(y);
    if (!paragraphs.some((p) => p.start <= at && at + 3 <= p.start + p.text.length)) continue;
    // Not reading on into a word, nor out of one (王建锋利, 国王建锋).
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    const after = at + 3 < text.length ? text.charCodeAt(at + 3) : 0;
    // (A word of the dictionary's, not a pair its rarest entries hold: 民负 of 农民负担 is no word
    // after 陈力民.)
    if ((after && readsOn(m.target2(text.charCodeAt(at + 2), after))) || (before && readsOn(m.target2(before, text.charCodeAt(at))))) continue;
    // Not in a list of names, nor with a title of its own in brackets (孙丽华、张小燕（县教育局局长）):
    // a list names people one by one, and the similar names in it are as often two people.
    if (text[at - 1] === '、' || text[at + 3] === '、' || text[at + 3] === '（' || text[at + 3] === '(') continue;
    // Not in a list with the other spelling: two people.
    const other = seen.get(x)!;
    if (other.some((o) => LIST_JOIN.test(o < at ? text.slice(o + 3, at) : text.slice(at + 3, o)))) continue;
    out.push({ index: at, length: 3, found: y, replacement: x, kind, uses, ...(uses === 1 ? { other: other[0] } : {}) });
  }
  return out;
}
