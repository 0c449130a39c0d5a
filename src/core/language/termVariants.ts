/**
 * A slip in a term of the writer's own: a name, a place, a unit or a project that no dictionary
 * knows (赵立新, 青山湖街道, “智汇安监”平台), written right elsewhere in the same document. The
 * statistical search cannot judge such a term (it knows neither form); the document can: a
 * sequence of three or four characters used once, that one same-sounding or look-alike character
 * turns into a sequence the document uses at least twice, is that term misspelt (赵利新 beside
 * 赵立新 ×3).
 *
 * Precision comes from these conditions, each needed on the official texts, the corpus or report
 * text of our own (test/unit/typo.test.ts has a test for each that fails without it):
 * - the changed character stands in a pair seen nowhere (利新 of 赵利新), inside the sequence, and
 *   seen once in the document: a correct variant of a term reads as ordinary pairs (我先去 beside
 *   我想去; 张炜 beside 张伟), and a pair the document repeats is its own;
 * - that pair lies inside a term, not between two words (局长|先去 is no 局长想去 misspelt);
 * - neither sequence is known (a dictionary word or a sequence of the official texts: 数智化
 *   beside 数字化 stays, 对最低 and 时最低 are pieces of two different phrases);
 * - at the edge of the sequence the changed character goes on in no ordinary pair with the
 *   character beyond it (实施|职工 is no 实施制 misspelt: 职 belongs to 职工).
 *
 * What depends on the paragraph alone (its odd pairs) comes with the typo check's cached scan of
 * it; what depends on the document (which pairs and sequences it uses, how often) is a pass over
 * it with a few byte reads per position, so that a keystroke costs little more than reading the
 * document once.
 */
import { countInText } from './countInText';
import { isAntonymPair, isFunctionCode, isHanCode, MEASURES, oddPairsOf, standsBeforeNumber, type TypoCandidate, type TypoModel } from './typo';

export interface TermVariant extends TypoCandidate {
  /** How often the document uses the term as corrected (counted up to 3). */
  uses: number;
  /**
   * Where the other spelling stands when each is written once (a name): the document cannot say
   * which is right, so the finding asks the writer to check, offering either spelling.
   */
  other?: number;
  /**
   * A place's or a company's name marked by its suffix (柳河村): two villages may be named alike, so
   * the finding asks whether one place is meant rather than calling it a slip.
   */
  place?: boolean;
}


/**
 * Counts (up to 2) of the hashed pairs and sequences of three Chinese characters in the document,
 * in tables of 2^bits slots sized to the document (about four slots per character): a small
 * document's tables stay in the processor's cache, where nearly every lookup lands.
 */
let pairCounts = new Uint8Array(0);
let gramCounts = new Uint8Array(0);
let bits = 0;

function pairSlot(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - bits);
}

function gramSlot(a: number, b: number, c: number): number {
  return Math.imul(Math.imul((a << 16) | b, 0x85ebca6b) ^ c, 0x9e3779b1) >>> (32 - bits);
}

/**
 * Term variants in `text` (the whole document), looked for in the given paragraphs (spans of
 * prose, with their text: the strings the typo check read, whose hashes the caches already hold).
 * Offsets are the document's.
 */
export function findTermVariants(m: TypoModel, text: string, paragraphs: readonly { start: number; text: string }[]): TermVariant[] {
  let any = false;
  const oddsByParagraph: (readonly number[])[] = [];
  for (const para of paragraphs) {
    const odds = oddPairsOf(para.text);
    oddsByParagraph.push(odds);
    any ||= odds.length > 0;
  }
  if (!any) return [];
  // How often the document holds each pair and each sequence of three (hashed, counted to 2):
  // the sequence written is used once, so a sequence of three inside it is seen once; the
  // corrected term at least twice, so each pair and sequence of three of it twice. Positions and
  // candidates failing that are dropped by a few byte reads, before any string is made.
  // (Hash collisions only ever count too high: a term used once may be missed, never the reverse;
  // the counts of the sequences kept are then taken exactly.)
  bits = Math.min(22, Math.max(12, Math.ceil(Math.log2(text.length * 4 + 1))));
  if (pairCounts.length !== 1 << bits) {
    pairCounts = new Uint8Array(1 << bits);
    gramCounts = new Uint8Array(1 << bits);
  } else {
    pairCounts.fill(0);
    gramCounts.fill(0);
  }
  const pairs = pairCounts;
  const grams = gramCounts;
  for (let i = 0, a = -1, b = -1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHanCode(c)) {
      a = b = -1;
      continue;
    }
    if (b >= 0) {
      const slot = pairSlot(b, c);
      if (pairs[slot] < 2) pairs[slot]++;
      if (a >= 0) {
        const g = gramSlot(a, b, c);
        if (grams[g] < 2) grams[g]++;
      }
    }
    a = b;
    b = c;
  }
  /** The fewest times a sequence of three inside [s, s + n) is seen, with cc at p. */
  const fewest = (s: number, n: number, p: number, cc: number): number => {
    let least = 2;
    for (let k = s; k + 3 <= s + n; k++) {
      const a = k === p ? cc : text.charCodeAt(k);
      const b = k + 1 === p ? cc : text.charCodeAt(k + 1);
      const c = k + 2 === p ? cc : text.charCodeAt(k + 2);
      least = Math.min(least, grams[gramSlot(a, b, c)]);
    }
    return least;
  };
  interface Wanted {
    p: number;
    s: number;
    found: string;
    replacement: string;
    kind: 'pinyin' | 'shape';
  }
  const wanted: Wanted[] = [];
  const mended: number[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const at = paragraphs[k].start;
    const odds = oddsByParagraph[k];
    for (let j = 0; j < odds.length; j++) {
      const p = at + (odds[j] >> 2);
      const x = text.charCodeAt(p);
      const prev = text.charCodeAt(p - 1);
      const next = text.charCodeAt(p + 1);
      // A slip made once makes its odd pair once: a pair the document repeats is its own (the
      // jargon of a report recurs; so does every pair of a repeated passage).
      let left = (odds[j] & 2) !== 0 && pairs[pairSlot(prev, x)] === 1;
      let right = (odds[j] & 1) !== 0 && pairs[pairSlot(x, next)] === 1;
      if (!left && !right) continue;
      // An odd pair between two words is no slip inside a term: 局长|先去 (the pair 长先 is seen
      // nowhere, yet 局长 ends a word and 先去 reads on).
      // (A word of three characters as well: 青年人|租房 beside 个人|住房 is two words each time.)
      if (left && (wordEndsBefore(m, text, p) || (p >= 3 && m.target(text.slice(p - 3, p)) !== undefined)) && p + 1 < text.length && m.isOrdinaryPair(x, next)) left = false;
      if (right && p + 2 < text.length && (m.target2(next, text.charCodeAt(p + 2)) || (p + 4 <= text.length && m.target(text.slice(p + 1, p + 4)) !== undefined)) && p > 0 && m.isOrdinaryPair(prev, x)) right = false;
      if (!left && !right) continue;
      // (Nor an adverb of order before a word: 先评审、后决策 beside 风险|评审 is no variant of a term;
      // nor a preposition before a number: 延长供热至3月18日 beside 供热质量 ×2.)
      if (ORDER_ADVERB_CODES.includes(text[p]) && p + 2 < text.length && m.target2(next, text.charCodeAt(p + 2))) continue;
      // (Nor a verb of classing before a word at a clause's start: ，属通风容易矿井 beside 主通风机 ×2
      // classes the mine. Inside a clause it may be the slip: 检修属通风机.)
      if (CLASSING_VERB_CODES.includes(text[p]) && p + 2 < text.length && m.target2(next, text.charCodeAt(p + 2)) && (p === 0 || !isHanCode(prev))) continue;
      if (standsBeforeNumber(text, p)) continue;
      // (Nor a measure word after a number: 15种稀土 beside 重稀土 ×2.)
      if (p > 0 && AFTER_NUMBER.test(text[p - 1]) && MEASURES.includes(text[p])) continue;
      // The candidates (same sound, near sound, same shape) that mend the odd pairs as often as a
      // term used twice does: most positions keep none.
      mended.length = 0;
      for (let set = 0; set < 3; set++) {
        const candidates = set === 0 ? m.soundsLike(x) : set === 1 ? m.soundsNear(x) : m.looksLike(x);
        for (let i = 0; i < candidates.length; i++) {
          const cc = candidates.charCodeAt(i);
          if ((left && pairs[pairSlot(prev, cc)] < 2) || (right && pairs[pairSlot(cc, next)] < 2)) continue;
          if (isFunctionCode(cc) || isAntonymPair(x, cc)) continue;
          // Where the odd pair is on one side only and the character makes a common word with its
          // other neighbour both as written and as corrected, the writer chose between two words
          // (压载水|检测 beside 压载水|监测: testing and monitoring), not misspelt a term.
          if (left !== right && (left ? commonWordChoice(m, x, cc, next, false) : commonWordChoice(m, x, cc, prev, true))) continue;
          mended.push(cc, set);
        }
      }
      if (!mended.length) continue;
      for (let n = 3; n <= 4; n++) {
        for (let s = Math.max(at, p - n + 1); s <= p && s + n <= text.length; s++) {
          // The odd pair inside the sequence; at its edge, no ordinary pair going on beyond it.
          if (!((p > s && left) || (p < s + n - 1 && right))) continue;
          if (p === s && !left && p > 0 && isHanCode(prev)) continue;
          if (p === s + n - 1 && !right && p + 1 < text.length && isHanCode(next)) continue;
          let allHan = true;
          for (let c = s; c < s + n && allHan; c++) allHan = isHanCode(text.charCodeAt(c));
          if (!allHan || fewest(s, n, p, x) !== 1 || m.known.hasRange(text, s, s + n)) continue;
          for (let c = 0; c < mended.length; c += 2) {
            const cc = mended[c];
            if (fewest(s, n, p, cc) < 2) continue;
            const found = text.slice(s, s + n);
            const replacement = found.slice(0, p - s) + String.fromCharCode(cc) + found.slice(p - s + 1);
            if (!m.isKnown(replacement)) wanted.push({ p, s, found, replacement, kind: mended[c + 1] < 2 ? 'pinyin' : 'shape' });
          }
        }
      }
    }
  }
  if (!wanted.length) return [];
  const counts = countInText(0, text, wanted.flatMap((c) => [c.found, c.replacement]), [], 3);
  // By position: every window that qualifies; a position with two possible corrections is left alone.
  const byPosition = new Map<number, Wanted[]>();
  for (const c of wanted) {
    if (counts.get(c.found) !== 1 || (counts.get(c.replacement) ?? 0) < 2) continue;
    if (edgeOfWordsAround(m, text, c)) continue;
    // (A sequence holding a function word is no term but pieces of a clause: 车间|在|公司 ×2 beside
    // 职工将在公司; nor one a term of the writer's trade tells apart: 在监工程 beside 在建工程, 氨直冷
    // beside 氨制冷, where the pair written is a modern word.)
    if (CLAUSE_WORD.test(c.replacement) || modernPairAt(m, c.found, c.p - c.s) || m.isModernWord(c.found)) continue;
    const list = byPosition.get(c.p);
    if (list) list.push(c);
    else byPosition.set(c.p, [c]);
  }
  const out: TermVariant[] = [];
  for (const [p, list] of byPosition) {
    const changed = new Set(list.map((c) => c.replacement[c.p - c.s]));
    if (changed.size !== 1) continue;
    // The finding spans every qualifying window (青山胡街道 of 青山胡, 胡街道 …).
    let start = Math.min(...list.map((c) => c.s));
    let end = Math.max(...list.map((c) => c.s + c.found.length));
    // (Shown without the words around the term, in three characters or more: 陈振化|同志 rather than
    // 陈振化同志, 鸿达精蜜|科技; nor with a character that begins or ends a word beyond it: 赵利新|同志,
    // not 赵利新同.)
    if (end - 1 > p && end < text.length && m.target2(text.charCodeAt(end - 1), text.charCodeAt(end))) end--;
    if (start < p && start > 0 && m.target2(text.charCodeAt(start - 1), text.charCodeAt(start))) start++;
    while (end - start >= 5 && end - 2 > p && m.target2(text.charCodeAt(end - 2), text.charCodeAt(end - 1))) end -= 2;
    while (end - start >= 5 && start + 1 < p && m.target2(text.charCodeAt(start), text.charCodeAt(start + 1))) start += 2;
    const found = text.slice(start, end);
    const ch = [...changed][0];
    // A name given in quotation marks to something of its own, where the document never quotes the
    // term it is one character away from (上线“肾友汇”小程序 beside 组建肾友会 ×2): a pun, no slip.
    // (Where the document quotes the term too, a quoted slip is still one: “智汇安监” ×3, “智惠安监”.)
    const replacement = found.slice(0, p - start) + ch + found.slice(p - start + 1);
    if (text[start - 1] === '“' && text[end] === '”' && !text.includes(`“${replacement}”`)) continue;
    out.push({
      index: start,
      length: end - start,
      found,
      replacement,
      kind: list.some((c) => c.kind === 'pinyin') ? 'pinyin' : 'shape',
      uses: Math.max(...list.map((c) => counts.get(c.replacement) ?? 0)),
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Adverbs of order and time that stand before a verb (先评审、后决策, 再审核, 即办理). */
const ORDER_ADVERB_CODES = '先后再即又均已';
/** Verbs that class what they follow (该矿属高瓦斯矿井, 系首次发现). */
const CLASSING_VERB_CODES = '属系';

/** Whether a two-character word ends right before p. */
function wordEndsBefore(m: TypoModel, text: string, p: number): boolean {
  return p >= 2 && m.target2(text.charCodeAt(p - 2), text.charCodeAt(p - 1)) !== undefined;
}

/** The official texts' bucketed count (log2) from which a two-character word is common there. */
const COMMON_WORD_OFFICIAL = 5;

/** Whether x and cc each make a word of the official texts' common stock with `other` (before them if `before`). */
function commonWordChoice(m: TypoModel, x: number, cc: number, other: number, before: boolean): boolean {
  const written = before ? m.target2(other, x) : m.target2(x, other);
  if (!written || written.official < COMMON_WORD_OFFICIAL) return false;
  const corrected = before ? m.target2(other, cc) : m.target2(cc, other);
  return corrected !== undefined && corrected.official >= COMMON_WORD_OFFICIAL;
}

/**
 * Whether the sequence the document repeats, changed at its edge, goes on beyond that edge in
 * every use, where the variant, at a clause's edge, does not: the end of a word and the next word (开|展查验 ×2 beside
 * ，占查验: 展 ends 开展 every time), or a longer term (西|岭填埋场 ×2 beside “零填埋”, zero landfill).
 * Either way the variant is no misspelling of it; 开占查验 beside 开展查验 still is. Read only for
 * the few candidates left.
 */
function edgeOfWordsAround(m: TypoModel, text: string, c: { p: number; s: number; replacement: string }): boolean {
  const n = c.replacement.length;
  const atStart = c.p === c.s;
  if (!atStart && c.p !== c.s + n - 1) return false;
  const outside = (i: number) => (atStart ? i - 1 : i + n);
  const own = outside(c.s);
  const ownCode = own >= 0 && own < text.length ? text.charCodeAt(own) : -1;
  // (Only where the variant stands at a clause's edge, the changed character beside no other: inside
  // running text, a term's slip meets another word there (组织荡建 of 组织党建, beside 组织党员 ×2).)
  if (isHanCode(ownCode)) return false;
  let first = -1;
  let same = true;
  let words = true;
  let seen = 0;
  for (let i = text.indexOf(c.replacement); i >= 0; i = text.indexOf(c.replacement, i + 1)) {
    seen++;
    const o = outside(i);
    if (o < 0 || o >= text.length) return false;
    const code = text.charCodeAt(o);
    if (!isHanCode(code) || code === ownCode) return false;
    if (first < 0) first = code;
    else if (code !== first) same = false;
    const word = atStart ? m.target2(code, text.charCodeAt(i)) : m.target2(text.charCodeAt(i + n - 1), code);
    if (!word || word.official < 1) words = false;
  }
  return seen > 0 && (same || words);
}

/** Function words no name of a person, place or project holds (在, 的, 了 …; not 和 or 于, which names do). */
export const CLAUSE_WORD = /[在的了着将把被已都也就是]/;

/** Whether the pair holding position i of w (with either neighbour) is a modern word, a term of the writer's trade. */
function modernPairAt(m: TypoModel, w: string, i: number): boolean {
  return (i > 0 && m.isModernWord(w.slice(i - 1, i + 1))) || (i + 1 < w.length && m.isModernWord(w.slice(i, i + 2)));
}

/** A digit, which a measure word follows (15种稀土); not a numeral in characters, which names hold (万家村, 一中). */
const AFTER_NUMBER = /[0-9０-９]/;
