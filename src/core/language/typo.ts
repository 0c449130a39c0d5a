/**
 * Likely typos (错别字) in Chinese prose, from statistics: no network, no model, a few lookups per
 * character. The data (data/language/typo.json, built by scripts/build-language-data.mjs) is
 * loaded lazily by the front end and handed in with setTypoData; until then the check is silent.
 *
 * How a slip is found: a position whose bigrams are unusual (not in ordinary text, not inside a
 * dictionary word) is looked at closely. Replacing its character by one that sounds alike or
 * looks alike, or swapping two neighbours, must turn an unknown sequence into a common word and
 * make the position part of a longer known sequence than it was. Precision comes first: a
 * sequence the dictionary or the official texts know is never a non-word; a sequence that recurs
 * in the document, or that the user's dictionary lists, is the writer's own term.
 */
import { Bloom, type EncodedBloom } from './bloom';
import { OrdinaryPairs, SequenceFilter } from './knownSequences';
import { COMMON_SURNAMES, SURNAMES } from '../surnames';
import { TITLES } from './titles';

export interface TypoDataJson {
  version: number;
  /** Records of n characters and two frequency digits, sorted, front-coded by first character (see targetRecords). */
  targets: Record<'2' | '3' | '4', string>;
  known: EncodedBloom;
  rare: EncodedBloom;
  /**
   * Young words, two characters each, concatenated: rare jieba entries that make longer entries
   * (客服 of 客服部, 客服群), known like the entries of `known` (added to it on load).
   */
  young?: string;
  /**
   * Set phrases of official prose the dictionary lacks or lists as rare (保驾护航, 久久为功), from the
   * project's own list data/sources/official-phrases.txt: records like those of `targets[4]`.
   */
  phrases?: string;
  /**
   * Words of today's reports younger than jieba's dictionary (预制菜, 单品, 垫资), from the project's
   * own list data/sources/modern-words.txt: known words, never slips.
   */
  modern?: string[];
  /**
   * The list's words of three and four characters that are no target already, as records of the
   * word and its two frequency digits: corrections too.
   */
  modernTargets?: string[];
  /**
   * Sequences every work report uses that the data does not know (应急演练, 工作台账), from the
   * project's own list data/sources/report-phrases.txt: known sequences, as the official texts' are.
   */
  reportPhrases?: string[];
  /**
   * Two-character words that report prose uses in many reports and official prose seldom (采集,
   * 偏低, 讲座), concatenated: counted by the build in the project's own reports
   * (test/fixtures/clean-reports, the files it does not hold out).
   */
  reportCounted?: string;
  /**
   * Sequences of three and four characters, whole words, that as many of those reports hold and
   * nothing known covers (工作打算, 利润总额), concatenated by length: known sequences.
   */
  reportSequences?: { 3: string; 4: string };
  /**
   * Two-character targets whose uses in the official texts nearly all stand beside one character
   * (高质>量: 高质 of 高质量; 如<既往: 既往 of 一如既往), as records `AB>c` or `c<AB`.
   */
  bound?: string[];
  bigrams: EncodedBloom;
  pinyin: Record<string, string>;
  /** Near sounds (fuzzy pinyin: xin/xing, z/zh …), asked only where nothing known covers a character. */
  near?: Record<string, string>;
  /**
   * Same sounds of characters rare in any prose that `pinyin` does not list (缮 of 完缮, 札 of 札实):
   * their syllable's commonest characters, asked only where the written sequence is no word at all.
   */
  rareSounds?: Record<string, string>;
  /** The characters the official texts use often (20 times or more), in code order. */
  commonChars?: string;
  shape: Record<string, string>;
}

/** How the slip happened: a character that sounds or looks alike, two swapped, another word, or words typed twice. */
export type TypoKind = 'pinyin' | 'shape' | 'swap' | 'context' | 'repeat';

export interface TypoCandidate {
  /** Offset within the checked text and length of the flagged sequence. */
  index: number;
  length: number;
  found: string;
  replacement: string;
  kind: TypoKind;
  /**
   * Found without context: a pair seen nowhere, corrected into a common word (unseenPairSlip).
   * The rule then also asks the document: a character the writer uses often is theirs (航 of 航前).
   */
  bare?: boolean;
}

interface Target {
  /** jieba frequency, bucketed log2 (0–9). */
  dict: number;
  /** Count in the official texts, bucketed log2 (0–9). */
  official: number;
  /** A word of report prose (TypoDataJson.reportCounted): as common there as official prose's common words are in its own. */
  report?: true;
}

export class TypoModel {
  /** The targets of three and four characters (those of two are in the pair table below). */
  private readonly targets = new Map<string, Target>();
  /** Bound words (see TypoData.bound): the word, and the character that must follow ('>') or precede ('<') it. */
  private readonly bound = new Map<string, string>();
  /**
   * The two-character targets again, in an open-addressing table keyed by pairKey: the hot loops
   * ask about pairs of code units, and neither a string nor a Map lookup is then needed.
   */
  private readonly pairKeys = new Int32Array(PAIR_SLOTS).fill(-1);
  private readonly pairTargets: (Target | null)[] = packedArray(PAIR_SLOTS, null);
  /** A bit per hashed pair key: most pairs asked about are no word, and one byte read says so. */
  private readonly pairBits = new Uint8Array(1 << 17);
  /**
   * A bit per hashed pair of neighbours inside any target word (2–4 characters): a correction makes
   * a target that holds the new character beside an old neighbour, so a candidate forming no such
   * pair is dropped by one byte read, before the Bloom filters are asked (a superset: never a miss).
   */
  private readonly targetPairBits = new Uint8Array(1 << (TARGET_PAIR_BITS - 3));
  /**
   * By code unit: the characters that follow it in a two-character word official prose uses often
   * (bucket ≥ DOUBLE_OFFICIAL). doubleAt pairs candidates for both characters of a word: walking
   * these short lists replaces trying every pair of candidates.
   */
  private readonly partnersByCode: string[] = packedArray(0x10000, '');
  /**
   * A bit per common four-character phrase with one position left open (迫不_待 at 2): a window
   * one character away from such a phrase sets the bit of that position, so one byte read tells
   * most windows apart from every phrase (see phraseSlipAt).
   */
  private readonly phraseWildcards = new Uint8Array(1 << (WILDCARD_BITS - 3));
  /**
   * By hashed pair, which halves of those phrases it is (see halfSlot): one character changed
   * leaves one half whole, so a window neither of whose halves begins or ends a phrase is none.
   */
  private readonly phraseHalves = new Uint8Array(1 << HALF_SLOT_BITS);
  /** The set phrases, and by "position + the other three characters" the phrases that have them (built on first use). */
  private readonly phraseList: string[] = [];
  private phraseIndex: Map<string, string[]> | undefined;
  /** Same-sounding and look-alike characters by code unit (the JSON objects are slow to index). */
  private readonly pinyinByCode: string[] = packedArray(0x10000, '');
  private readonly shapeByCode: string[] = packedArray(0x10000, '');
  private readonly nearByCode: string[] = packedArray(0x10000, '');
  private readonly rareSoundsByCode: string[] = packedArray(0x10000, '');
  private readonly commonCharCodes = new Uint8Array(0x10000);
  readonly known: SequenceFilter;
  /** jieba's rarest words: misspellings (布署) beside rare real words. */
  readonly rare: Bloom;
  /** The same, confirmed by the ordinary pairs (see SequenceFilter), where a rare word is evidence for a correction. */
  readonly rareConfirmed: SequenceFilter;
  readonly bigrams: Bloom;
  /** The modern words (TypoDataJson.modern), and a bit for each of their lengths. */
  private readonly modern = new Set<string>();
  private modernLengths = 0;
  readonly pinyin: Record<string, string>;
  readonly shape: Record<string, string>;

  constructor(json: TypoDataJson) {
    for (const n of [2, 3, 4] as const) {
      // (The set phrases listed apart are records of four characters like the others.)
      const s = n === 4 ? targetRecords(json.targets[4], 4) + (json.phrases ?? '') : targetRecords(json.targets[n], n);
      const step = n + 2;
      for (let i = 0; i + step <= s.length; i += step) {
        for (let j = i; j + 1 < i + n; j++) {
          const bit = targetPairBit(s.charCodeAt(j), s.charCodeAt(j + 1));
          this.targetPairBits[bit >>> 3] |= 1 << (bit & 7);
        }
        const t = { dict: s.charCodeAt(i + n) - 48, official: s.charCodeAt(i + n + 1) - 48 };
        if (n === 4 && setPhrase(t)) {
          for (let j = 0; j < 4; j++) {
            const bit = wildcardBit(s, i, j);
            this.phraseWildcards[bit >>> 3] |= 1 << (bit & 7);
          }
          this.phraseList.push(s.slice(i, i + 4));
          // (Apart for the phrases made of two words, whose halves are common words: the search for
          // set phrases then passes over most windows with one byte read each.)
          const compound = this.target2(s.charCodeAt(i), s.charCodeAt(i + 1)) !== undefined && this.target2(s.charCodeAt(i + 2), s.charCodeAt(i + 3)) !== undefined;
          for (const k of [0, 2]) this.phraseHalves[halfSlot(s.charCodeAt(i + k), s.charCodeAt(i + k + 1))] |= 1 << ((compound ? 2 : 0) + k / 2);
        }
        if (n !== 2) this.targets.set(s.slice(i, i + n), t);
        else {
          const key = pairKey(s.charCodeAt(i), s.charCodeAt(i + 1));
          if (key >= 0) {
            let slot = Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_BITS);
            while (this.pairKeys[slot] !== -1 && this.pairKeys[slot] !== key) slot = (slot + 1) & (PAIR_SLOTS - 1);
            this.pairKeys[slot] = key;
            this.pairTargets[slot] = t;
            if (t.official >= DOUBLE_OFFICIAL) this.partnersByCode[s.charCodeAt(i)] += s[i + 1];
            const bit = Math.imul(key, 0x85ebca6b) >>> 12;
            this.pairBits[bit >>> 3] |= 1 << (bit & 7);
          }
        }
      }
    }
    // (The pairs added below, with the words the data lists apart, are added before any is asked:
    // the pairs' answers are kept once asked.)
    this.bigrams = new Bloom(json.bigrams);
    const ordinaryPairs = new OrdinaryPairs(this.bigrams);
    this.known = new SequenceFilter(new Bloom(json.known), ordinaryPairs);
    // (jieba's rare words are not confirmed so: a false answer there only keeps a finding back, and
    // confirming them found no slip more over the snapshot's 16,000 sentences while it made two
    // false alarms in rolling mills' reports, 卷取机|助卷辊.)
    this.rare = new Bloom(json.rare);
    this.rareConfirmed = new SequenceFilter(this.rare, ordinaryPairs);
    const young = json.young ?? '';
    for (let i = 0; i + 2 <= young.length; i += 2) this.known.add(young.slice(i, i + 2));
    // The set phrases listed apart are known, their pairs ordinary, as the build makes every target.
    const phrases = json.phrases ?? '';
    for (let i = 0; i + 6 <= phrases.length; i += 6) {
      this.known.add(phrases.slice(i, i + 4));
      for (let j = i; j < i + 3; j++) this.bigrams.add(phrases.slice(j, j + 2));
    }
    // Bound words, by the word (高质>量 under 高质, 如<既往 under 既往).
    for (const rec of json.bound ?? []) this.bound.set(rec[2] === '>' ? rec.slice(0, 2) : rec.slice(2), rec);
    // A sequence every report uses is known as the official texts' sequences are, with its pieces
    // of three and four characters; its pairs are ordinary.
    for (const w of json.reportPhrases ?? []) {
      for (let i = 0; i + 2 <= w.length; i++) this.bigrams.add(w.slice(i, i + 2));
      for (let L = 3; L <= Math.min(4, w.length); L++) for (let i = 0; i + L <= w.length; i++) this.known.add(w.slice(i, i + L));
    }
    // So is a sequence many of the project's own reports hold (reportSequences). (Its pairs are not
    // made ordinary: one across two of its words, 频监 of 视频|监控, is none, and would hide the
    // slip of 防返频|监测.)
    for (const L of [3, 4] as const) {
      const all = json.reportSequences?.[L] ?? '';
      for (let i = 0; i + L <= all.length; i += L) this.known.addUnpaired(all.slice(i, i + L));
    }
    // A modern word covers its characters as a word of the dictionary would: the word and its
    // sequences of three and four characters are known, its pairs ordinary.
    for (const w of json.modern ?? []) {
      this.modern.add(w);
      this.modernLengths |= 1 << w.length;
      for (let i = 0; i + 2 <= w.length; i++) this.bigrams.add(w.slice(i, i + 2));
      for (let L = 2; L <= Math.min(4, w.length); L++) for (let i = 0; i + L <= w.length; i++) if (L > 2 || w.length === 2) this.known.add(w.slice(i, i + L));
    }
    // The modern words of three and four characters are corrections too, as dictionary words of
    // the commoner kind would be (医公体 → 医共体, 防返频 → 防返贫): a slip in the words of today's
    // reports is found as one in older words is. (Not those of two characters: a pair is too
    // easily met by chance, and the trades' abbreviations among them, 室分, 安质, are no word to
    // correct another into.) Records as the targets': the word, then its two frequency digits.
    for (const rec of json.modernTargets ?? []) {
      const w = rec.slice(0, -2);
      if (this.targets.has(w)) continue;
      this.targets.set(w, { dict: rec.charCodeAt(rec.length - 2) - 48, official: rec.charCodeAt(rec.length - 1) - 48 });
      for (let j = 0; j + 1 < w.length; j++) {
        const bit = targetPairBit(w.charCodeAt(j), w.charCodeAt(j + 1));
        this.targetPairBits[bit >>> 3] |= 1 << (bit & 7);
      }
    }
    // The words report prose uses often and official prose seldom: a non-word slip is corrected
    // into them as into official prose's common words (see unseenPairSlip, strongTarget).
    const counted = json.reportCounted ?? '';
    for (let i = 0; i + 2 <= counted.length; i += 2) {
      const t = this.target2(counted.charCodeAt(i), counted.charCodeAt(i + 1));
      if (t) t.report = true;
    }
    this.pinyin = json.pinyin;
    this.shape = json.shape;
    for (const [c, set] of Object.entries(json.pinyin)) this.pinyinByCode[c.charCodeAt(0)] = set;
    for (const [c, set] of Object.entries(json.shape)) this.shapeByCode[c.charCodeAt(0)] = set;
    for (const [c, set] of Object.entries(json.near ?? {})) this.nearByCode[c.charCodeAt(0)] = set;
    for (const [c, set] of Object.entries(json.rareSounds ?? {})) this.rareSoundsByCode[c.charCodeAt(0)] = set;
    const common = json.commonChars ?? '';
    for (let i = 0; i < common.length; i++) this.commonCharCodes[common.charCodeAt(i)] = 1;
  }

  /** Whether official prose uses the character often (TypoDataJson.commonChars). */
  isCommonChar(c: number): boolean {
    return this.commonCharCodes[c] === 1;
  }

  /** The target word s (2–4 characters), if it is one. */
  target(s: string): Target | undefined {
    return s.length === 2 ? this.target2(s.charCodeAt(0), s.charCodeAt(1)) : this.targets.get(s);
  }

  /**
   * Whether the two characters at s of `chars`, a bound word if any, stand beside the character
   * they are bound to (高质 before 量): a bound word alone is no correction.
   */
  boundHolds(chars: string, s: number): boolean {
    const rec = this.bound.get(chars.slice(s, s + 2));
    if (rec === undefined) return true;
    return rec[2] === '>' ? chars[s + 2] === rec[3] : s > 0 && chars[s - 1] === rec[0];
  }

  isTarget(s: string): boolean {
    return this.target(s) !== undefined;
  }

  /**
   * The target chars.slice(start, start + length), if it is one: a pair by its code units, a longer
   * sequence only once the Bloom filter of known sequences (which holds every target) lets it by,
   * so that most lookups make no string.
   */
  targetAt(chars: string, start: number, length: number): Target | undefined {
    if (length === 2) return this.target2(chars.charCodeAt(start), chars.charCodeAt(start + 1));
    return this.known.hasRange(chars, start, start + length) ? this.targets.get(chars.slice(start, start + length)) : undefined;
  }

  /** The same-sounding (look-alike) characters of code unit c, commonest first. */
  soundsLike(c: number): string {
    return this.pinyinByCode[c];
  }

  /** The same sounds of a character rare in any prose (TypoDataJson.rareSounds), commonest first. */
  soundsOfRare(c: number): string {
    return this.rareSoundsByCode[c];
  }

  /** Characters of a near sound (fuzzy pinyin), commonest first. */
  soundsNear(c: number): string {
    return this.nearByCode[c];
  }

  looksLike(c: number): string {
    return this.shapeByCode[c];
  }

  /** The characters that make with code unit c a word official prose uses often (see partnersByCode). */
  oftenFollowedBy(c: number): string {
    return this.partnersByCode[c];
  }

  /**
   * For each pair of the run (at i, i + 1), which halves of the common four-character phrases it
   * is, as bits (1 a first half, 2 a second; 4 and 8 the same for the phrases made of two words). The window at i keeps a half of a set phrase when pair i has bit 1 or pair i + 2
   * bit 2: one hash per pair, however many windows and searches ask.
   */
  phraseHalvesOf(chars: string): Uint8Array {
    const n = chars.length;
    if (halvesBuffer.length < n) halvesBuffer = new Uint8Array(Math.max(n, 2 * halvesBuffer.length));
    const out = halvesBuffer;
    const table = this.phraseHalves;
    for (let i = 0; i + 1 < n; i++) out[i] = table[halfSlot(chars.charCodeAt(i), chars.charCodeAt(i + 1))];
    return out;
  }

  /** The common four-character phrases equal to w but at position j. */
  phrasesNear(w: string, j: number): string[] | undefined {
    if (!this.phraseIndex) {
      this.phraseIndex = new Map();
      for (const p of this.phraseList) {
        for (let k = 0; k < 4; k++) {
          const key = wildcardKey(p, k);
          const list = this.phraseIndex.get(key);
          if (list) list.push(p);
          else this.phraseIndex.set(key, [p]);
        }
      }
    }
    return this.phraseIndex.get(wildcardKey(w, j));
  }

  /** Whether some common four-character phrase equals chars[i, i + 4) but at position j (false: certainly none). */
  nearPhrase(chars: string, i: number, j: number): boolean {
    const bit = wildcardBit(chars, i, j);
    return (this.phraseWildcards[bit >>> 3] & (1 << (bit & 7))) !== 0;
  }

  /** Whether code units a, b stand side by side in some target word (false: certainly not). */
  inTargetPair(a: number, b: number): boolean {
    const bit = targetPairBit(a, b);
    return (this.targetPairBits[bit >>> 3] & (1 << (bit & 7))) !== 0;
  }

  /** The two-character target of code units a, b, if any. */
  target2(a: number, b: number): Target | undefined {
    const key = pairKey(a, b);
    if (key < 0) return undefined;
    const bit = Math.imul(key, 0x85ebca6b) >>> 12;
    if ((this.pairBits[bit >>> 3] & (1 << (bit & 7))) === 0) return undefined;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_BITS); ; slot = (slot + 1) & (PAIR_SLOTS - 1)) {
      const k = this.pairKeys[slot];
      if (k === key) return this.pairTargets[slot] ?? undefined;
      if (k === -1) return undefined;
    }
  }

  /**
   * Whether a, b make an ordinary pair: a two-character word, or a bigram of ordinary text. A pair
   * that is neither is "seen nowhere", where a slip leaves its trace.
   */
  isOrdinaryPair(a: number, b: number): boolean {
    return this.target2(a, b) !== undefined || this.bigrams.hasPair(a, b);
  }

  /** The two-character target chars[i] chars[i + 1], if any. */
  target2At(chars: string, i: number): Target | undefined {
    return this.target2(chars.charCodeAt(i), chars.charCodeAt(i + 1));
  }

  /** Whether w is one of the modern words (TypoDataJson.modern). */
  isModernWord(w: string): boolean {
    return this.modern.has(w);
  }

  /** Whether text[start, end) overlaps an occurrence of a modern word (see TypoDataJson.modern). */
  overlapsModernWord(text: string, start: number, end: number): boolean {
    for (let L = 2; L <= 8; L++) {
      if ((this.modernLengths & (1 << L)) === 0) continue;
      for (let a = Math.max(0, start - L + 1); a < end && a + L <= text.length; a++) if (this.modern.has(text.slice(a, a + L))) return true;
    }
    return false;
  }

  /** The spans [start, end) of the modern words that overlap text[start, end). */
  modernWordsOverlapping(text: string, start: number, end: number): [number, number][] {
    const out: [number, number][] = [];
    for (let L = 2; L <= 8; L++) {
      if ((this.modernLengths & (1 << L)) === 0) continue;
      for (let a = Math.max(0, start - L + 1); a < end && a + L <= text.length; a++) if (this.modern.has(text.slice(a, a + L))) out.push([a, a + L]);
    }
    return out;
  }

  /** A sequence the dictionary or the official texts know (the build puts every target in `known`). */
  isKnown(s: string): boolean {
    return this.known.has(s);
  }
}

/**
 * The records of `TypoDataJson.targets[n]` (n characters, then two frequency digits), expanded from
 * the front-coded form the build writes: `|` and a first character, then each record of that first
 * character without it. (Sorted records share their first character in long runs; written once,
 * the data is some 60 KB smaller inside the .vsix.) A plain concatenation of records is returned
 * as it is.
 */
export function targetRecords(s: string, n: number): string {
  if (s.charCodeAt(0) !== 0x7c) return s;
  const out: string[] = [];
  const tail = n + 1;
  for (let i = 0; i < s.length; ) {
    const head = s[i + 1];
    i += 2;
    for (; i + tail <= s.length && s.charCodeAt(i) !== 0x7c; i += tail) out.push(head + s.slice(i, i + tail));
  }
  return out.join('');
}

/**
 * An array of n copies of value: filled at once, so that V8 keeps it a fast array (`new Array(n)`
 * of this size left with holes is a dictionary-mode array, many times slower to index).
 */
function packedArray<T>(n: number, value: T): T[] {
  return new Array<T>(n).fill(value);
}

const WILDCARD_BITS = 21;

/** The bit of chars[i, i + 4) with position j left open, in phraseWildcards. */
function wildcardBit(chars: string, i: number, j: number): number {
  let h = Math.imul(0x811c9dc5 ^ j, 0x01000193);
  for (let k = 0; k < 4; k++) if (k !== j) h = Math.imul(h ^ chars.charCodeAt(i + k), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - WILDCARD_BITS);
}

/** The key of phrase or window w with position j left open. */
function wildcardKey(w: string, j: number): string {
  return j + w.slice(0, j) + w.slice(j + 1);
}

/**
 * The byte of pair a, b in phraseHalves: its bits say which halves of which phrases a pair with
 * this hash is (1 first half of a set phrase, 2 second; 4 and 8 the same for phrases of two words),
 * so that one read answers for all four.
 */
function halfSlot(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - HALF_SLOT_BITS);
}
const HALF_SLOT_BITS = 18;
/** Reused by phraseHalvesOf: one buffer for every run. */
let halvesBuffer = new Uint8Array(256);
let marksBuffer = new Uint8Array(256);

/** A 1 at each position of the lists, 0 elsewhere, over n positions (a buffer reused run after run). */
function markPositions(n: number, ...lists: number[][]): Uint8Array {
  if (marksBuffer.length < n) marksBuffer = new Uint8Array(Math.max(n, 2 * marksBuffer.length));
  marksBuffer.fill(0, 0, n);
  for (const list of lists) for (const p of list) marksBuffer[p] = 1;
  return marksBuffer;
}

/** A four-character target common enough that a rare or unknown window one character away misspells it. */
function setPhrase(t: Target): boolean {
  return t.dict >= PHRASE_DICT || t.official >= PHRASE_OFFICIAL;
}

const PAIR_BITS = 17;
const PAIR_SLOTS = 1 << PAIR_BITS;
const TARGET_PAIR_BITS = 21;

/** The bit of pair a, b in targetPairBits (any code units: a hash of both). */
function targetPairBit(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - TARGET_PAIR_BITS);
}

/**
 * Two CJK characters (U+3400–U+9FFF) as one small integer, -1 for anything else: a key V8 keeps
 * unboxed (a * 0x10000 + b would exceed the small-integer range and make every lookup slow).
 */
function pairKey(a: number, b: number): number {
  const x = a - 0x3400;
  const y = b - 0x3400;
  return x >= 0 && x < 0x6c00 && y >= 0 && y < 0x6c00 ? x * 0x6c00 + y : -1;
}

let model: TypoModel | undefined;
const paragraphCache = new Map<string, readonly TypoCandidate[]>();
/** By paragraph, as paragraphCache: the odd pairs the scan met (see oddPairsOf). */
const oddPairsCache = new Map<string, readonly number[]>();
const NO_ODD_PAIRS: readonly number[] = [];
const NO_CANDIDATES: readonly TypoCandidate[] = [];
/** Other per-paragraph caches built on the model (termVariants.ts), emptied with this one. */
const cacheClearers: (() => void)[] = [];

/** Has `clear` called whenever the per-paragraph results are forgotten (new data, a cold benchmark). */
export function onTypoCacheClear(clear: () => void): void {
  cacheClearers.push(clear);
}

/** Hands the loaded data to the engine (the CLI reads the file, the extension fetches it). */
export function setTypoData(json: TypoDataJson | TypoModel | undefined): void {
  model = json === undefined ? undefined : json instanceof TypoModel ? json : new TypoModel(json);
  paragraphCache.clear();
  oddPairsCache.clear();
  for (const clear of cacheClearers) clear();
}

/** Forgets the per-paragraph results (benchmarks measure a cold check with it). */
export function clearTypoCache(): void {
  paragraphCache.clear();
  oddPairsCache.clear();
  for (const clear of cacheClearers) clear();
}

export function typoModel(): TypoModel | undefined {
  return model;
}

// Measured on ECSpell odw.train and the training part of the official texts (scripts/eval-language.mjs).
const STRONG2_OFFICIAL = 4;
const STRONG2_DICT = 11;
/** The same in a paragraph with a slip found (请怀 → 情怀, 出柤 → 出租: words official prose uses now and then). */
const RELAXED_STRONG2_OFFICIAL = 2;
const RELAXED_STRONG2_DICT = 10;
const WEAK2_OFFICIAL = 1;
const WEAK2_DICT = 8;
const REAL_WEAK2_OFFICIAL = 2;
const REAL_WEAK2_DICT = 10;

/** Whether a target is common enough to correct to; short words must be very common. */
function strongTarget(t: Target, length: number): boolean {
  if (length === 2) return t.report === true || (relaxed ? t.official >= RELAXED_STRONG2_OFFICIAL || t.dict >= RELAXED_STRONG2_DICT : t.official >= STRONG2_OFFICIAL || t.dict >= STRONG2_DICT);
  if (length === 3) return t.official >= 1 || t.dict >= 6;
  return true;
}

/** The longest known sequence of 3–4 characters of `chars` that holds both p and p + 1; 0 if none. */
function coverAcross(m: TypoModel, chars: string, p: number): number {
  for (let L = 4; L >= 3; L--) {
    for (let s = Math.max(0, p - L + 2); s <= p && s + L <= chars.length; s++) if (m.known.hasRange(chars, s, s + L)) return L;
  }
  return 0;
}

/** The longest known sequence (2–4 characters) of `chars` that covers position p. */
function cover(m: TypoModel, chars: string, p: number): number {
  for (let L = 4; L >= 2; L--) {
    for (let s = Math.max(0, p - L + 1); s <= p && s + L <= chars.length; s++) {
      if (m.known.hasRange(chars, s, s + L)) return L;
    }
  }
  return 0;
}

/** Whether a dictionary word or set phrase of four characters holds position p. */
function phraseHolding(m: TypoModel, chars: string, p: number): boolean {
  for (let s = Math.max(0, p - 3); s <= p && s + 4 <= chars.length; s++) if (m.targetAt(chars, s, 4)) return true;
  return false;
}

/** Whether a known sequence of three characters holds position p. */
function knownThreeHolding(m: TypoModel, chars: string, p: number): boolean {
  for (let s = Math.max(0, p - 2); s <= p && s + 3 <= chars.length; s++) if (m.known.hasRange(chars, s, s + 3)) return true;
  return false;
}

/**
 * Candidate typos in one paragraph of text (cached by the paragraph's text, so a keystroke
 * re-reads only the paragraph it changed). Document-level guards (recurrence, user words) are
 * applied by the caller.
 */
export function findTypos(text: string): readonly TypoCandidate[] {
  const m = model;
  if (!m) return [];
  const cached = paragraphCache.get(text);
  if (cached) return cached;
  const { out, odd } = scanParagraph(m, text);
  // Slips come in clusters: a paragraph with one slip found is typed in haste, and is read again
  // with the tests that clean text cannot afford (`relaxed`); what that finds apart from the first
  // reading's findings is added. Clean text, where the first reading finds nothing, never gets it.
  // (Not in a paragraph longer than any a report has: the second reading costs as much as the first,
  // and on a run of garbage full of "slips" it would double the time of the worst input.)
  if (out.length && text.length <= SECOND_READING_MAX) {
    relaxed = true;
    let more: TypoCandidate[];
    try {
      more = scanParagraph(m, text).out;
    } finally {
      relaxed = false;
    }
    const first = out.slice();
    for (const c of more) if (!first.some((f) => f.index < c.index + c.length && c.index < f.index + f.length)) out.push(c);
    out.sort((a, b) => a.index - b.index);
  }
  if (paragraphCache.size > 50000) {
    paragraphCache.clear();
    oddPairsCache.clear();
  }
  // (One shared empty list for the many paragraphs without a finding: a batch of files keeps up to
  // 50,000 entries.)
  paragraphCache.set(text, out.length ? out : NO_CANDIDATES);
  oddPairsCache.set(text, odd.length ? odd : NO_ODD_PAIRS);
  return out;
}

/**
 * Whether the paragraph being read has a slip found already (see findTypos): then a rarer word
 * (official prose uses it now and then) is a correction where a common one would be required, and
 * a real word official prose uses now and then may give way where known phrases hold the
 * correction on both sides. (Tried and not kept, for finding nothing more on odw.train: near sounds
 * without a known phrase, a verb after a bound character, a double slip in a three-character
 * sequence.)
 */
let relaxed = false;
const NO_POSITIONS: number[] = [];
/** The numerals that begin an amount's unit (亿元, 万人, 千米, 百分点). */
const LARGE_NUMBER_CODES = codeTable('亿万千百'.split(''));
/** The longest paragraph (UTF-16 units) read a second time. */
const SECOND_READING_MAX = 3000;

/** What follows a hydrate's count and 水: a salt's or a compound's name (硫酸亚铁, 氯化镁) or 合 (一水合氨). */
const HYDRATE_NAME = /^(?:合|[\u4e00-\u9fff]{0,2}(?:酸|化))/;

/**
 * Whether a finding changes the numeral of a hydrate's count (七水硫酸亚铁, 六水氯化镁, 一水合氨):
 * a chemist's number of water molecules, no 汽水 or 一水 misspelt.
 */
function hydrateCount(chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => NUMERALS.includes(chars[p]) && chars[p + 1] === '水' && HYDRATE_NAME.test(chars.slice(p + 2, p + 6)));
}

/** Whether `test` holds at some position the finding changes (given in the run's offsets, and as the offset i inside the finding). */
function someChanged(c: TypoCandidate, test: (p: number, i: number) => boolean): boolean {
  for (let i = 0; i < c.length; i++) if (c.found[i] !== c.replacement[i] && test(c.index + i, i)) return true;
  return false;
}

/**
 * Whether a correction's kept edge character begins (or ends) a set phrase of four beyond it: the
 * character is the phrase's, not the corrected word's (维修班组|任劳任怨 is no 班主任).
 */
function sharesIdiomEdge(m: TypoModel, chars: string, c: TypoCandidate): boolean {
  if (c.length < 3) return false;
  const last = c.index + c.length - 1;
  if (c.found[c.length - 1] === c.replacement[c.length - 1] && last + 4 <= chars.length && m.targetAt(chars, last, 4)) return true;
  return c.found[0] === c.replacement[0] && c.index >= 3 && m.targetAt(chars, c.index - 3, 4) !== undefined;
}

/**
 * Whether the finding cuts a word of two characters before it: it keeps the word's last character
 * and changes the next, where the word is one official prose uses (饮水|瓶 is a water bottle, no
 * 水平), or the next is the suffix of who does a trade or of a form (急救|员 is a first-aider, no
 * 救援; 更改|单 a change order, no 改善); unless a known phrase of four holds the corrected
 * character. (院门|珍 is still 门诊, 班主|认 主任: 院门 and 班主 are no words official prose uses.)
 */
function cutsWordBefore(m: TypoModel, chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => {
    if (p < 2 || c.index !== p - 1 || c.found[0] !== c.replacement[0]) return false;
    const word = m.target2At(chars, p - 2);
    const suffix = AGENT_SUFFIX_CODES[chars.charCodeAt(p)] === 1;
    if (!word || (word.official < CUT_WORD_OFFICIAL && !suffix)) return false;
    const mended = chars.slice(0, c.index) + c.replacement + chars.slice(c.index + c.length);
    // (After a suffix's word, only a phrase of four holding the word's first character with the
    // correction says the cut is right: 急救援 is a sequence of 紧急救援, 改善数量 holds no 更.)
    // Otherwise a known sequence of three holding the word with the correction (互联|王 → 互联网: no
    // cut), or a phrase of four holding the corrected character, does.
    for (let L = suffix ? 4 : 3; L <= 4; L++) for (let a = Math.max(0, p - L + 1); a <= p - 2 && a + L <= mended.length; a++) if (m.known.hasRange(mended, a, a + L)) return false;
    return suffix || cover(m, mended, p) < 4;
  });
}

/**
 * Whether the finding turns a dictionary word, a rare one too, into a pair of function characters
 * (申报不实 → 不是): common as such a pair is, it proves nothing against a word of content. Nor into
 * a negation (予以补正 is no 不正): 不 and a word is a phrase of any prose, no evidence against a word.
 */
function intoFunctionPair(m: TypoModel, c: TypoCandidate): boolean {
  if (c.length !== 2) return false;
  if (c.replacement.charCodeAt(0) === BU && c.found.charCodeAt(0) !== BU) return m.isKnown(c.found);
  return FUNCTION_CODES[c.replacement.charCodeAt(0)] === 1 && FUNCTION_CODES[c.replacement.charCodeAt(1)] === 1 && (m.rare.has(c.found) || m.isTarget(c.found));
}
const BU = '不'.charCodeAt(0);

/**
 * Whether the finding changes an adjective that closes a clause after a word of two characters, its
 * predicate (保持时间短； is no 时间段, 成本高 no 成本稿).
 */
function changesPredicate(m: TypoModel, text: string, runStart: number, chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => p === chars.length - 1 && p >= 2 && PREDICATE_ADJECTIVE_CODES[chars.charCodeAt(p)] === 1 && CLAUSE_END_CODES[text.charCodeAt(runStart + p + 1)] === 1 && m.target2At(chars, p - 2) !== undefined);
}
const PREDICATE_ADJECTIVE_CODES = codeTable('短长多少高低快慢大小强弱深浅宽窄');
const CLAUSE_END_CODES = codeTable('，。；！？、');

/** Administrative levels, listed one character each (省、市、县三级). */
const LEVEL_CODES = codeTable('省市县区乡镇村');
const LIST_COMMA = '、'.charCodeAt(0);

/**
 * Whether c changes a level of a list of them (落实省、市稳增长政策: 省 is no half of 实行): a
 * character of 省市县区乡镇村 beside a 、 with another such character on its other side.
 */
function changesLevelInList(text: string, at: number, c: TypoCandidate): boolean {
  return someChanged(c, (p) => {
    const i = at + p;
    if (LEVEL_CODES[text.charCodeAt(i)] !== 1) return false;
    return (text.charCodeAt(i + 1) === LIST_COMMA && LEVEL_CODES[text.charCodeAt(i + 2)] === 1) || (i >= 2 && text.charCodeAt(i - 1) === LIST_COMMA && LEVEL_CODES[text.charCodeAt(i - 2)] === 1);
  });
}

/** The titles as alternatives of a regular expression, longest first (副县长 before 县长). */
const TITLE_ALTERNATION = [...TITLES].sort((x, y) => y.length - x.length).join('|');
/** A title at the start of the text: a person's (主任, 局长 …), longest first. */
const TITLE_AT = new RegExp(`(?:${TITLE_ALTERNATION})`, 'y');

/**
 * Whether the correction makes a person's name (陈晓岚 → 陈晓兰: jieba lists some names as words):
 * three characters after a common surname, kept, that official prose never uses. A name is the
 * document's to spell; another name one character away proves nothing.
 */
function intoPersonName(m: TypoModel, c: TypoCandidate): boolean {
  if (c.length !== 3 || c.found[0] !== c.replacement[0] || !COMMON_SURNAMES.has(c.found[0])) return false;
  const t = m.target(c.replacement);
  return t !== undefined && t.official === 0;
}

/**
 * A title ending where the text ends (科长|符强), or a role a name follows as it follows a title
 * (数据运营中心负责人|龚立峰): see changesSurnameAfterTitle.
 */
const TITLE_BEFORE = new RegExp(`(?:${TITLE_ALTERNATION}|负责人|联系人)$`);

/**
 * Whether c changes a surname right after a title: 科长符强 is a person (符强 is no 富强). A name
 * follows its title in reports as often as it precedes it; any surname, not only the common ones,
 * since a rarer surname is what a correction mistakes for a word.
 */
function changesSurnameAfterTitle(chars: string, c: TypoCandidate): boolean {
  // (The surname at n, the changed character at p itself, wherever the finding starts (窑炉主管|黎建平
  // is no 管理), or one of the two after it, the given name's, where the finding starts inside the
  // name: 种植中心主任郑启|航为 is no 行为.)
  return someChanged(c, (p) => {
    for (let n = p; n >= p - 2 && n >= 2; n--) if ((p === n || c.index >= n) && SURNAMES.has(chars[n]) && TITLE_BEFORE.test(chars.slice(Math.max(0, n - 5), n))) return true;
    return false;
  });
}

/**
 * Whether c changes a common surname right before a title: 王主任 is a person (王 is no 班 of 班主任);
 * or the character before the surname of a whole name before a title.
 */
function changesSurnameBeforeTitle(m: TypoModel, chars: string, c: TypoCandidate): boolean {
  // (Nor a finding whose last character, kept, begins such a name: 经|张志强所长 is no 紧张. The given
  // name no word of official prose: 有限债|任公司董事长 is 责任 misspelt.)
  const last = c.index + c.length - 1;
  if (c.length >= 2 && c.found[c.length - 1] === c.replacement[c.length - 1] && COMMON_SURNAMES.has(chars[last])) {
    for (const at of [last + 2, last + 3]) {
      TITLE_AT.lastIndex = chars.charCodeAt(at) === DEPUTY ? at + 1 : at;
      if (at + 1 < chars.length && TITLE_AT.test(chars) && !(at === last + 3 && wordOfProse(m.target2At(chars, last + 1)))) return true;
    }
  }
  return someChanged(c, (p) => {
    if (!COMMON_SURNAMES.has(chars[p])) return false;
    TITLE_AT.lastIndex = p + 1;
    if (TITLE_AT.test(chars)) return true;
    // (Or a whole name before the title, a deputy's too: 工程部|冯立新副部长 is no 部分.)
    for (const at of [p + 2, p + 3]) {
      TITLE_AT.lastIndex = chars.charCodeAt(at) === DEPUTY ? at + 1 : at;
      if (at + 1 < chars.length && TITLE_AT.test(chars)) return true;
    }
    return false;
  });
}

/** What names a company after its trade name (恒安物业, 锦程置业), or a place after its name (河溜镇, 柳湾村): the name before it is a proper name, whatever word it reads as. */
// (Only what names nothing but a company: 科技, 建设, 文化 … follow ordinary words too, 遵重|科技工作者.)
const PROPER_NAME_SUFFIX = /^(?:物业(?!管理|服务|费)|置业|实业|集团|公司|股份|有限公司|药业|商贸|控股|镇|乡(?!村)|村(?![级民委])|街道|社区)/;

/**
 * Whether c changes an ordinal's 是 at a clause's start (。二是八年级学生… is no 二十八): 一是, 二是 …
 * open the items of a report's enumerations.
 */
function changesEnumerationMarker(chars: string, runStart: number, text: string, c: TypoCandidate): boolean {
  // (Not before the numeral again: 一是一议 is 一事一议 misspelt.)
  return someChanged(c, (p) => chars[p] === '是' && p === 1 && ENUMERATION_NUMERALS.includes(chars[0]) && chars[2] !== chars[0] && (runStart === 0 || !isHanCode(text.charCodeAt(runStart - 1))));
}
const ENUMERATION_NUMERALS = '一二三四五六七八九十';

/**
 * Whether c is a trade name of two characters right before what names the company, or a place's
 * name before its level, standing first in its clause or an item of a list (引导恒安物业、锦程物业等:
 * 锦程 is no 进程; 在常坟镇、河溜镇: 河溜 is no 河流).
 */
function changesProperName(text: string, runStart: number, c: TypoCandidate): boolean {
  const start = runStart + c.index;
  const end = start + c.length;
  if (c.length !== 2 || !PROPER_NAME_SUFFIX.test(text.slice(end, end + 2))) return false;
  const before = text.charCodeAt(start - 1);
  return start === 0 || !isHanCode(before) || before === 0x3001;
}

/**
 * Whether c is a brand of two characters before the product it names, an item of a list after its
 * first (凤阳石英砂、井神纯碱、巢湖白云石: 井神 is no 精神): the product a dictionary word official prose
 * never uses, which the corrected word makes no ordinary pair with.
 */
function changesBrandBeforeProduct(m: TypoModel, chars: string, text: string, runStart: number, c: TypoCandidate): boolean {
  if (c.length !== 2) return false;
  const start = runStart + c.index;
  const before = text.charCodeAt(start - 1);
  // (An item after the first: the first of a list may be a clause's subject, 我门烤肉、吃水果.)
  if (before !== 0x3001) return false;
  const after = c.index + 2;
  if (after + 2 > chars.length) return false;
  const product = m.target2At(chars, after);
  return product !== undefined && product.official === 0 && product.dict >= 6 && !m.isOrdinaryPair(c.replacement.charCodeAt(1), chars.charCodeAt(after));
}

/**
 * Whether c changes a verb right after an adverb, the two read as one word (共获一等奖 is no 共和):
 * the adverb kept and the character after it changed, where a number or a word follows.
 */
function changesVerbAfterAdverb(m: TypoModel, chars: string, text: string, runStart: number, c: TypoCandidate): boolean {
  // (A pair seen nowhere is a slip all the same: 均横发展 is 均衡.)
  if (c.length !== 2 || c.found[0] !== c.replacement[0] || ADVERB_CODES[c.found.charCodeAt(0)] !== 1 || !m.bigrams.has(c.found)) return false;
  const after = c.index + 2;
  if (after >= chars.length) return DIGIT_CODES[text.charCodeAt(runStart + after)] === 1;
  return NUMERAL_CODES[chars.charCodeAt(after)] === 1 || wordStartsAt(m, chars, after);
}

/**
 * Whether c changes a preposition before an office of a level (是经|市人社局批准: no 京市; 由县
 * 住建局牵头, 向区教育局报送): the office's name follows the level within a few characters.
 */
function changesPrepositionBeforeOffice(chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => OFFICE_PREPOSITION_CODES[chars.charCodeAt(p)] === 1 && OFFICE_AFTER_LEVEL.test(chars.slice(p + 1, p + 10)));
}
const OFFICE_PREPOSITION_CODES = codeTable('经由向对从按据报');
const OFFICE_AFTER_LEVEL = /^[省市县区乡镇][\u4e00-\u9fff]{0,5}?(?:局|委|厅|办|政府|部|院|所|中心|站)/;

/**
 * Whether c changes a level right before an institution it names, the correction cutting that
 * institution's word (在县法院党组: 县法 is no 宪法; 市医院, 区政府). (A list of institutions, not
 * OFFICE_AFTER_LEVEL's any office within five characters: there 行政省批服务局 would keep its slip.)
 */
function changesLevelBeforeInstitution(chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => {
    if (LEVEL_CODES[chars.charCodeAt(p)] !== 1 || p + 3 > chars.length || c.index + c.length >= p + 3) return false;
    return INSTITUTION_AFTER_LEVEL.test(chars.slice(p + 1, p + 4));
  });
}
const INSTITUTION_AFTER_LEVEL = /^(?:法院|检察院|政府|人大|政协|医院|党委|纪委|财政|公安|税务|民政|交通|水利|教育|卫健|妇联|团委|工会)/;

/** The first character of 应X尽X (应改尽改, 能保尽保, 该收尽收). */
const SHOULD_CODES = codeTable('应能该');

/**
 * Whether the correction changes the repeated character of a frame of four, A X A Y (直装直送,
 * 边查边改, 自产自销, 随到随办): the frame is the writer's coinage, its repeated character no slip.
 */
function changesRepeatedFrame(m: TypoModel, chars: string, c: TypoCandidate): boolean {
  // (Not a swap, which moves characters rather than choosing them: 健康案档|建档率 is 档案.)
  if (c.kind === 'swap') return false;
  for (let k = 0; k < c.length; k++) {
    if (c.found[k] === c.replacement[k]) continue;
    const p = c.index + k;
    const x = chars.charCodeAt(p);
    if (FUNCTION_CODES[x]) continue;
    // (The 尽 of 应X尽X, 应改尽改, 应保尽保: all that should be, is.)
    if (p >= 2 && p + 1 < chars.length && chars.charCodeAt(p - 1) === chars.charCodeAt(p + 1) && SHOULD_CODES[chars.charCodeAt(p - 2)] === 1) return true;
    for (const first of [p - 2, p]) {
      if (first < 0 || first + 3 >= chars.length) continue;
      const a = chars.charCodeAt(first);
      // (Nor where the first A ends a word before it: 深化|网化格 holds no frame.)
      if (a === chars.charCodeAt(first + 2) && a !== chars.charCodeAt(first + 1) && a !== chars.charCodeAt(first + 3) && !(first > 0 && m.target2(chars.charCodeAt(first - 1), a))) return true;
    }
  }
  return false;
}

/**
 * Whether c changes the 系 of a university's department (农业大学茶学系: 学系 is no 学习), or the
 * character before it: after 大学 or 学院 and a subject of one to four characters, 系 names the
 * department.
 */
function changesDepartment(chars: string, c: TypoCandidate): boolean {
  const p = chars.indexOf('系', c.index);
  return p >= 0 && p <= c.index + c.length && DEPARTMENT_BEFORE.test(chars.slice(0, p));
}
const DEPARTMENT_BEFORE = /(?:大学|学院)[\u4e00-\u9fff]{1,4}$/;

/**
 * Whether c changes the surname of a name listed after another name (学生邓浩然、卢子健: 卢子 is no
 * 路子): a run starting with a surname right after a 、 whose item before ends in a name of three
 * characters, neither of them a known sequence.
 */
function changesNameInList(m: TypoModel, text: string, runStart: number, chars: string, c: TypoCandidate): boolean {
  if (c.index !== 0 || chars.length < 3 || !SURNAMES.has(chars[0]) || runStart < 4 || text[runStart - 1] !== '、') return false;
  const before = text.slice(runStart - 4, runStart - 1);
  if (!SURNAMES.has(before[0]) || !isHanCode(before.charCodeAt(1)) || !isHanCode(before.charCodeAt(2))) return false;
  return !m.isKnown(before) && !m.isKnown(chars.slice(0, 3));
}

/**
 * Whether c changes the name of a place listed with others, its level after it (合口镇 of
 * 合口镇、停弦渡镇: a town, no 河口 misspelt): a run of three or four characters ending in a level,
 * beside a 、, is a place named, and only the document can say its name is misspelt (termVariants).
 * (Not a run alone: 河肥片区64.95平方公里 is 合肥 misspelt.)
 */
function changesPlaceNameAlone(text: string, runStart: number, chars: string, c: TypoCandidate): boolean {
  const end = runStart + chars.length;
  return (chars.length === 3 || chars.length === 4) && LEVEL_CODES[chars.charCodeAt(chars.length - 1)] === 1 && c.index + c.length < chars.length && (text[runStart - 1] === '、' || text[end] === '、');
}

/**
 * Whether c changes the name of a place right after a county, city or district that is named by a
 * place's word (从江|县|加榜梯田: a village's terraces, no 加班): the two characters before the level
 * are a dictionary word official prose never uses, a place's name as jieba lists them, and what
 * follows the level is the name of a place inside it, which only the document can say is misspelt,
 * unless the correction makes a known sequence.
 */
function changesPlaceAfterNamedLevel(m: TypoModel, chars: string, c: TypoCandidate): boolean {
  const level = c.index - 1;
  if (level < 2 || LEVEL_CODES[chars.charCodeAt(level)] !== 1 || c.index + c.length >= chars.length) return false;
  // (Not where the level makes a word with the character before it: 造成|全乡|农做物.)
  if (m.known.hasRange(chars, level - 1, level + 1)) return false;
  const name = m.target2At(chars, level - 2);
  if (name === undefined || name.official !== 0 || name.report) return false;
  // (Nor into one of official prose's commonest words: 宜城县|草命烈士 → 革命.)
  if ((m.target(c.replacement)?.official ?? 0) >= PLACE_OVERRULING_OFFICIAL) return false;
  // (Nor where the correction reads on in a known sequence of three or four: 衡水市|申态环境局 is
  // 生态环境局 misspelt, 清溪镇|农市贸场 农贸市场.)
  const corrected = chars.slice(0, c.index) + c.replacement + chars.slice(c.index + c.length);
  return !someChanged(c, (p) => cover(m, corrected, p) >= 3);
}
const PLACE_OVERRULING_OFFICIAL = 8;

/**
 * Whether c changes the 计 of a measure's frame 按…计 (按面积计约, 按人口计): counted by, a verb of its
 * own after what is counted, no half of a word (面积|计 is no 积极).
 */
function changesMeasureFrame(chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => chars.charCodeAt(p) === JI_COUNT && p >= 2 && chars.lastIndexOf('按', p - 2) >= Math.max(0, p - 7));
}
const JI_COUNT = '计'.charCodeAt(0);

/**
 * Whether c is the first two characters of a paragraph or a clause that goes on to name a company
 * (锦程针织服饰有限公司外贸部): a trade name, whatever pair it makes, where a title line gives it.
 */
function startsOrganisationName(text: string, runStart: number, c: TypoCandidate): boolean {
  if (c.index !== 0 || c.length !== 2) return false;
  const before = runStart > 0 ? text[runStart - 1] : '';
  return (before === '' || /[\s“「《（(：:，,、]/.test(before)) && inOrganisationName(text, runStart);
}

/**
 * Whether c changes the 到 (至) of a count's range between two numerals (分两到三次, 一至两名): a range,
 * no half of 两道 or 至两.
 */
function changesCountRange(chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => (chars[p] === '到' || chars[p] === '至') && p > 0 && p + 1 < chars.length && NUMERALS.includes(chars[p - 1]) && NUMERALS.includes(chars[p + 1]));
}

/**
 * Whether c swaps a time word ending a clause's first part and the preposition that begins the next
 * (购房时|按首套住房执行, 签约后|在三日内): 时按 is no 按时 typed the wrong way round.
 */
function swapsTimeWordAndPreposition(chars: string, c: TypoCandidate): boolean {
  if (c.kind !== 'swap' || c.length !== 2 || !'时后前'.includes(c.found[0]) || !'按在对向从以经由据依照'.includes(c.found[1]) || c.index < 2) return false;
  // (After a subject or a modal the adverb 按时 was meant: 请大家时按完成, 我们时按完成.)
  const before = chars.slice(c.index - 2, c.index);
  return !/^(?:大家|我们|你们|他们|她们|各位|咱们|本人|单位)$/.test(before) && !'要应须需能会可将请均都也'.includes(before[1]);
}

/**
 * Whether c ends in a 于 kept before a date or a number (C型罐于9月10日吊装): the preposition of the
 * verb to come, after the noun it dates; the noun is no half of 关于 or 对于.
 */
function beforeDatedYu(text: string, runStart: number, c: TypoCandidate): boolean {
  const end = runStart + c.index + c.length;
  return c.found.endsWith('于') && c.replacement.endsWith('于') && /^(?:[0-9０-９]|[一二三四五六七八九十]+[年月日])/.test(text.slice(end, end + 4));
}

/**
 * Whether c changes an adverb standing between two words, the last character it changes: 回收酵母|均|测定
 * (each batch's yeast is tested: no 酵母菌), where a word ends before the adverb and a word of official
 * prose begins after it.
 */
function changesAdverbBetweenWords(m: TypoModel, chars: string, c: TypoCandidate): boolean {
  const p = c.index + c.length - 1;
  return c.found[c.length - 1] !== c.replacement[c.length - 1] && ADVERB_CODES[chars.charCodeAt(p)] === 1 && p >= 2 && wordEndsAt(m, chars, p - 1) && wordOfProse(m.target2At(chars, p + 1));
}

/**
 * Whether c changes 共 at most three characters before a number that ends the run (共布方62个,
 * 发掘共布方48个): the adverb "in all" before a count, no 公 of 公布.
 */
function changesTotalBeforeCount(text: string, runStart: number, chars: string, c: TypoCandidate): boolean {
  return nextIs(text, runStart + chars.length, DIGIT_CODES) && someChanged(c, (p) => chars.charCodeAt(p) === GONG && chars.length - p <= 4);
}
const GONG = '共'.charCodeAt(0);

/**
 * Whether c changes a level (省, 市, 县 …) standing between two words: 获得|省|新闻奖 is a province's
 * prize, no 获得性 misspelt; so is 获得省“群星奖”. A slip in the level's place leaves a piece that is
 * no word on one side.
 */
function changesLevelBetweenWords(m: TypoModel, text: string, runStart: number, chars: string, c: TypoCandidate): boolean {
  return someChanged(
    c,
    (p) =>
      LEVEL_CODES[chars.charCodeAt(p)] === 1 &&
      p > 1 &&
      wordEndsAt(m, chars, p - 1) &&
      // (Or before a quoted or titled name: 获得省“群星奖”, 获得市《…》.)
      ((p + 2 < chars.length && wordStartsAt(m, chars, p + 1)) || (p === chars.length - 1 && NAME_OPENERS.includes(text[runStart + p + 1]))),
  );
}
const NAME_OPENERS = '“《「‘"';

/**
 * Whether c changes the member of a pattern that repeats the character on both sides of it (送书送戏,
 * 边学边干, 一村一品: 书 between two 送 is no half of 输送): a slip would not leave the pattern whole.
 * (Not a particle repeated by chance: 天翻地复地投入 is 天翻地覆.)
 */
function changesPatternMember(m: TypoModel, text: string, at: number, c: TypoCandidate): boolean {
  return someChanged(c, (p, k) => {
    const i = at + p;
    if (!(i > 0 && i + 2 < text.length && text.charCodeAt(i - 1) === text.charCodeAt(i + 1) && isHanCode(text.charCodeAt(i - 1)) && !FUNCTION_CODES[text.charCodeAt(i - 1)])) return false;
    // (The second half an ordinary pair too: 普查|亲查|阶段 is two words ending in 查, no pattern.)
    if (!m.bigrams.hasRange(text, i + 1, i + 3)) return false;
    // (Unless the corrected pattern is a known phrase: 来性来访 is 来信来访, 农亚农村 农业农村, 招标头标 招标投标.)
    const r = c.replacement[k];
    return !m.known.has(text[i - 1] + r + text.slice(i + 1, i + 3)) && !(i >= 2 && m.known.has(text.slice(i - 2, i) + r + text[i + 1]));
  });
}

const GUAN = '关'.charCodeAt(0);
/** The verbs that hold a checkpoint (严把…关, 把好…关, 守好…关, 守住…关). */
const CHECKPOINT_VERB_CODES = codeTable('把守');

/**
 * Whether the finding changes the last item of a list before its 等 (铝箔袋、高阻隔瓶等 is no 平等):
 * 等 after the items of a list, one of them set off by 、 earlier in the clause, closes the list,
 * and the item before it is a noun of the writer's, whatever word it makes with 等.
 */
function beforeEtcOfList(text: string, runStart: number, c: TypoCandidate): boolean {
  if (c.length !== 2 || c.found[1] !== '等' || c.replacement[1] !== '等') return false;
  for (let i = runStart + c.index - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '、') return true;
    if ('，。；：！？\n'.includes(ch)) return false;
  }
  return false;
}

/**
 * Whether c changes the 关 of a checkpoint a verb before it holds (严把进出口商品质量安全关: 关 is
 * no slip for 观): 把 or 守 within ten characters before it, in the same run.
 */
function changesCheckpoint(text: string, at: number, c: TypoCandidate): boolean {
  return someChanged(c, (p) => {
    const i = at + p;
    if (text.charCodeAt(i) !== GUAN) return false;
    for (let j = i - 1; j >= Math.max(0, i - 10) && isHanCode(text.charCodeAt(j)); j--) if (CHECKPOINT_VERB_CODES[text.charCodeAt(j)] === 1) return true;
    return false;
  });
}

/**
 * Whether a finding changes a clan's name: 氏 after a surname, or the surname before it (周氏宗谱,
 * 李氏宗祠, 王氏家族). A genealogy's title is no emperor misspelt (周氏宗 → 周世宗).
 */
function changesClanName(chars: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => (chars[p] === '氏' && p > 0 && SURNAMES.has(chars[p - 1])) || (chars[p + 1] === '氏' && SURNAMES.has(chars[p])));
}

/**
 * Whether a finding turns one head's title into another after 副 (副园长 → 副院长): a deputy head of
 * a park, a kindergarten or a garden is as real as one of a hospital, where the title as written
 * is a word and the unit before it does not name the other (卫生院副园长 is a slip).
 */
function changesDeputyTitle(m: TypoModel, chars: string, c: TypoCandidate): boolean {
  // (Unless the unit before 副 names the corrected title's: 卫生院副园长 is 副院长 misspelt.)
  return someChanged(c, (p, i) => chars[p - 1] === '副' && chars[p + 1] === '长' && m.isKnown(chars.slice(p, p + 2)) && chars[p - 2] !== c.replacement[i]);
}

/**
 * Whether a finding changes a character of a list item (items between 、) that its neighbour item
 * has at the same place, the two aligned at their ends or at their starts: 企业自审、乡镇初审 —
 * 自审 → 自身 would break the 审 the items share.
 * (Not where only the unchanged characters are shared, 按月、按季: that also held back real slips in
 * lists, 公平、公运 and 因地制宜 written 因第制宜 beside 因时制宜.)
 */
function breaksParallelItem(text: string, at: number, c: TypoCandidate): boolean {
  // (One character changed only: a swap moves two, and mirrors nothing: 部门齐共抓管 → 齐抓共管.)
  let changed = 0;
  for (let i = 0; i < c.length; i++) if (c.found[i] !== c.replacement[i]) changed++;
  if (changed !== 1) return false;
  const from = at + c.index;
  const itemStart = itemEdge(text, from, true);
  const itemEnd = itemEdge(text, from + c.length, false);
  // Whether the changed character stands in the neighbour item [ns, ne) too, the two items [cs, ce)
  // and [ns, ne) aligned at their ends (fromEnd) or at their starts.
  const mirrors = (cs: number, ce: number, ns: number, ne: number, fromEnd: boolean): boolean =>
    someChanged(c, (p) => {
      const q = at + p;
      const j = fromEnd ? ne - (ce - q) : ns + (q - cs);
      return j >= ns && j < ne && text[j] === text[q];
    });
  for (const leftward of [true, false]) {
    // The neighbour item across a 、 on this side, as its start and end.
    if (text[leftward ? itemStart - 1 : itemEnd] !== '、') continue;
    const nStart = leftward ? itemEdge(text, itemStart - 1, true) : itemEnd + 1;
    const nEnd = leftward ? itemStart - 1 : itemEdge(text, itemEnd + 1, false);
    if (nEnd - nStart < 2) continue;
    // Aligned at their ends (企业自审、乡镇初审) and at their starts: a list's last item may run on
    // into the predicate.
    if (mirrors(itemStart, itemEnd, nStart, nEnd, true) || mirrors(itemStart, itemEnd, nStart, nEnd, false)) return true;
  }
  // Two items joined by a conjunction inside one run (守好饮片质量关和用药安全关: 安全关 is no 安全观):
  // the same, aligned where both items have a real edge (the conjunction, or the run's end).
  const isEdge = (i: number): boolean => i < 0 || i >= text.length || !isHanCode(text.charCodeAt(i));
  for (let k = itemStart; k < itemEnd; k++) {
    if (ITEM_CONJUNCTION_CODES[text.charCodeAt(k)] !== 1 || (k >= from && k < from + c.length)) continue;
    const after = k < from;
    // The candidate's item and its neighbour, each with whether its start and end are real edges.
    const cs = after ? k + 1 : itemStart;
    const ce = after ? itemEnd : k;
    const ns = after ? itemEdge(text, k, true) : k + 1;
    const ne = after ? k : itemEdge(text, k + 1, false);
    if (ne - ns < 2) continue;
    const startsReal = (after || isEdge(cs - 1)) && (!after || isEdge(ns - 1));
    const endsReal = (after ? isEdge(ce) : true) && (after || isEdge(ne));
    if ((endsReal && mirrors(cs, ce, ns, ne, true)) || (startsReal && mirrors(cs, ce, ns, ne, false))) return true;
  }
  return false;
}

/**
 * Whether the finding changes the one character in which a list item differs from the items on
 * both sides of it, themselves differing there from each other: a series of words built alike
 * (经营省际、市际、县际班线; 一级、二级、三级), whose varying part no statistics can judge, where
 * the item is a word of some dictionary itself. (One neighbour alone proves nothing: 统筹规划、统筹规化
 * is a slip; nor an item that is no word: 省级、是级、县级. Nor where the correction is a neighbour's
 * own character.)
 */
function seriesMember(m: TypoModel, text: string, at: number, c: TypoCandidate): boolean {
  let changedAt = -1;
  for (let i = 0; i < c.length; i++) {
    if (c.found[i] === c.replacement[i]) continue;
    if (changedAt >= 0) return false;
    changedAt = i;
  }
  if (changedAt < 0) return false;
  const q = at + c.index + changedAt;
  const start = itemEdge(text, q, true);
  const end = itemEdge(text, q + 1, false);
  if (text[start - 1] !== '、' || text[end] !== '、' || end - start < 2) return false;
  // (The item must be a word of some dictionary itself, a rare one too: 省级、是级、县级 is 市级 misspelt.)
  if (!m.rare.hasRange(text, start, end) && !m.known.hasRange(text, start, end)) return false;
  const length = end - start;
  const offset = q - start;
  // The neighbour's character at the changed position, the items aligned at the 、 between them,
  // where the neighbour agrees with the item everywhere else; '' where it does not.
  const varying = (from: number, step: 1 | -1): string => {
    const s0 = step === 1 ? from : from - length + 1;
    if (s0 < 0 || s0 + length > text.length) return '';
    for (let k = 0; k < length; k++) {
      if (!isHanCode(text.charCodeAt(s0 + k))) return '';
      if (k !== offset && text[s0 + k] !== text[start + k]) return '';
    }
    return text[s0 + offset];
  };
  const left = varying(start - 2, -1);
  const right = varying(end + 1, 1);
  const own = text[q];
  const replacement = c.replacement[changedAt];
  return left !== '' && right !== '' && left !== right && left !== own && right !== own && replacement !== left && replacement !== right;
}

/**
 * Where the run of Chinese characters from i goes on to, leftward (the first of it) or rightward
 * (past its last). (A list item is short: the search stops at LIST_ITEM_MAX characters, which also
 * keeps a long run full of candidates linear.)
 */
function itemEdge(text: string, i: number, leftward: boolean): number {
  let j = i;
  if (leftward) while (j > 0 && i - j < LIST_ITEM_MAX && isHanCode(text.charCodeAt(j - 1))) j--;
  else while (j < text.length && j - i < LIST_ITEM_MAX && isHanCode(text.charCodeAt(j))) j++;
  return j;
}

/** Conjunctions that join two items (质量关和安全关). */
const ITEM_CONJUNCTION_CODES = codeTable('和与及或');

/** The longest list item breaksParallelItem reads, in characters. */
const LIST_ITEM_MAX = 16;

/** One reading of a paragraph: its findings in order, and its odd positions (oddPairsOf). */
function scanParagraph(m: TypoModel, text: string): { out: TypoCandidate[]; odd: number[] } {
  const out: TypoCandidate[] = [];
  // Each run of Chinese characters (U+3400–U+9FFF), found by code unit (a regular expression
  // costs more per run, and a report is many short runs), and where nothing known covers it.
  const runs: { start: number; chars: string; scan: Coverage }[] = [];
  let hanChars = 0;
  let uncovered = 0;
  for (let i = 0, n = text.length; i < n; ) {
    const first = text.charCodeAt(i);
    if (!isHanCode(first)) {
      i++;
      continue;
    }
    const runStart = i;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isHanCode(c)) break;
    }
    if (i - runStart < 2) continue;
    const chars = text.slice(runStart, i);
    const scan = scanCoverage(m, chars);
    runs.push({ start: runStart, chars, scan });
    hanChars += chars.length;
    uncovered += scan.suspicious.length;
  }
  // Text more than half of whose characters nothing known covers is no prose (a file decoded
  // with the wrong encoding, a list of names): no correction there can be trusted, and searching
  // every position would cost some 30 times what prose does. So is such a run inside prose.
  // (Official prose has at most a fifth of such characters in a paragraph, ODW's noisiest
  // sentence 0.43; text decoded with the wrong encoding nearly all.)
  const garbled = (length: number, unknown: number) => length >= GARBLED_MIN && unknown * GARBLED_SHARE > length;
  if (garbled(hanChars, uncovered)) runs.length = 0;
  const odd: number[] = [];
  // Each run's corrections by position (optionsAt), one map for the paragraph, emptied per run:
  // most runs ask nothing, and a map made for each would cost more than their reading.
  const memo = new Map<number, Option[]>();
  for (const { start: runStart, chars, scan } of runs) {
    for (const g of scan.odd) {
      const a = chars.charCodeAt(g);
      const b = chars.charCodeAt(g + 1);
      const p = runStart + g;
      if (odd.length && odd[odd.length - 1] >> 2 === p) odd[odd.length - 1] |= 1;
      else if (!FUNCTION_CODES[a]) odd.push(p * 4 + 1);
      if (!FUNCTION_CODES[b]) odd.push((p + 1) * 4 + 2);
    }
  }
  for (const { start: runStart, chars, scan } of runs) {
    if (garbled(chars.length, scan.suspicious.length)) continue;
    // A short quoted term (“平急两用”, “快进、严出”) is a coinage, quoted because it is new: it is
    // corrected only into a set phrase of four characters (“白花齐放” → 百花齐放), which a coinage
    // is not.
    // (Asked only once a candidate is found: most runs have none.)
    let quotedRun: boolean | undefined;
    const quoted = (): boolean => (quotedRun ??= inShortQuote(text, runStart, runStart + chars.length));
    const allowed = (c: TypoCandidate): boolean => (!quoted() || setPhraseCorrection(m, c)) && !hydrateCount(chars, c) && !changesClanName(chars, c) && !breaksParallelItem(text, runStart, c) && !changesDeputyTitle(m, chars, c) && !changesLevelInList(text, runStart, c) && !changesLevelBetweenWords(m, text, runStart, chars, c) && !changesSurnameBeforeTitle(m, chars, c) && !changesSurnameAfterTitle(chars, c) && !changesNameInList(m, text, runStart, chars, c) && !changesDepartment(chars, c) && !changesRepeatedFrame(m, chars, c) && !changesPrepositionBeforeOffice(chars, c) && !changesLevelBeforeInstitution(chars, c) && !changesVerbAfterAdverb(m, chars, text, runStart, c) && !changesPlaceNameAlone(text, runStart, chars, c) && !changesPlaceAfterNamedLevel(m, chars, c) && !changesProperName(text, runStart, c) && !changesBrandBeforeProduct(m, chars, text, runStart, c) && !changesEnumerationMarker(chars, runStart, text, c) && !changesTotalBeforeCount(text, runStart, chars, c) && !changesMeasureFrame(chars, c) && !beforeDatedYu(text, runStart, c) && !swapsTimeWordAndPreposition(chars, c) && !changesCountRange(chars, c) && !startsOrganisationName(text, runStart, c) && !changesAdverbBetweenWords(m, chars, c) && !cutsWordBefore(m, chars, c) && !sharesIdiomEdge(m, chars, c) && !changesPredicate(m, text, runStart, chars, c) && !intoFunctionPair(m, c) && !seriesMember(m, text, runStart, c) && !changesCheckpoint(text, runStart, c) && !changesPatternMember(m, text, runStart, c) && !beforeEtcOfList(text, runStart, c) && !intoPersonName(m, c);
    const end = runStart + chars.length;
    // A document number's issuer code (京经信发〔2022〕87号) is an abbreviation.
    if (nextIs(text, end, ISSUE_BRACKETS)) continue;
    // Three characters or fewer set apart by a space (曲显海　黑龙江省电力有限公司…: a byline, a
    // cell of a list of names) are a name or a label, no prose to correct.
    if (chars.length <= 3 && spacedOrEdge(text, runStart - 1) && spacedOrEdge(text, end) && (isSpaceAt(text, runStart - 1) || isSpaceAt(text, end))) continue;
    // Nor is a name after a label of a person (述职人：刘志远, 汇报人：…, 联系人：…).
    if (chars.length <= 4 && runStart >= 2 && (text.charCodeAt(runStart - 1) === FULL_COLON || text.charCodeAt(runStart - 1) === 58) && text.charCodeAt(runStart - 2) === REN) continue;
    // After a number comes a measure word or unit (1.1亿门): not a place to correct.
    const afterNumber = afterQuantity(text, runStart);
    // Before a number, the run's last character reads as a word of its own (近13亿, 约300人).
    const beforeNumber = nextIs(text, end, DIGIT_CODES);
    let lastEnd = -1;
    if (memo.size) memo.clear();
    const { gaps } = scan;
    // A character beside a pair seen nowhere, held only by a word that loses its other character to
    // a far commoner one (完|成龙|村 of 完成龙村集体: 完成 takes 成), is as good as uncovered.
    const outweighedAt = scan.odd.length ? outweighedPositions(m, chars, scan) : undefined;
    const suspicious = outweighedAt ? mergeSorted(scan.suspicious, outweighedAt) : scan.suspicious;
    const weak = outweighedAt ? scan.weak.filter((q) => !outweighedAt.includes(q)) : scan.weak;
    // This run's findings, in order and without overlap.
    const found: TypoCandidate[] = [];
    // A set phrase of four characters misspelt by one character (迫不急待, 再接再励, 按步就班),
    // first: whether the misspelling reads as words or as a rare entry of the dictionary, every
    // window one character away from a common phrase is looked at, whatever its coverage.
    const halves = chars.length >= 4 ? m.phraseHalvesOf(chars) : null;
    // The phrase misspelt in the window at i, of set phrases or (`compound`) of two words, if any.
    const phraseAt = (i: number, compound: boolean): TypoCandidate | null => {
      // (Most windows keep no half of any phrase.)
      if ((halves![i] & (compound ? 4 : 1)) === 0 && (halves![i + 2] & (compound ? 8 : 2)) === 0) return null;
      const c = phraseSlipAt(m, chars, i, compound, halves!);
      // (Nor where the window reads as words cut elsewhere: 中小学|升学, 严格|执纪.)
      if (!c || !allowed(c) || readsAsWords(m, chars, c, beforeNumber)) return null;
      tighten(m, c);
      out.push({ ...c, index: runStart + c.index });
      return c;
    };
    for (let i = afterNumber ? 2 : 0; halves && i + 4 <= chars.length; i++) {
      const c = phraseAt(i, false);
      if (!c) continue;
      found.push(c);
      i += 3;
    }
    // A reduplicated phrase (AABB: 兢兢业业, 勤勤恳恳) whose doubled character slipped both times
    // (竞竞业业): one slip typed twice, which the search above, one character at a time, misses.
    for (let i = 0; i + 4 <= chars.length; i++) {
      if (chars.charCodeAt(i) !== chars.charCodeAt(i + 1) || chars.charCodeAt(i + 2) !== chars.charCodeAt(i + 3) || chars.charCodeAt(i) === chars.charCodeAt(i + 2)) continue;
      if (found.some((f) => f.index < i + 4 && i < f.index + f.length)) continue;
      const c = reduplicatedSlipAt(m, chars, i);
      if (!c || !allowed(c)) continue;
      found.push(c);
      found.sort((x, y) => x.index - y.index);
      out.push({ ...c, index: runStart + c.index });
      i += 3;
    }
    // Then each position nothing known covers (the phrases' findings already hold some).
    const first: TypoCandidate[] = [];
    for (let k = 0, pk = 0; k < suspicious.length; k++) {
      const p = suspicious[k];
      if (p < lastEnd || (afterNumber && p < 2)) continue;
      while (pk < found.length && found[pk].index + found[pk].length + 1 < p) pk++;
      if (pk < found.length && found[pk].index <= p + 1) continue;
      const c = findAt(m, chars, p, memo);
      if (!c || !allowed(c) || readsAsWords(m, chars, c, beforeNumber)) continue;
      tighten(m, c);
      // Two readings of one stretch (建投|成产: 建投 → 建设, or the swap 建成投产): the one that
      // leaves the stretch reading as known sequences is kept, the other dropped.
      const last = first[first.length - 1];
      if (last && c.index < last.index + last.length) {
        if (readsBetter(m, chars, c, last)) first[first.length - 1] = c;
      } else first.push(c);
      lastEnd = Math.max(lastEnd, c.index + c.length);
    }
    for (const c of first) out.push({ ...c, index: runStart + c.index });
    if (first.length) {
      found.push(...first);
      found.sort((x, y) => x.index - y.index);
    }
    // A two-character word typed the wrong way round (论讨 for 讨论, 购采 for 采购): a pair seen
    // nowhere (the scan's odd pairs) whose reverse is a word official prose uses, where neither
    // character makes a word or an ordinary pair with its other neighbour (pairSwapAt).
    const pairSwaps: TypoCandidate[] = [];
    for (let k = 0, fk = 0; k < scan.odd.length; k++) {
      const g = scan.odd[k];
      if (afterNumber && g < 2) continue;
      while (fk < found.length && found[fk].index + found[fk].length <= g) fk++;
      if (fk < found.length && found[fk].index <= g + 1) continue;
      const c = pairSwapAt(m, chars, g);
      if (!c || !allowed(c)) continue;
      pairSwaps.push(c);
      out.push({ ...c, index: runStart + c.index });
    }
    // A common word typed the wrong way round where the pair as written is met across words (日|动活|6
    // of 开放日动活6次: 劳动|活力 holds 动活): the junctions on both sides are seen nowhere, and
    // the swap makes both ordinary (walledSwapAt).
    for (let k = 0, fk = 0; k < scan.odd.length; k++) {
      const g = scan.odd[k] + 1;
      if (g + 2 > chars.length || (afterNumber && g < 2)) continue;
      const rightOdd = g + 2 === chars.length ? (beforeNumber || end >= text.length || !isHanCode(text.charCodeAt(end))) : scan.odd[k + 1] === g + 1;
      if (!rightOdd) continue;
      while (fk < found.length && found[fk].index + found[fk].length <= g - 1) fk++;
      if (fk < found.length && found[fk].index <= g + 2) continue;
      if (pairSwaps.some((p) => p.index <= g + 2 && g - 1 <= p.index + p.length)) continue;
      const c = walledSwapAt(m, chars, g);
      if (!c || !allowed(c)) continue;
      pairSwaps.push(c);
      out.push({ ...c, index: runStart + c.index });
    }
    // A common word typed the wrong way round into a pair met across words or a rare entry (理受 of
    // 管理受到, 实落 for 落实): where no known sequence holds the pair as written and known sequences
    // hold the swapped pair on both sides (contextSwapAt).
    // (Over the pairs that hold an unusual position, in order: each position x gives the pairs at
    // x - 1 and x.)
    // One pass over the pairs at g, in increasing order, of one kind of swap: a pair a finding or an
    // earlier swap already holds is passed over (a pointer into the findings keeps the pass linear);
    // a swap found and allowed is kept. Says whether it kept one.
    const swapPass = (swapAt: (g: number) => TypoCandidate | null) => {
      let fk = 0;
      return (g: number): boolean => {
        while (fk < found.length && found[fk].index + found[fk].length <= g) fk++;
        if (fk < found.length && found[fk].index <= g + 1) return false;
        if (pairSwaps.some((p) => p.index <= g + 1 && g <= p.index + p.length)) return false;
        const c = swapAt(g);
        if (!c || !allowed(c)) return false;
        pairSwaps.push(c);
        out.push({ ...c, index: runStart + c.index });
        return true;
      };
    };
    const unusualPositions = suspicious.length + weak.length >= 2 ? mergeSorted(suspicious, weak) : NO_POSITIONS;
    const contextSwapFrom = swapPass((g) => contextSwapAt(m, chars, g));
    for (let k = 0, next = afterNumber ? 2 : 0; k < unusualPositions.length; k++) {
      for (let g = Math.max(next, unusualPositions[k] - 1); g <= unusualPositions[k] && g + 2 <= chars.length; g++) {
        next = g + 1;
        if (!contextSwapFrom(g)) continue;
        next = g + 2;
        break;
      }
    }
    // (And the pairs seen nowhere where known sequences cover both characters otherwise: 小微企业的
    // 贷信支持 → 信贷, every character held by some sequence, the pair by none.)
    const oddSwap = swapPass((g) => contextSwapAt(m, chars, g, !m.bigrams.hasRange(chars, g, g + 2)));
    for (const g of scan.odd) if (g + 2 <= chars.length && !(afterNumber && g < 2)) oddSwap(g);
    // (And a pair no known sequence covers between two words, its reverse a common word: 建立|备设|巡检
    // → 设备; the pair is met across words, 配备|设施, so neither test above sees it.)
    const walledByWords = swapPass((g) => wordWalledSwapAt(m, chars, g));
    for (let k = 0; k + 1 < suspicious.length; k++) {
      const g = suspicious[k];
      if (suspicious[k + 1] === g + 1 && !(afterNumber && g < 2)) walledByWords(g);
    }
    if (pairSwaps.length) {
      found.push(...pairSwaps);
      found.sort((x, y) => x.index - y.index);
    }
    // A seam between two known stretches, the pair across it seen nowhere (联席会|义制度): the
    // slip is on one side of it, and the correction a word across it. Both characters are covered
    // by known sequences, so only a correction covering more than they were counts (optionsAt).
    const seams: TypoCandidate[] = [];
    for (let k = 0, fk = 0, lastSeam = -1; k < gaps.length; k++) {
      const p = gaps[k];
      if (p <= lastSeam || (afterNumber && p < 2) || !seamPair(m, chars, p)) continue;
      while (fk < found.length && found[fk].index + found[fk].length + 3 <= p) fk++;
      if (fk < found.length && found[fk].index <= p + 4) continue;
      const c = seamAt(m, chars, p, memo);
      if (!c || !allowed(c) || readsAsWords(m, chars, c, beforeNumber)) continue;
      tighten(m, c);
      seams.push(c);
      lastSeam = c.index + c.length;
      out.push({ ...c, index: runStart + c.index });
    }
    if (seams.length) {
      found.push(...seams);
      found.sort((x, y) => x.index - y.index);
    }
    // Two neighbours both slipped (淡味 for 单位): a pair of unknown positions, seen nowhere, that
    // same-sounding characters turn into a word official prose uses often, in known context.
    // (In order, with a pointer into the first pass's findings: linear however many there are.)
    const doubles: TypoCandidate[] = [];
    for (let k = 0, fk = 0, lastDouble = -1; k + 1 < suspicious.length; k++) {
      const p = suspicious[k];
      if (suspicious[k + 1] !== p + 1 || p <= lastDouble || (afterNumber && p < 2)) continue;
      while (fk < found.length && found[fk].index + found[fk].length <= p) fk++;
      if (fk < found.length && found[fk].index <= p + 1) continue;
      const c = doubleAt(m, chars, p);
      if (!c || quoted() || inOrganisationName(text, runStart + p)) continue;
      doubles.push(c);
      lastDouble = p + 1;
      out.push({ ...c, index: runStart + c.index });
    }
    // Both characters slipped into another pair, one official prose never uses (悔意 for 会议,
    // 起夜 for 企业): two neighbouring positions no known sequence of three or four characters
    // covers, same-sounding characters for both making a common word inside a known
    // four-character phrase.
    // (Over the weak and the unknown positions together: 悔意 is an ordinary pair, yet no known
    // sequence covers either character.)
    const looked = unusualPositions.length ? unusualPositions : mergeSorted(suspicious, weak);
    for (let k = 0, fk = 0, lastDouble = -1; k + 1 < looked.length; k++) {
      const p = looked[k];
      if (looked[k + 1] !== p + 1 || p <= lastDouble || (afterNumber && p < 2)) continue;
      while (fk < found.length && found[fk].index + found[fk].length + 3 <= p) fk++;
      if (fk < found.length && found[fk].index <= p + 4) continue;
      const c = doubleAt(m, chars, p, true);
      if (!c || quoted()) continue;
      doubles.push({ ...c, kind: 'context' });
      lastDouble = p + 1;
      out.push({ ...c, index: runStart + c.index, kind: 'context' });
    }
    if (doubles.length) {
      found.push(...doubles);
      found.sort((x, y) => x.index - y.index);
    }
    // A four-character word made of two words misspelt by one character (中失委员会 → 中央,
    // 超极大国 → 超级), where the searches above found nothing: after them, since a word of the
    // two is what they mend first (中国科鞋院 is 科学院 misspelt, not 中国科协).
    // (Only windows holding a position the scan found unusual: the halves of these phrases are
    // common words, and a slip in one leaves a trace there.)
    const compounds: TypoCandidate[] = [];
    const unusual = halves && suspicious.length + weak.length + gaps.length ? markPositions(chars.length, suspicious, weak, gaps) : null;
    for (let i = afterNumber ? 2 : 0, fk = 0; unusual && i + 4 <= chars.length; i++) {
      if ((unusual[i] | unusual[i + 1] | unusual[i + 2] | unusual[i + 3]) === 0) continue;
      while (fk < found.length && found[fk].index + found[fk].length <= i) fk++;
      if (fk < found.length && found[fk].index < i + 4) continue;
      const c = phraseAt(i, true);
      if (!c) continue;
      compounds.push(c);
      i += 3;
    }
    if (compounds.length) {
      found.push(...compounds);
      found.sort((x, y) => x.index - y.index);
    }
    // Where the non-word search found nothing convincing, the stricter context test of a real-word
    // slip still may (统志 → 同志: 同志 and 习近平同志 are known, though 统志 is no word at all).
    // A non-word must still not read as words (战斗|里, 学史|力行), as for the search above.
    // Both lists are in order: merged, with a pointer to the next finding of the first pass, so
    // that nothing within three characters of a finding is looked at again.
    let si = 0;
    let wi = 0;
    let fi = 0;
    let end2 = -Infinity;
    while (si < suspicious.length || wi < weak.length) {
      const nonWord = wi >= weak.length || (si < suspicious.length && suspicious[si] < weak[wi]);
      const q = nonWord ? suspicious[si++] : weak[wi++];
      if (afterNumber && q < 2) continue;
      if (end2 >= q - 3) continue;
      while (fi < found.length && found[fi].index + found[fi].length < q - 3) fi++;
      if (fi < found.length && found[fi].index <= q + 3) continue;
      // Over an unknown position the slip made a non-word (of a same-sounding or a look-alike
      // character); elsewhere a real word, which is told as "easily confused".
      // A swap hides as well where each half of it is a word (坚不|不定 of 坚不定移).
      let swap = nonWord ? null : bestSwap(m, chars, q, true);
      // 科学建设 is no 学科建设 misspelt: a sequence that reads as two words is left as written.
      if (swap && m.isTarget(swap.found.slice(0, 2)) && m.isTarget(swap.found.slice(2))) swap = null;
      const c = swap ?? realWordAt(m, chars, q, nonWord);
      if (!c || !allowed(c)) continue;
      if (nonWord && readsAsWords(m, chars, c, beforeNumber)) continue;
      // The character right before a number is a preposition or a measure of it (降至9.2%, 降至万分之一):
      // a look-alike there is no evidence of a slip.
      if (c.kind === 'shape' && c.found[c.length - 1] !== c.replacement[c.length - 1] && (c.index + c.length === chars.length ? beforeNumber : NUMERAL_CODES[chars.charCodeAt(c.index + c.length)] === 1)) continue;
      tighten(m, c);
      out.push({ index: runStart + c.index, length: c.length, found: c.found, replacement: c.replacement, kind: nonWord || c.kind === 'swap' ? c.kind : 'context' });
      end2 = Math.max(end2, c.index + c.length);
    }
    // Words the input method offers for each other (反映/反应, 精力/经历): the one a known phrase of
    // four characters holds, where none holds the one written.
    // (A byte per code unit says first which positions can begin one: most make no string.)
    for (let i = 0; i + 2 <= chars.length; i++) {
      if (CONFUSED_FIRST_CODES[chars.charCodeAt(i)] === 0) continue;
      const partners = CONFUSED_WORDS.get(chars.slice(i, i + 2));
      if (!partners || (afterNumber && i < 2)) continue;
      const c = confusedWordAt(m, chars, i, partners);
      if (!c) continue;
      if (out.some((f) => f.index < runStart + i + 2 && runStart + i < f.index + f.length)) continue;
      out.push({ ...c, index: runStart + i });
      i++;
    }
  }
  out.sort((a, b) => a.index - b.index);
  // A chemist's character (氟 of 氟离子, 氯 of 有效氯, 硫 of 硫酸根) is written on purpose: the input
  // method offers it far down its list, after the everyday characters of its sound.
  // (Nor the character a number follows where it is a preposition or an adverb of quantity:
  // 献血屋增至|9处 is no 增值, 我自|2021年 no 自我.)
  const keep = (c: TypoCandidate) => (!changesChemical(c) || chemicalSlip(m, text, c)) && !changesElementInList(text, c) && !changesBeforeNumber(text, c);
  if (!out.every(keep)) return { out: out.filter(keep), odd };
  return { out, odd };
}

/**
 * Words the input method offers for each other, both real words, that writers confuse: 反映 a
 * problem, 反应 a reaction; 精力 spent, 经历 lived. Compiled by hand for this project from the
 * confusions proofreading guides list; each is corrected only where a known phrase of four
 * characters holds the other word and none holds the one written (confusedWordAt).
 */
const CONFUSED_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  // Written → meant, one way only: the other way round is often right (制订 a plan, 检察 of the
  // procuratorate, 反应 of a signal), and those pairs are left to the context patterns.
  const pairs = [
    '经历 精力', '收益 受益', '时效 实效', '相应 响应', '公式 公示', '经度 进度', '异议 意义', '上限 上线',
    '事迹 实绩', '客服 克服', '全城 全程', '专制 专职', '连合 联合', '申明 声明', '交待 交代', '竖立 树立', '渡汛 度汛',
    '形式 形势',
  ];
  const map = new Map<string, string[]>();
  for (const p of pairs) {
    const [written, meant] = p.split(' ');
    map.set(written, [...(map.get(written) ?? []), meant]);
  }
  return map;
})();
/** 1 at the code unit of each written word's first character (CONFUSED_WORDS). */
const CONFUSED_FIRST_CODES = (() => {
  const codes = new Uint8Array(0x10000);
  for (const written of CONFUSED_WORDS.keys()) codes[written.charCodeAt(0)] = 1;
  return codes;
})();

/** Whether a known sequence of four characters holds the pair at i with two characters on one side. */
function heldWithContext(m: TypoModel, chars: string, i: number): boolean {
  return (i >= 2 && m.known.hasRange(chars, i - 2, i + 2)) || (i + 4 <= chars.length && m.known.hasRange(chars, i, i + 4));
}

/** Prepositions of a bound or a measure (按 a limit, 超 a line, 至 a level), each wanting a noun after it. */
const MEASURE_PREPOSITION_CODES = codeTable('按超达至逾');

/** The other word of a confused pair at i, where a known phrase holds it and none the word written (see CONFUSED_WORDS). */
function confusedWordAt(m: TypoModel, chars: string, i: number, partners: readonly string[]): TypoCandidate | null {
  if (heldWithContext(m, chars, i)) return null;
  // (Nor a noun after a preposition of measure, which wants one: 按上限运行 is no 上线运行.)
  if (i > 0 && MEASURE_PREPOSITION_CODES[chars.charCodeAt(i - 1)] === 1) return null;
  // (Nor where a sequence of three characters holds the written word with a neighbour: 反应堆, 大检察官.)
  if ((i >= 1 && m.known.hasRange(chars, i - 1, i + 2)) || (i + 3 <= chars.length && m.known.hasRange(chars, i, i + 3))) return null;
  let best: TypoCandidate | null = null;
  for (const w of partners) {
    const repl = chars.slice(0, i) + w + chars.slice(i + 2);
    if (!heldWithContext(m, repl, i)) continue;
    if (best) return null;
    best = { index: i, length: 2, found: chars.slice(i, i + 2), replacement: w, kind: 'context' };
  }
  return best;
}

/**
 * The reduplicated phrase AABB at i with its doubled A (or B) slipped both times into a
 * same-sounding or look-alike character (竞竞业业 → 兢兢业业): the window as written is no known
 * sequence, and exactly one candidate makes a set phrase of the dictionary.
 */
function reduplicatedSlipAt(m: TypoModel, chars: string, i: number): TypoCandidate | null {
  const w = chars.slice(i, i + 4);
  if (m.isKnown(w)) return null;
  let best: TypoCandidate | null = null;
  for (const at of [0, 2]) {
    const code = w.charCodeAt(at);
    for (const [set, kind] of [[m.soundsLike(code), 'pinyin'], [m.looksLike(code), 'shape']] as const) {
      for (const c of set) {
        const r = at === 0 ? c + c + w.slice(2) : w.slice(0, 2) + c + c;
        const t = m.target(r);
        if (!t || !setPhrase(t)) continue;
        if (best && best.replacement !== r) return null;
        best = { index: i, length: 4, found: w, replacement: r, kind };
      }
    }
  }
  return best;
}

/**
 * The odd positions of a paragraph: its characters (function characters aside) in a pair of
 * neighbours seen nowhere (no two-character word, no ordinary bigram), packed as position × 4
 * + 2 (the odd pair on the left) + 1 (on the right); read off the scan findTypos makes anyway
 * (such a pair lies in no known window: a seam of the scan), and cached with its result. Where a
 * slip in a term of the writer's own leaves its trace (termVariants.ts).
 */
export function oddPairsOf(text: string): readonly number[] {
  if (!model) return NO_ODD_PAIRS;
  let odd = oddPairsCache.get(text);
  if (!odd) {
    findTypos(text);
    odd = oddPairsCache.get(text) ?? NO_ODD_PAIRS;
  }
  return odd;
}

const GARBLED_MIN = 16;
const GARBLED_SHARE = 2;
const DIGITS = '0123456789０１２３４５６７８９';
const ISSUE_BRACKETS = codeTable('〔［[');
const DIGIT_CODES = codeTable(DIGITS);
const NUMBER_ENDS = codeTable(DIGITS + '.．%％');

/** Unit symbols and Latin unit letters that may stand between a number and the words after it (12℃时, 5mg/L以下). */
const UNIT_CODES = codeTable('℃℉‰°′″㎡㎥㎏㎞㎝㎜㎎㎖㎏ΩμabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/·');

/**
 * Whether a number ends right before i, or a number and its unit (12℃, 5mg/L, 3kV): what follows is
 * a measure word, a unit or a word of its own (时, 以上, 左右), not a place to correct.
 */
function afterQuantity(text: string, i: number): boolean {
  if (previousIs(text, i, NUMBER_ENDS)) return true;
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  const end = j;
  while (j >= 0 && end - j < 6 && UNIT_CODES[text.charCodeAt(j)] === 1) j--;
  return j < end && j >= 0 && NUMBER_ENDS[text.charCodeAt(j)] === 1;
}

/** Whether text[i] (or, after one space, text[i + 1]) is in `set` (tested per run: no regex, no slice). */
function nextIs(text: string, i: number, set: Uint8Array): boolean {
  if (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length && set[text.charCodeAt(i)] === 1;
}

/** Whether the last character before i that is no space, within three, is in `set`. */
function previousIs(text: string, i: number, set: Uint8Array): boolean {
  const lo = Math.max(0, i - 3);
  let j = i - 1;
  while (j >= lo && isSpace(text.charCodeAt(j))) j--;
  return j >= lo && set[text.charCodeAt(j)] === 1;
}

const FULL_COLON = '：'.charCodeAt(0);
const REN = '人'.charCodeAt(0);

/** Whether text[i] is a space, or i lies outside text. */
function spacedOrEdge(text: string, i: number): boolean {
  return i < 0 || i >= text.length || isSpace(text.charCodeAt(i));
}

/** Whether text[i] is a space (false outside text). */
function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpace(text.charCodeAt(i));
}

/** The characters of a regular expression's \s. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Two ascending lists of positions as one. */
function mergeSorted(a: number[], b: number[]): number[] {
  // (The callers only read the result: one list alone is returned as it is.)
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}

/** Whether a dictionary word (2–4 characters) ends at position i (inclusive). */
function wordEndsAt(m: TypoModel, chars: string, i: number): boolean {
  for (let L = 2; L <= 4 && i - L + 1 >= 0; L++) if (m.targetAt(chars, i - L + 1, L)) return true;
  return false;
}

/**
 * Whether the character at i is the last of an office's name (股, 科, 室 …) after the word it names
 * and before a function character: 计量标准化|股|在 is the section, no 设在 misspelt. (Before any
 * character, that guard cost real slips: 兼容科比 is 兼容可比, 合理社定 is 合理设定.)
 */
function endsOfficeName(m: TypoModel, chars: string, i: number): boolean {
  return i > 0 && UNIT_SUFFIXES.includes(chars[i]) && FUNCTION_CODES[chars.charCodeAt(i + 1)] === 1 && wordEndsAt(m, chars, i - 1);
}

/** Whether a unit's name ends at i: an office's suffix after a word (项目|部, 财务|科, 信访|办). */
function endsUnitName(m: TypoModel, chars: string, i: number): boolean {
  return i > 1 && UNIT_SUFFIXES.includes(chars[i]) && wordEndsAt(m, chars, i - 1);
}

/** Whether a dictionary word of three or four characters ends at position i. */
function longWordEndsAt(m: TypoModel, chars: string, i: number): boolean {
  for (let L = 3; L <= 4 && i - L + 1 >= 0; L++) if (m.targetAt(chars, i - L + 1, L)) return true;
  return false;
}

/** Whether a dictionary word (2–4 characters) starts at position i. */
function wordStartsAt(m: TypoModel, chars: string, i: number): boolean {
  for (let L = 2; L <= 4 && i + L <= chars.length; L++) if (m.targetAt(chars, i, L)) return true;
  return false;
}

/** Whether [start, end) lies inside a quotation of at most 16 characters. */
function inShortQuote(text: string, start: number, end: number): boolean {
  // The nearest opening quote at most 16 characters back (lastIndexOf over the whole paragraph
  // would scan back to its start for every run of Chinese characters).
  let open = -1;
  for (let i = Math.min(start, text.length - 1); i >= 0 && start - i <= 16; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300c) {
      open = i;
      break;
    }
  }
  if (open < 0) return quotedListItem(text, start, end);
  const between = text.slice(open + 1, start);
  if (/[”」\n]/.test(between)) return quotedListItem(text, start, end);
  const close = text.slice(end, open + 18).search(/[”」]/);
  return (close >= 0 && !/\n/.test(text.slice(end, end + close))) || quotedListItem(text, start, end);
}

/**
 * Whether [start, end) is an item of a list in quotation marks, between a 、 and a quotation mark
 * or another 、 (“网上填报、线上审批、自助投递、银行直付”): each item is a coinage of its own, however
 * long the list.
 */
function quotedListItem(text: string, start: number, end: number): boolean {
  if (end - start > 6) return false;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (!((before === LIST_COMMA && (after === LIST_COMMA || after === 0x201d)) || (before === 0x201c && after === LIST_COMMA))) return false;
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= 40; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201d || c === 10) return false;
    if (c === 0x201c) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < text.length && i - end <= 40; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 10) return false;
    if (c === 0x201d) return true;
  }
  return false;
}

/**
 * Positions worth a closer look, in one pass over the run:
 * - `suspicious`: characters no known sequence covers (a dictionary word, or a three- or
 *   four-character sequence of the official texts), function characters aside: where a slip
 *   makes a non-word;
 * - `weak`: characters a known pair covers but no known sequence of three or four characters:
 *   where a slip that makes another real word hides (机制 → 机智 in 发展机智). In edited text most
 *   characters sit in a known three- or four-character sequence (about 85% of the official texts).
 */
interface Coverage {
  suspicious: number[];
  weak: number[];
  gaps: number[];
  /** Every i whose pair with i + 1 no known window holds and no ordinary text has (neither a word nor an ordinary bigram). */
  odd: number[];
}

function scanCoverage(m: TypoModel, chars: string): Coverage {
  const n = chars.length;
  const suspicious: number[] = [];
  const weak: number[] = [];
  const gaps: number[] = [];
  const odd: number[] = [];
  // Left to right, remembering how far known windows already reach (any length, and three or
  // more): a window that would not reach further is not looked up.
  let reach = -1;
  let reach3 = -1;
  for (let i = 0; i < n; i++) {
    for (let L = Math.min(4, n - i); L >= 3 && i + L - 1 > reach3; L--) {
      if (m.known.hasRange(chars, i, i + L)) {
        reach3 = i + L - 1;
        break;
      }
    }
    if (reach3 > reach) reach = reach3;
    // Every bigram inside a known window is an ordinary bigram: a cheap test first.
    if (i + 1 > reach && i + 1 < n) {
      const word = m.target2At(chars, i) !== undefined;
      const ordinary = word || m.bigrams.hasRange(chars, i, i + 2);
      if (word || (ordinary && m.known.hasRange(chars, i, i + 2))) reach = i + 1;
      // A pair no known window holds and no ordinary text has (see oddPairsOf).
      else if (!ordinary) odd.push(i);
    }
    // No known window holds both i and i + 1 (none starting later can): if each is covered on its
    // own side, a slip may sit at the seam (联席会|义制度 of 联席会议制度).
    if (reach === i && i + 1 < n) gaps.push(i);
    if (FUNCTION_CODES[chars.charCodeAt(i)]) {
      // A function character is seldom a non-word, but may be a slip for a content word (也务 for
      // 业务): the real-word test, stricter for it, looks there too. Uncovered, beside a pair seen
      // nowhere (领或 of 重点领或改革, 积及), it is looked at as a non-word.
      if (i > reach && ((i > 0 && !m.bigrams.hasRange(chars, i - 1, i + 1)) || (i + 1 < n && !m.bigrams.hasRange(chars, i, i + 2)))) suspicious.push(i);
      else if (i > reach3 && n >= 3) weak.push(i);
      continue;
    }
    if (i > reach) suspicious.push(i);
    else if (i > reach3 && n >= 3) weak.push(i);
  }
  return { suspicious, weak, gaps, odd };
}

const weight = (t: Target): number => t.official + t.dict / 2;

/**
 * Whether a word official prose seldom uses (bucket ≤ 2) is one any prose uses far more than the
 * correction (分解 of 氧化分解段, a kiln's zone, against 分阶段): then it is the writer's word.
 */
function everydayOverCorrection(held: Target, correction: Target): boolean {
  return held.official <= 2 && held.dict >= EVERYDAY_WRITTEN_DICT && held.dict >= correction.dict + EVERYDAY_DICT_MARGIN;
}
const EVERYDAY_DICT_MARGIN = 4;

/**
 * A slip that makes a real word (反映 → 反应 in 反应问题): the character at q, changed into one that
 * sounds the same (or, over an unknown position, `withShapes`, one that looks alike), makes a
 * two-character dictionary word with a neighbour and puts q inside a known sequence of three or
 * four characters; the corrected word is commoner than the word it replaces, and that word is not
 * one official prose uses. A function character (也 of 也务) changes only inside a known
 * four-character sequence, into a word official prose uses often, and never before a word it
 * modifies (都 of 都允许).
 */
function realWordAt(m: TypoModel, chars: string, q: number, withShapes: boolean): TypoCandidate | null {
  const code = chars.charCodeAt(q);
  if (deputyBefore(chars, q) || code === MOU) return null;
  // 抗 before a character makes a term with it (抗旱, 抗空蚀 of a turbine's welding rods): no
  // real-word slip there. (自 is asked: 院感防控自度 is 制度 misspelt.)
  if (code === ANTI && q + 1 < chars.length) return null;
  // 型 or 式 after a known word makes a kind of it (示范型 of 全国示范型服务站, 称重式): no 示范性.
  // (Where it begins no word with the next character: 多种|型式 may be 形式 misspelt.)
  if (TYPE_SUFFIX_CODES[code] === 1 && q >= 2 && m.isKnown(chars.slice(q - 2, q)) && !(q + 1 < chars.length && m.target2At(chars, q))) return null;
  // Numerals (二是, 五是), the commonest one-character words (大, 多, 要) and measure words stand as
  // words of their own: changing them into the next word's first half is no correction.
  // A measure word stands alone only after a numeral or a demonstrative (三件, 这群); elsewhere it
  // may be half of a misspelt word (构件 → 构建).
  // Unless the change completes a known four-character phrase with a word official prose uses
  // often, where the pair as written is none (中点领域 → 重点领域, 十场化 → 市场化): `alone` below.
  // Not for the commonest verbs (要, 会, 能, 可: their neighbours are whatever they govern).
  const alone = STANDALONE_CODES[code] === 1 && !(MEASURE_ONLY_CODES[code] && !(q > 0 && COUNTERS.includes(chars[q - 1])));
  // (Unless known four-character phrases hold the correction on both sides: 加强领到班子 → 领导,
  // 加强领导 and 领导班子. `standsAsWord`, below.)
  const verbAlone = alone && VERB_CODES[code] === 1;
  // q inside a word the official texts use (工作, 发展) can have no correction: a window holding
  // that word is refused below (officialWordHolding), one cutting it too (inOtherWord). Most
  // positions end here, before any candidate is tried.
  // Unless that word meets a neighbour in a pair seen nowhere (市长|秩序 for 市场秩序): then only
  // a window mending that pair may change it.
  const leftTarget = q > 0 ? m.target2At(chars, q - 1) : undefined;
  const rightTarget = q + 1 < chars.length ? m.target2At(chars, q) : undefined;
  const leftWord = (leftTarget?.official ?? 0) >= 1 || leftTarget?.report === true;
  const rightWord = (rightTarget?.official ?? 0) >= 1 || rightTarget?.report === true;
  // A word official prose uses only now and then (反应, 制毒: bucket ≤ 2), or one rare in any prose
  // (保户, 积金 of 公积金), may still give way to a far commoner one that completes a known
  // four-character sequence (see below).
  const seldom = (!leftWord || seldomWord(leftTarget!)) && (!rightWord || seldomWord(rightTarget!));
  // (Tested when a candidate first passes the cheap tests below: most positions have none.)
  let junctionOk = !(leftWord || rightWord);
  let bothSidesOnly = false;
  // The character stands as a word of its own where it is (a verb standing alone; a function
  // character before a word, decided at the first candidate): it changes only where known phrases
  // hold the correction on both sides.
  let standsAsWord: boolean | undefined = verbAlone || undefined;
  // The commonest same-sounding characters only (and the pairs writers were seen to confuse,
  // which the data puts first): a real-word slip into a rare character is rare itself.
  // (Read in place: most positions try none of them, and slicing the sets cost more than the tests.)
  const sounds = m.soundsLike(code);
  const shapes = withShapes ? m.looksLike(code) : '';
  const nSounds = Math.min(sounds.length, REAL_WORD_CANDIDATES);
  const total = nSounds + Math.min(shapes.length, REAL_WORD_SHAPES);
  if (!total) return null;
  const fn = FUNCTION_CODES[code] === 1;
  const prev = q > 0 ? chars.charCodeAt(q - 1) : -1;
  const next = q + 1 < chars.length ? chars.charCodeAt(q + 1) : -1;
  // Work on the stretch seven characters either side, as optionsAt does: every test below looks
  // no further, and a candidate then costs a short string, not a copy of the run. Made when the
  // first candidate passes the cheap tests.
  const a = Math.max(0, q - 7);
  const ql = q - a;
  let orig = '';
  let head = '';
  let tail = '';
  let best: Scored | null = null;
  for (let i = 0; i < total; i++) {
    const cc = i < nSounds ? sounds.charCodeAt(i) : shapes.charCodeAt(i - nSounds);
    // The new character must make a dictionary word of two characters with a neighbour (机制, 联网
    // of 互联网; every correction found so far does, and such a pair is an ordinary bigram): a
    // test on two numbers before any string is made.
    if (!(prev >= 0 && m.target2(prev, cc)) && !(next >= 0 && m.target2(cc, next))) continue;
    // (For a word standing alone, that word must be one official prose uses often: asked here, before any string is made.)
    if (alone && (STANDALONE_CODES[cc] || !(((prev >= 0 && m.target2(prev, cc)?.official) || 0) >= STANDALONE_OFFICIAL || ((next >= 0 && m.target2(cc, next)?.official) || 0) >= STANDALONE_OFFICIAL))) continue;
    // 责任制都允许: a function character before a word of its own is an adverb at work (都, 也, 就).
    // Unless the character before it ends no word and known four-character phrases hold the
    // corrected word on both sides (联席会已成员 → 会议: 联席会议, 会议成员; 实施好各向行动 → 各项):
    // `standsAsWord`.
    if (fn && !verbAlone && standsAsWord === undefined) {
      standsAsWord = q + 2 < chars.length && wordStartsAt(m, chars, q + 1);
      // (Never where a word of three or four characters ends before it: 常委会|已|审议 is no 常委会议.)
      if (standsAsWord && q > 1 && longWordEndsAt(m, chars, q - 1)) return null;
    }
    if (standsAsWord && ((prev >= 0 && m.target2(prev, cc)?.official) || 0) < ADVERB_SLIP_OFFICIAL && ((next >= 0 && m.target2(cc, next)?.official) || 0) < ADVERB_SLIP_OFFICIAL) continue;
    if (!junctionOk) {
      if (!brokenJunction(m, chars, leftWord ? q - 1 : q) && !seldom) {
        // Only a word official prose uses now and then may still give way, to a commoner one of the
        // same sound held by known phrases on both sides (体质|机制 → 体制, see bothSides below).
        if (!homophoneWordSide(leftTarget) && !homophoneWordSide(rightTarget)) return null;
        bothSidesOnly = true;
      }
      junctionOk = true;
    }
    // (Then the new character must make such a word in place of the one written: asked before any string is made.)
    if (bothSidesOnly && !((q >= 3 && q + 3 <= chars.length && homophoneWordSide(leftTarget) && m.target2(prev, cc)) || (q >= 2 && q + 4 <= chars.length && homophoneWordSide(rightTarget) && m.target2(cc, next)))) continue;
    if (!orig) {
      orig = chars.slice(a, Math.min(chars.length, q + 8));
      head = orig.slice(0, ql);
      tail = orig.slice(ql + 1);
    }
    const repl = head + String.fromCharCode(cc) + tail;
    // The corrected text must put q inside a known sequence of three or four characters.
    let after = 0;
    for (let L = 4; L >= 3 && !after; L--) {
      for (let s = Math.max(0, ql - L + 1); s <= ql && s + L <= repl.length; s++) {
        if (m.known.hasRange(repl, s, s + L)) {
          after = L;
          break;
        }
      }
    }
    if (!after || ((fn || alone) && after < 4)) continue;
    // A phrase of four with no known sequence of three holding q may be a collision in the Bloom
    // filter (增刹车司 of 新增叉车司机): then only a word official (or report) prose uses often is
    // the correction (师徒结队 → 结对, 关键公序 → 工序; 叉车 stays).
    // (A set phrase is confirmed by being one: 统一部属 → 部署.)
    const unconfirmed = after === 4 && !knownThreeHolding(m, repl, ql) && !phraseHolding(m, repl, ql);
    for (let L = 4; L >= 2; L--) {
      for (let s = Math.max(0, ql - L + 1); s <= ql && s + L <= orig.length; s++) {
        const t = L === 2 ? m.target2(repl.charCodeAt(s), repl.charCodeAt(s + 1)) : m.target(repl.slice(s, s + L));
        // A rarer two-character word (权责, 试点) where the change completes a known four-character
        // phrase, beside a content character (新账不欠 is no 不前).
        if (!t || !(strongTarget(t, L) || (L === 2 && after === 4 && (t.official >= REAL_WEAK2_OFFICIAL || t.dict >= REAL_WEAK2_DICT) && contentKept(repl, ql, s, s + L)))) continue;
        if (unconfirmed && t.official < UNCONFIRMED_OFFICIAL && !t.report) continue;
        const r = repl.slice(s, s + L);
        // A function character changes only into a word official prose uses often.
        if (fn && t.official < FUNCTION_CHAR_OFFICIAL) continue;
        // A word standing alone changes only into one official prose uses often, from a pair it does not use.
        if (alone && (L !== 2 || t.official < STANDALONE_OFFICIAL || STANDALONE_CODES[cc] || !((m.target2(orig.charCodeAt(s), orig.charCodeAt(s + 1))?.official ?? 0) <= (verbAlone ? HOMOPHONE_WRITTEN_OFFICIAL : 0)))) continue;
        const o = orig.slice(s, s + L);
        // 铜等 → 同等, 多地为 → 地位, 一事一议 → 一亿, 疫后 → 以后: beside a particle, a numeral or a
        // localizer the changed character is a word of its own, not half of a misspelt one (不仅,
        // 各级, 整个 are words: the other function characters may stay beside a slip). Not when the
        // pair is a word itself: then 地, 前 are its halves (极地 → 基地, 前妻 → 前期).
        if (L === 2) {
          const kept = o[s === ql ? 1 : 0];
          if (NUMERALS.includes(kept) || ((PARTICLES.includes(kept) || LOCALIZERS.includes(kept)) && !m.isTarget(o))) continue;
        }
        // In a longer window too, what a numeral counts is the writer's (第一课 is no 第一颗), unless
        // the two are a pair seen nowhere.
        if (L > 2 && ql > s && NUMERALS.includes(orig[ql - 1]) && m.bigrams.hasRange(orig, ql - 1, ql + 1)) continue;
        const ot = m.target(o);
        if (ot && weight(t) < weight(ot) + REAL_WORD_MARGIN) continue;
        // (Nor, as in optionsAt, the last character of an office's name after the word it names.)
        if (L === 2 && s === ql && endsOfficeName(m, orig, ql)) continue;
        // Nor a word of three whose two characters before the kept last are a word as written, the
        // kept one beginning a word with the next (免疫荧光检查|院内完成 is no 检察院): two words read
        // as written.
        if (L === 3 && ql < s + 2 && s + 3 < orig.length && m.target2At(orig, s) !== undefined && wordOfProse(m.target2At(orig, s + 2))) continue;
        // A known word before 式 or 型, which make a kind of it (称重|式, a weighing gauge), is the
        // writer's term, whatever commoner word a character of it could make (沉重). (Not before any
        // suffix: 示范区 written 师范区, 卫生院 written 为生院 are slips.)
        if (L === 2 && s === ql && s + 2 < orig.length && TYPE_SUFFIX_CODES[orig.charCodeAt(s + 2)] === 1 && m.isKnown(o)) continue;
        // A word of everyday prose the official texts happen not to use (体积 of 体积重量, a term of
        // logistics) is the writer's word: it gives way only to a correction that makes a known
        // four-character phrase with the words beside it (党组书籍 → 党组书记).
        if (L === 2 && ot && ot.dict >= EVERYDAY_WRITTEN_DICT && !(s >= 2 && m.known.hasRange(repl, s - 2, s + 2)) && !(s + 4 <= repl.length && m.known.hasRange(repl, s, s + 4))) continue;
        // (Nor a verb of comparison or disposition made with 于, 优于 or 便于: it governs what
        // follows, so a phrase the correction makes with that, 由于国家, proves nothing.)
        if (L === 2 && ot && ot.dict >= EVERYDAY_WRITTEN_DICT && o.charCodeAt(1) === YU) continue;
        // (Nor, whatever phrase holds it, into a word rarer in the dictionary than the one written and
        // seldom in official prose: 活度比值稳定 is a ratio, no 币值稳定.)
        if (L === 2 && ot && ot.dict >= EVERYDAY_WRITTEN_DICT && ot.dict > t.dict && t.official < EVERYDAY_OVERRULING_OFFICIAL) continue;
        // A word the official texts use (调解, 合力, 检察 of 执法检察) is the writer's choice, not a
        // slip: the slips that make real words make words official prose does not use (机智, 互连).
        const holding = officialWordHolding(m, orig, ql, s, s + L);
        // The override needs the word's other character to be a content character: 不快, 大兴 are
        // an adverb or adjective and a word of their own (增长不快, 大兴水利), not a misspelt word.
        // Not where a common word stands beside it that the correction makes no known phrase with: the
        // written word is then half of a compound of the writer's trade (执业|药师: 开展职业 is known,
        // 职业药师 is not).
        const overrides = holding !== undefined && seldomWord(holding) && after === 4 && t.official >= holding.official + SELDOM_MARGIN && contentKept(orig, ql, s, s + L) && !(L === 2 && commonNeighbourUnheld(m, orig, repl, s));
        // A word official prose uses now and then (体质, 师范, 回复) written for a commoner one of the
        // same sound (体制, 示范, 恢复): the input method's wrong pick. Only where known
        // four-character phrases hold the new word with two characters on each side (创新体制机制,
        // 自然恢复为主): one side alone, or a three-character sequence, is too little to overrule
        // a real word.
        const bothSides = L === 2 && holding !== undefined && holding.official <= (relaxed ? RELAXED_HOMOPHONE_WRITTEN_OFFICIAL : HOMOPHONE_WRITTEN_OFFICIAL) && weight(t) >= weight(holding) + HOMOPHONE_WORD_MARGIN && heldOnBothSides(m, repl, s);
        if (bothSidesOnly && !bothSides) continue;
        if (standsAsWord && !(L === 2 && t.official >= ADVERB_SLIP_OFFICIAL && heldOnBothSides(m, repl, s))) continue;
        if (holding !== undefined && !mendsUnseenPair(m, orig, s, s + L) && !overrides && !bothSides) continue;
        // (Nor, mending an unseen pair, a word any prose uses far more than the correction: 分解|段 of
        // 氧化分解段, a kiln's zone, is no 分阶段.)
        if (L >= 3 && holding !== undefined && everydayOverCorrection(holding, t)) continue;
        if (L === 2 && !supported(m, repl, s, s + L)) continue;
        if (!fits(m, repl, ql, s, s + L)) continue;
        if (crossing(m, repl, s, s + L) >= weight(t)) continue;
        // 同一行业 → 同一性, 三江源生态 → 原生态: the original character belongs to a word or a known
        // pair beyond the correction (行业, 江源).
        // A rare word the slip happened to make with a neighbour (寸土 of 农寸土地) does not count.
        // (Unless the pair as written is seen nowhere and known phrases of four hold the correction on
        // both sides: 统一大事场建设 → 大市场, where 大事 is a word only by the slip's chance.)
        if ((otherWordWeight(m, orig, ql, s, s + L) >= weight(t) - OTHER_WORD_MARGIN && !(L === 2 && unseenPair(m, orig, s) && heldOnBothSides(m, repl, s))) || (L >= 3 && inOtherPair(m, orig, ql, s, s + L))) continue;
        // 供电半径过长 → 经过, 命案全部侦破 → 安全: the text as written reads as two words, one of
        // them common (半径 in general prose, a word of the writer's subject the official texts
        // happen not to use; 全部 in official prose); the correction would break both, so only
        // known phrases on both sides of it count. (改单行政 → 改善 stays found: 改 begins no word.)
        if (L === 2 && readsAsCommonWords(m, orig, ql, s) && !heldOnBothSides(m, repl, s)) continue;
        // So for three characters: a known word of two holding the changed character at one end of
        // the window, the window's third character the end (start) of a word of official prose
        // outside it (邮政|支局 is no 邮|政治局).
        if (L === 3 && ((ql > s && s > 0 && m.known.hasRange(orig, s + 1, s + 3) && (m.target2At(orig, s - 1)?.official ?? 0) >= 1) || (ql < s + 2 && s + 4 <= orig.length && m.known.hasRange(orig, s, s + 2) && (m.target2At(orig, s + 2)?.official ?? 0) >= 1))) continue;
        // 等机制 → 等级制: the window reads as a particle and a word holding the changed character.
        if (L >= 3 && ((FUNCTION_CHARS.has(o[0]) && m.isTarget(o.slice(1))) || (FUNCTION_CHARS.has(o[L - 1]) && m.isTarget(o.slice(0, -1))))) continue;
        // 监督质效 → 监督制: a three-character word ending (starting) at the changed character, whose
        // original character goes on in an ordinary pair beyond it, cuts a word in two.
        if (L === 3 && ((ql === s + 2 && ql + 1 < orig.length && m.bigrams.hasRange(orig, ql, ql + 2)) || (ql === s && ql > 0 && m.bigrams.hasRange(orig, ql - 1, ql + 1)))) continue;
        // 焦炭、电石等 → 电视等: context made of a particle is no context.
        if (L === 2 && !supportedByContent(m, repl, s, s + L)) continue;
        const rank = after * 10 + L * 3 + weight(t);
        if (!best || rank > best.rank) best = { index: a + s, length: L, found: o, replacement: r, kind: i < nSounds ? 'pinyin' : 'shape', gain: after - 2, rank };
      }
    }
  }
  return best && { index: best.index, length: best.length, found: best.found, replacement: best.replacement, kind: best.kind };
}

/**
 * Both characters of a two-character word slipped (淡味 → 单位, 墙画 → 强化): the pair at p is seen
 * nowhere, neither character stands alone, and exactly one pair of same-sounding (or look-alike)
 * characters makes a word official prose uses often that sits in a known sequence of three or four
 * characters.
 */
function doubleAt(m: TypoModel, chars: string, p: number, realWord = false): TypoCandidate | null {
  const c = doubleAtUnguarded(m, chars, p, realWord);
  if (!c) return null;
  // (Not a pair right after or before a word of a trade official prose never uses, nor its halves:
  // 混凝土|试件 is that trade's word, no 时间. Asked last: most positions have no candidate.)
  if (tradeWordAt(m, chars, p, false) || tradeWordAt(m, chars, p + 2)) return null;
  // (Nor an amount's unit, 亿元 or 万人, where no number comes before it: 型钢|翼缘 is a flange.)
  // (At a run's start a number in digits may stand before it: 3.2忆圆.)
  if (LARGE_NUMBER_CODES[c.replacement.charCodeAt(0)] && p > 0 && !NUMERAL_CODES[chars.charCodeAt(p - 1)]) return null;
  return c;
}

function doubleAtUnguarded(m: TypoModel, chars: string, p: number, realWord: boolean): TypoCandidate | null {
  const a = chars.charCodeAt(p);
  const b = chars.charCodeAt(p + 1);
  // A character doubled is said twice on purpose (账账相符, 层层把关, 事事有回音): two slips would not
  // both land on one character.
  if (a === b) return null;
  // (A measure word no numeral precedes may be half of the word: 起夜 for 企业.)
  const alone = (c: number, i: number) => (realWord ? standsAsWord(chars, i) : STANDALONE_CODES[c] === 1);
  if (alone(a, p) || alone(b, p + 1) || FUNCTION_CODES[a] || FUNCTION_CODES[b]) return null;
  // realWord: the pair is an ordinary one, with no suffix a word may end in (行|时 of 行使 misspelt
  // is no 形式): only same-sounding characters, and the correction must complete a known
  // four-character phrase. Where the pair is a word official prose uses (贬值 for 编制, 实物 for
  // 事务: the input method's wrong pick of a whole word), the correction must be commoner and
  // complete a known phrase on each side (机构编制 and 编制工作); 答复, 租赁, 职称 stand where
  // only one side or a three-character sequence would take the other word.
  const written = realWord ? m.target2(a, b) : undefined;
  const writtenWord = (written?.official ?? 0) > 0;
  // (A word official prose uses often is the writer's, as for one slipped character: most pairs end here.)
  if (writtenWord && (written!.official > HOMOPHONE_WRITTEN_OFFICIAL || p < 2 || p + 4 > chars.length)) return null;
  if (realWord ? SUFFIX_CODES[a] || SUFFIX_CODES[b] : m.bigrams.hasRange(chars, p, p + 2)) return null;
  // Nor a pair across two words (广泛|融入): each character then belongs to a word outside it.
  if (realWord && ((p > 0 && m.target2At(chars, p - 1)) || (p + 2 < chars.length && m.target2At(chars, p + 1)))) return null;
  // Nor one whose character begins or ends a dictionary word beyond it, rare ones too, that the
  // correction would break (卷取机|助卷辊: 助卷 is a word of rolling mills, 机助 no 技术).
  const wordLeft = p > 0 && (m.known.hasRange(chars, p - 1, p + 1) || m.rare.hasRange(chars, p - 1, p + 1));
  const wordRight = p + 3 <= chars.length && (m.known.hasRange(chars, p + 1, p + 3) || m.rare.hasRange(chars, p + 1, p + 3));
  // Same-sounding characters first, then look-alikes: the finding says which.
  const soundsA = m.soundsLike(a).slice(0, REAL_WORD_CANDIDATES);
  const soundsB = m.soundsLike(b).slice(0, REAL_WORD_CANDIDATES);
  const first = realWord ? soundsA : soundsA + m.looksLike(a).slice(0, REAL_WORD_SHAPES);
  const second = realWord ? soundsB : soundsB + m.looksLike(b).slice(0, REAL_WORD_SHAPES);
  let best: TypoCandidate | null = null;
  let bestWeight = -1;
  let rivals = 0;
  const from = Math.max(0, p - 8);
  const around = chars.slice(from, Math.min(chars.length, p + 10));
  const lp = p - from;
  // Every pair (i, j) of candidates making such a word, found from the first character's partners
  // (the same pairs as trying all, in another order: only their number and the one left matter).
  for (let i = 0; i < first.length; i++) {
    const partners = m.oftenFollowedBy(first.charCodeAt(i));
    for (let k = 0; k < partners.length; k++) for (let j = second.indexOf(partners[k]); j >= 0; j = second.indexOf(partners[k], j + 1)) {
      const t = m.target2(first.charCodeAt(i), second.charCodeAt(j));
      if (!t || t.official < DOUBLE_OFFICIAL) continue;
      const r = first[i] + second[j];
      // (The tests below look at most four characters beyond the pair: the stretch around it
      // stands for the run, so a long run with many slips is not copied once for each.)
      const repl = around.slice(0, lp) + r + around.slice(lp + 2);
      if (!supportedByContent(m, repl, lp, lp + 2)) continue;
      // (And a known sequence of three holding a changed character: a phrase of four that only a
      // collision in the Bloom filter knows, 增刹车司 of 新增叉车司机, has none.)
      if (!knownThreeHolding(m, repl, lp) && !knownThreeHolding(m, repl, lp + 1)) continue;
      if ((wordLeft && !m.bigrams.hasRange(repl, lp - 1, lp + 1)) || (wordRight && !m.bigrams.hasRange(repl, lp + 1, lp + 3))) continue;
      if (realWord && coverAcross(m, repl, lp) < 4) continue;
      if (writtenWord && (weight(t) < weight(written!) + HOMOPHONE_WORD_MARGIN || !heldOnBothSides(m, repl, lp))) continue;
      // A word common in general prose, though not in official prose, is a word of some other
      // trade (MVR蒸发系统: 政法系统 is known, but 系统 follows anything): it gives way only where
      // known phrases hold the correction on both sides, as a word official prose uses does.
      if (!writtenWord && written && written.dict >= COMMON_WORD_DICT && !heldOnBothSides(m, repl, lp)) continue;
      if (crossing(m, repl, lp, lp + 2) >= weight(t)) continue;
      rivals++;
      // (A reading with a same sound beside a look-alike counts as a rival but is never the one
      // chosen: two unlikely slips at once, and a trade's term more often: 违规荐股, recommending
      // shares, is no 违规建设.)
      if ((i < soundsA.length) !== (j < soundsB.length)) continue;
      if (weight(t) > bestWeight) {
        bestWeight = weight(t);
        best = { index: p, length: 2, found: chars.slice(p, p + 2), replacement: r, kind: i < soundsA.length && j < soundsB.length ? 'pinyin' : 'shape' };
      }
    }
  }
  // Two readings that both fit: the slip is real, the correction is a guess.
  return rivals === 1 ? best : null;
}

const DOUBLE_OFFICIAL = 6;
/** A real-word correction held only by a phrase of four no sequence of three confirms is a word official prose uses this often (bucket). */
const UNCONFIRMED_OFFICIAL = 5;
/** A word written for a same-sounding one (树脂 for 述职) gives way only to one this many weight units commoner. */
const HOMOPHONE_WORD_MARGIN = 2;
/** A word of general prose this common (jieba frequency bucket, about 500 uses or more) is no slip without strong context. */
const COMMON_WORD_DICT = 9;
/** A written word this common in the dictionary (bucket) is a word of everyday prose (see realWordAt): 体积, and 银杏 or 羊毛 at 9. */
const EVERYDAY_WRITTEN_DICT = 8;
/** How common in official prose (bucket) a correction must be to replace a commoner everyday word (see realWordAt). */
const EVERYDAY_OVERRULING_OFFICIAL = 4;
const YU = 0x4e8e; // 于
/** A character standing as a word (a verb alone, a function character before a word) changes only into a word official prose uses this often, held on both sides (see realWordAt). */
const ADVERB_SLIP_OFFICIAL = 6;
/**
 * A word written for a same-sounding one by a single character (体质 for 体制) is one official prose
 * uses at most this often (log2 bucket); commoner ones (制订, 实验, 其它) are the writer's choice.
 */
const HOMOPHONE_WRITTEN_OFFICIAL = 4;
/** The same in a paragraph with a slip found (市场主题|退出 → 主体). */
const RELAXED_HOMOPHONE_WRITTEN_OFFICIAL = 6;

/** Whether t is a word official prose uses, but at most now and then (a word written for a same-sounding one may be). */
function homophoneWordSide(t: Target | undefined): boolean {
  return t !== undefined && t.official >= 1 && t.official <= HOMOPHONE_WRITTEN_OFFICIAL;
}

/**
 * Whether known four-character sequences hold the pair at p with the two characters before it and
 * with the two after it (机关|事务|管理: 机关事务, 事务管理). Two windows that share no character
 * beyond the pair: one false "present" of the Bloom filter cannot make both.
 */
function heldOnBothSides(m: TypoModel, chars: string, p: number): boolean {
  return p >= 2 && p + 4 <= chars.length && m.known.hasRange(chars, p - 2, p + 2) && m.known.hasRange(chars, p, p + 4);
}
const REAL_WORD_MARGIN = 2;
const REAL_WORD_CANDIDATES = 12;
const REAL_WORD_SHAPES = 8;

/**
 * Whether the pair at j is seen nowhere and holds no character that stands as a word of its own
 * (上|医院 is a verb and its object, however rare the pair).
 */
function unseenPair(m: TypoModel, chars: string, j: number): boolean {
  const a = chars.charCodeAt(j);
  const b = chars.charCodeAt(j + 1);
  if (standsAlone(chars, j) || standsAlone(chars, j + 1) || FUNCTION_CODES[a] || FUNCTION_CODES[b]) return false;
  return !m.bigrams.hasRange(chars, j, j + 2);
}

/** Whether the pair at j is seen nowhere and holds no function character (的, 和, 在: a boundary). */
function seamPair(m: TypoModel, chars: string, j: number): boolean {
  return !FUNCTION_CODES[chars.charCodeAt(j)] && !FUNCTION_CODES[chars.charCodeAt(j + 1)] && !m.bigrams.hasRange(chars, j, j + 2);
}

/**
 * Whether the character at i stands as a word of its own (STANDALONE), a measure word only after a
 * numeral or a demonstrative: 群 of 群总来信 and 户 of 户藉登记 are halves of 群众 and 户籍, as 一群
 * and 三户 would not be.
 */
function standsAlone(chars: string, i: number): boolean {
  const c = chars.charCodeAt(i);
  return STANDALONE_CODES[c] === 1 && !(MEASURE_ONLY_CODES[c] === 1 && !(i > 0 && COUNTERS.includes(chars[i - 1])));
}

/** Whether the two-character word at w meets a neighbour in a pair seen nowhere. */
function brokenJunction(m: TypoModel, chars: string, w: number): boolean {
  return (w > 0 && unseenPair(m, chars, w - 1)) || (w + 2 < chars.length && unseenPair(m, chars, w + 1));
}

/** Whether [s, e) holds a pair of the original seen nowhere. */
function mendsUnseenPair(m: TypoModel, chars: string, s: number, e: number): boolean {
  for (let j = s; j + 1 < e; j++) if (unseenPair(m, chars, j)) return true;
  return false;
}

/** The word of [s, e) holding q that the official texts use most (检察 of 执法检察, 合力); undefined if they use none. */
function officialWordHolding(m: TypoModel, chars: string, q: number, s: number, e: number): Target | undefined {
  let most: Target | undefined;
  for (let L = 2; L <= e - s; L++) {
    for (let a = Math.max(s, q - L + 1); a <= q && a + L <= e; a++) {
      const t = m.targetAt(chars, a, L);
      if (t && t.official >= 1 && (!most || t.official > most.official)) most = t;
    }
  }
  return most;
}

/** A word official prose seldom uses, or one rare in any prose (a fragment: 积金 of 公积金). */
function seldomWord(t: Target): boolean {
  // (Not a word many of the project's own reports use: 信息系统实时对接 is no 实施.)
  return !t.report && (t.official <= SELDOM_OFFICIAL || t.dict <= SELDOM_DICT);
}
/** Whether every character of [s, e) but q is a content character: no function character, no word standing alone. */
function contentKept(chars: string, q: number, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = chars.charCodeAt(i);
    if (i !== q && (FUNCTION_CODES[c] || STANDALONE_CODES[c])) return false;
  }
  return true;
}

/** An official word this seldom (log2 bucket) gives way to one SELDOM_MARGIN buckets commoner. */
const SELDOM_OFFICIAL = 2;
const SELDOM_DICT = 2;
const SELDOM_MARGIN = 5;

const OTHER_WORD_MARGIN = 3;
const UNSEEN_PAIR_OFFICIAL = 6;
/** How common in official prose (bucket) a word must be for a rare entry beside it to keep the character they share. */
const KEPT_WORD_OFFICIAL = 3;
const UNSEEN_PAIR_FUNCTION_OFFICIAL = 8;

/** How common in official prose a bare correction over a pair seen nowhere must be: less where the character written is a rare one (羸, 荼). */
function unseenPairOfficial(m: TypoModel, chars: string, q: number): number {
  return m.isCommonChar(chars.charCodeAt(q)) ? UNSEEN_PAIR_OFFICIAL : RARE_WRITTEN_OFFICIAL;
}
const RARE_WRITTEN_OFFICIAL = 4;

/**
 * A two-character slip certain without context: the pair [s, s + 2) is seen nowhere (not in the
 * official texts, not inside a dictionary word), the correction is a word official prose uses
 * often, neither character stands alone as a word (由先, 疫后), the unchanged one begins no word
 * beyond the pair, and the changed character q makes no ordinary pair with its other neighbour
 * either (做实|航前: 航 begins the next word).
 */
function unseenPairSlip(m: TypoModel, chars: string, q: number, s: number, t: Target): boolean {
  if ((t.official < unseenPairOfficial(m, chars, q) && !t.report) || m.bigrams.hasRange(chars, s, s + 2)) return false;
  const other = q === s ? s + 1 : s;
  // (A measure word kept beside the slip is half of the word where no numeral precedes it, 户 of
  // 户藉; one changed stays itself: 消号一处 is 销号, not 消耗.)
  if ((FUNCTION_CHARS.has(chars[q]) && !isolatedAt(m, chars, q)) || (STANDALONE.has(chars[q]) && !isolatedVerbAt(m, chars, q)) || standsAlone(chars, other) || SUFFIXES.includes(chars[other])) return false;
  // An adverb kept beside the slip (更家 → 更加) only for one of the commonest words of official prose.
  if (FUNCTION_CHARS.has(chars[other]) && t.official < UNSEEN_PAIR_FUNCTION_OFFICIAL) return false;
  // Nor does the unchanged character begin (end) a known word with its own other neighbour
  // (反围猎: 围猎 is a word; 范围 would cut it). Unless that neighbour is held by a word official
  // prose uses more on its other side (及时|分折: 时分 is no reading beside 及时).
  if (other === s + 1 ? other + 2 <= chars.length && m.known.hasRange(chars, other, other + 2) && !outweighed(m, chars, other, other, m.target2At(chars, other) ?? UNKNOWN_TARGET) : other > 0 && m.known.hasRange(chars, other - 1, other + 1) && !outweighed(m, chars, other - 1, other, m.target2At(chars, other - 1) ?? UNKNOWN_TARGET)) return false;
  const outer = q === s ? q - 1 : q + 1;
  if (outer < 0 || outer >= chars.length || !(q === s ? m.bigrams.hasRange(chars, outer, q + 1) : m.bigrams.hasRange(chars, q, outer + 1))) return true;
  // The changed character as written makes an ordinary pair with its neighbour outside: it reads as
  // written. Unless that pair is no word and the neighbour belongs to a common word of official
  // prose on its other side (实行|金准 → 精准: 行金 is met only across words, 银行|金融), or is a
  // conjunction after the word, which joins it to the next (民族、宗交|和|侨务 → 宗教).
  const pairWord = q === s ? m.target2At(chars, outer) : m.target2At(chars, q);
  if (pairWord === undefined && outer > q && CONJUNCTION_CODES[chars.charCodeAt(outer)] === 1) return true;
  const beyond = q === s ? (outer >= 1 ? m.target2At(chars, outer - 1) : undefined) : outer + 2 <= chars.length ? m.target2At(chars, outer) : undefined;
  return pairWord === undefined && beyond !== undefined && beyond.official >= OUTWEIGHING_OFFICIAL;
}

/** A known pair no dictionary entry counts: as a word official prose never uses (see `outweighed`). */
const UNKNOWN_TARGET: Target = { dict: 0, official: 0 };

/** Whether q, in the two-character window at s of `chars`, makes an ordinary pair with its neighbour outside the window (or has none). */
function outerPairFits(m: TypoModel, chars: string, q: number, s: number): boolean {
  const outer = q === s ? q - 1 : q + 1;
  if (outer < 0 || outer >= chars.length || !isHanCode(chars.charCodeAt(outer))) return true;
  return q === s ? m.isOrdinaryPair(chars.charCodeAt(outer), chars.charCodeAt(q)) : m.isOrdinaryPair(chars.charCodeAt(q), chars.charCodeAt(outer));
}
const FUNCTION_CHAR_OFFICIAL = 6;
/** A word of three characters this common in official prose (bucket) is a near sound's correction without a phrase of four around it. */
const NEAR_WORD3_OFFICIAL = 5;
/** A near sound's bare correction (no known sequence holds it) is a word official prose uses this often (bucket; see optionsAt). */
const NEAR_BARE_OFFICIAL = 6;
const NEAR_BARE_PENALTY = 100;
const PRONOUNS = '你我他她它您咱';

/** Whether the two characters a three-character window at s keeps beside q, at its edge, are no word official prose uses. */
function keptIsNoWord(m: TypoModel, chars: string, q: number, s: number): boolean {
  if (q !== s && q !== s + 2) return false;
  const kept = q === s ? s + 1 : s;
  return (m.target2At(chars, kept)?.official ?? 0) === 0;
}

const STANDALONE_OFFICIAL = 8;
/** A four-character phrase this common in the dictionary (bucket; about 64 uses) overrules a rare entry one character away. */
const RARE_PHRASE_DICT = 7;
const PHRASE_DICT = 5;
const PHRASE_OFFICIAL = 4;

/**
 * The weight of the commonest dictionary word holding q that reaches outside [s, e); a word of
 * official prose counts as very common. -1 if none does.
 */
function otherWordWeight(m: TypoModel, chars: string, q: number, s: number, e: number): number {
  let most = -1;
  for (let L = 2; L <= 4; L++) {
    for (let a = Math.max(0, q - L + 1); a <= q && a + L <= chars.length; a++) {
      if (a >= s && a + L <= e) continue;
      const t = m.targetAt(chars, a, L);
      if (t) most = Math.max(most, t.official >= 1 ? 99 : weight(t));
    }
  }
  return most;
}

/**
 * Whether the two-character window at s, holding q, reads as the halves of two words: q with its
 * neighbour outside the window in a dictionary word, the window's other character with its own
 * outer neighbour in another; and one of them is common, in general prose (dict bucket ≥
 * COMMON_WORD_DICT: 半径|过长) or in official prose (命案|全部).
 */
function readsAsCommonWords(m: TypoModel, chars: string, q: number, s: number): boolean {
  const broken = s === q ? q - 1 : q;
  const kept = s === q ? q + 1 : q - 2;
  if (broken < 0 || kept < 0 || broken + 2 > chars.length || kept + 2 > chars.length) return false;
  const brokenWord = m.target2At(chars, broken);
  const keptWord = m.target2At(chars, kept);
  if (keptWord === undefined) return false;
  if (brokenWord !== undefined) return brokenWord.dict >= COMMON_WORD_DICT || keptWord.official >= 1;
  // (Or any known word holds q where the kept one is official: 邮政|支局, a post office's branch,
  // is no 政治局.)
  return keptWord.official >= 1 && m.known.hasRange(chars, broken, broken + 2);
}

/**
 * Whether a word common in general prose (dict bucket ≥ COMMON_WORD_DICT) stands right beside the
 * two-character window at s of `orig` while the corrected window makes no known four-character
 * sequence with it in `repl`.
 */
function commonNeighbourUnheld(m: TypoModel, orig: string, repl: string, s: number): boolean {
  if (s >= 2 && (m.target2At(orig, s - 2)?.dict ?? 0) >= COMMON_WORD_DICT && !m.known.hasRange(repl, s - 2, s + 2)) return true;
  return s + 4 <= orig.length && (m.target2At(orig, s + 2)?.dict ?? 0) >= COMMON_WORD_DICT && !m.known.hasRange(repl, s, s + 4);
}

/** Whether a known pair holding q reaches outside [s, e). */
function inOtherPair(m: TypoModel, chars: string, q: number, s: number, e: number): boolean {
  return (q - 1 < s && q > 0 && m.known.hasRange(chars, q - 1, q + 1)) || (q + 1 >= e && q + 1 < chars.length && m.known.hasRange(chars, q, q + 2));
}

/** Like `supported`, but the known sequence must add a character that is no particle (的, 等, 和). */
function supportedByContent(m: TypoModel, chars: string, s: number, e: number): boolean {
  for (let L = 3; L <= 4; L++) {
    for (let a = Math.max(0, e - L); a <= s && a + L <= chars.length; a++) {
      if (!m.known.hasRange(chars, a, a + L)) continue;
      for (let i = a; i < a + L; i++) if ((i < s || i >= e) && !FUNCTION_CHARS.has(chars[i])) return true;
    }
  }
  return false;
}

/**
 * Whether a dictionary word of four characters, a rare one too (心得体会), holds [s, e) and the
 * changed character q inside it, with a character of the word on each side (共产党|员 of 共产党愿在
 * holds 党员 with its edge only: 愿 is a verb there).
 */
function withinFourCharWord(m: TypoModel, chars: string, s: number, e: number, q: number): boolean {
  for (let a = Math.max(0, e - 4, q - 2); a <= s && a < q && a + 4 <= chars.length; a++) if (m.targetAt(chars, a, 4) || m.rareConfirmed.hasRange(chars, a, a + 4)) return true;
  return false;
}

/**
 * The weight of the most common dictionary word that straddles an edge of [s, e) in `chars`
 * (neither inside it nor holding it); -1 if none does.
 */
function crossing(m: TypoModel, chars: string, s: number, e: number): number {
  let most = -1;
  for (let L = 2; L <= 4; L++) {
    // Words over the left edge: start before s, end inside [s, e - 1).
    for (let a = Math.max(0, s - L + 1); a < s; a++) {
      const end = a + L;
      const t = end > s && end < e ? m.targetAt(chars, a, L) : undefined;
      if (t) most = Math.max(most, weight(t));
    }
    // Words over the right edge: start inside (s, e), end after e.
    for (let a = s + 1; a < e; a++) {
      const end = a + L;
      const t = end > e && end <= chars.length ? m.targetAt(chars, a, L) : undefined;
      if (t) most = Math.max(most, weight(t));
    }
  }
  return most;
}

const DEPUTY = '副'.charCodeAt(0);
const MOU = '某'.charCodeAt(0);
/** A title after 副 (a deputy's): a word ending in 长 within four characters, or one of the titles that do not. */
const DEPUTY_TITLE = /^[\u4e00-\u9fff]{0,3}长|^(?:主任|书记|经理|主席|总经理|总工|总监|调研员|巡视员|主编|主管|教授|研究员|院长)/;

/** Whether the character at q is the 副 of a deputy's title (副工班长, 副主任). */
function deputyBefore(chars: string, q: number): boolean {
  return chars.charCodeAt(q) === DEPUTY && DEPUTY_TITLE.test(chars.slice(q + 1, q + 5));
}

/** Whether position q of the original lies in a dictionary word reaching outside [s, e) (实施 around 施). */
function inOtherWord(m: TypoModel, chars: string, q: number, s: number, e: number): boolean {
  for (let L = 2; L <= 4; L++) {
    for (let a = Math.max(0, q - L + 1); a <= q && a + L <= chars.length; a++) {
      if (!(a < s || a + L > e)) continue;
      const t = m.targetAt(chars, a, L);
      if (t && !(L === 2 && outweighed(m, chars, a, q, t))) return true;
    }
  }
  return false;
}

/** Whether a two-character word of the window of three at s, holding q, is one as written and another as corrected. */
function wordBecomesWord(m: TypoModel, orig: string, repl: string, q: number, s: number): boolean {
  for (const a of [s, s + 1]) {
    if (a > q || a + 1 < q) continue;
    const written = m.target2At(orig, a);
    if (written && (written.dict >= 7 || written.official >= 3) && m.target2At(repl, a)) return true;
  }
  return false;
}

/** The positions beside the scan's odd pairs held only by an outweighed word (see `outweighed`), in order; undefined if none. */
function outweighedPositions(m: TypoModel, chars: string, scan: Coverage): number[] | undefined {
  let more: number[] | undefined;
  for (const g of scan.odd) {
    // The pair's left character held by a word to its left (a = g - 1), its right one by a word to its right.
    for (let side = 0; side < 2; side++) {
      const q = g + side;
      const a = side === 0 ? g - 1 : g + 1;
      if (a < 0 || a + 2 > chars.length) continue;
      // (Most odd pairs have no such word beside them: the lookups come first, the lists last.)
      const t = m.target2At(chars, a);
      if (!t || t.official !== 0 || !outweighed(m, chars, a, q, t)) continue;
      if (m.known.hasRange(chars, Math.max(0, q - 2), q + 1) || m.known.hasRange(chars, q, Math.min(chars.length, q + 3))) continue;
      if (!scan.suspicious.includes(q) && !more?.includes(q)) (more ??= []).push(q);
    }
  }
  return more?.sort((x, y) => x - y);
}

/**
 * Whether the two-character word at a, holding q, loses its other character to a word official
 * prose uses far more on that character's other side (完|成龙|村: 完成 takes 成, so 成龙 is no
 * word there and 龙村 may be 农村 misspelt).
 */
function outweighed(m: TypoModel, chars: string, a: number, q: number, t: Target): boolean {
  const rival = a === q ? (a + 3 <= chars.length ? m.target2At(chars, a + 1) : undefined) : a > 0 ? m.target2At(chars, a - 1) : undefined;
  return rival !== undefined && t.official === 0 && rival.official >= OUTWEIGHING_OFFICIAL;
}
/** How common in official prose a word must be to take a character from a word it never uses (完成 from 成龙). */
const OUTWEIGHING_OFFICIAL = 8;

interface Scored extends TypoCandidate {
  gain: number;
  rank: number;
}

/**
 * Characters that stand alone as words (的 与 及 其 将 …): they meet every neighbour at a word
 * boundary, so an unusual bigram beside them says nothing about a slip.
 */
const FUNCTION_CHARS = new Set('的地得了着过在和与同跟及或并而且但则即既其之所以为于把被将从由向对给因当就都也还又再已才只很更最太较各每该此本这那哪些个是有没不非无未让使令等如若'.split(''));

/** A set of BMP characters as a table by code unit: the hot loops test a code, not a one-character string. */
function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const FUNCTION_CODES = codeTable(FUNCTION_CHARS);
/**
 * The characters of the non-metallic elements, named by the gas, stone and water radicals, and of
 * organic chemistry's classes (胺 of 乙草胺, 烷, 烯, 苯, 醇, 酯 …), which only chemistry writes (the
 * metals, 金 银 铜 铁, are everyday characters too).
 */
const CHEMICAL_CODES = codeTable('氢氦氮氧氟氖氯氩氪氙氡硼硅磷硫砷硒碲溴碘砹胺烷烯炔苯酚醇醛酮酯');

/** The elements' characters a chemist lists (铝、锆, 镍、钴、锰): the non-metals above and the metals. */
const ELEMENT_CODES = (() => {
  const codes = CHEMICAL_CODES.slice();
  for (const c of '锂钠钾铷铯铍镁钙锶钡钪钛钒铬锰钴镍锌镓锗锆铌钼钌铑钯镉铟锡锑铪钽钨铼锇铱铂金银铜铁铅汞铊铋铝') codes[c.charCodeAt(0)] = 1;
  return codes;
})();

/**
 * Whether a candidate changes an element in a list of elements, a 、 between it and another (通过铝、锆共掺杂
 * of a cathode plant: no 通过率; 镍、钴、锰): a chemist's list, each item the element it names.
 */
function changesElementInList(text: string, c: TypoCandidate): boolean {
  return someChanged(c, (p) => ELEMENT_CODES[text.charCodeAt(p)] === 1 && ((text.charCodeAt(p + 1) === 0x3001 && ELEMENT_CODES[text.charCodeAt(p + 2)] === 1) || (p >= 2 && text.charCodeAt(p - 1) === 0x3001 && ELEMENT_CODES[text.charCodeAt(p - 2)] === 1)));
}

/** Whether a candidate changes one of those characters as written. */
function changesChemical(c: TypoCandidate): boolean {
  for (let i = 0; i < c.length; i++) if (c.found[i] !== c.replacement[i] && CHEMICAL_CODES[c.found.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Whether a chemist's character is a slip all the same (人才培氧方案 → 培养): it makes an ordinary pair
 * with neither neighbour, as no chemical name leaves it (溶解氧, 氧化, 含氧), and the correction sits
 * in a known phrase of four (人才培养, 培养方案). (乙草胺 keeps 胺: 草案 makes no phrase there.)
 */
function chemicalSlip(m: TypoModel, text: string, c: TypoCandidate): boolean {
  const corrected = text.slice(Math.max(0, c.index - 3), c.index) + c.replacement + text.slice(c.index + c.length, c.index + c.length + 3);
  const offset = c.index - Math.max(0, c.index - 3);
  for (let i = 0; i < c.length; i++) {
    if (c.found[i] === c.replacement[i] || CHEMICAL_CODES[c.found.charCodeAt(i)] !== 1) continue;
    const p = c.index + i;
    if ((p > 0 && isHanCode(text.charCodeAt(p - 1)) && m.bigrams.hasRange(text, p - 1, p + 1)) || (isHanCode(text.charCodeAt(p + 1)) && m.bigrams.hasRange(text, p, p + 2))) return false;
    if (cover(m, corrected, offset + i) < 4) return false;
  }
  return true;
}

/** Whether the character at p is one of BEFORE_NUMBER_WORDS right before a number (供热至3月18日: the preposition). */
export function standsBeforeNumber(text: string, p: number): boolean {
  return BEFORE_NUMBER_WORDS.includes(text[p]) && DIGIT_CODES[text.charCodeAt(p + 1)] === 1;
}

/** Whether a candidate changes its last character, one of BEFORE_NUMBER_WORDS, right before a number. */
function changesBeforeNumber(text: string, c: TypoCandidate): boolean {
  const last = c.length - 1;
  return c.found[last] !== c.replacement[last] && standsBeforeNumber(text, c.index + last);
}

const ANTI = '抗'.charCodeAt(0);
/** Prefixes that make terms with what follows them (自产, 自建; 抗旱, 抗空蚀; 补设, 补建; 驻线, 驻村; 待修, 待检: awaiting repair, inspection; 逐人, 逐户: one by one). */
const SELF_PREFIX_CODES = codeTable('自抗补驻防待逐');

/**
 * Whether the pair at i opens the name of an organisation: a company, cooperative or institute
 * name ends within eight characters after it, no punctuation between (县|金穗种业有限公司: both
 * characters of a pair changed there is a name misread, not a slip).
 */
function inOrganisationName(text: string, i: number): boolean {
  const after = text.slice(i + 2, i + 16);
  const m = /^[\u3400-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份|集团|公司|合作社|研究院|研究所)/.exec(after);
  return m !== null;
}

/** Conjunctions that join two words of a list (审计和评审, 人员与设备). */
const CONJUNCTIONS = '和与及或并';
const CONJUNCTION_CODES = codeTable(CONJUNCTIONS);
/** What opens a phrase after a word: conjunctions, prepositions and the adjectives of 大排查, 新建. */
const PHRASE_OPENER_CODES = codeTable(CONJUNCTIONS + '在于对向从由按经把被将为大小新老');
/** Adverbs a verb follows in reports (共受理, 均已完成, 已办结, 再次): a word may begin after one whatever the pair. */
const ADVERB_CODES = codeTable('共均已将再又也都还就才亦皆尚正'.split(''));

/** A CJK ideograph of the two big blocks (U+3400–U+9FFF): the characters the typo check reads. */
export function isHanCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/**
 * Characters that name the two ends of one scale (上/下, 前/后, 大/小 …): one written for the other
 * is another thing meant (上榨季 and 下榨季, the season past and the next), never a variant of a term.
 */
const ANTONYMS = ['上下', '前后', '左右', '内外', '大小', '多少', '高低', '进出', '增减', '升降', '正负', '东西', '南北', '早晚', '新旧', '长短', '首末', '始终', '出入', '买卖', '收支', '供需', '盈亏', '涨跌', '老少', '男女', '主次', '正副'];
const ANTONYM_KEYS = new Set(ANTONYMS.flatMap((p) => [p.charCodeAt(0) * 0x10000 + p.charCodeAt(1), p.charCodeAt(1) * 0x10000 + p.charCodeAt(0)]));
export function isAntonymPair(a: number, b: number): boolean {
  return ANTONYM_KEYS.has(a * 0x10000 + b);
}

/** Whether code unit c is a function character (的, 和, 在 …): seldom a slip, often a word of its own. */
export function isFunctionCode(c: number): boolean {
  return FUNCTION_CODES[c] === 1;
}

/**
 * Whether the new character at p sits well with its neighbours: each bigram it forms is ordinary,
 * or the corrected word [s, e) ends there and a word begins on the other side (大数据|产业).
 */
function fits(m: TypoModel, chars: string, p: number, s: number, e: number, afterAdverb = false): boolean {
  // (`afterAdverb`: an adverb before the corrected word makes no pair with it: 全年共|受理.)
  // (A rare dictionary entry of three characters ending before it is a word too, a unit's name:
  // 年级组|安排; two-character rare entries are too often halves of other words.)
  // (So is a function character before it, 等 of 漏水等|抢修: a particle or a conjunction ends what
  // comes before. Not after it: 企业|主 of 企业助力 is no boundary the text shows.)
  // (So is a unit's name, a word and the suffix of an office: 项目部|克服, 财务科|审核.)
  if (p > 0 && !m.bigrams.has(chars.slice(p - 1, p + 1)) && !(p === s && (wordEndsAt(m, chars, p - 1) || endsUnitName(m, chars, p - 1) || (p >= 3 && m.rare.hasRange(chars, p - 3, p)) || (afterAdverb && ADVERB_CODES[chars.charCodeAt(p - 1)] === 1) || ADJECTIVE_CODES[chars.charCodeAt(p - 1)] === 1 || FUNCTION_CODES[chars.charCodeAt(p - 1)] === 1))) return false;
  // (After it, a conjunction, a preposition or an adjective that a word follows begins the next
  // phrase: 分析|并|跟踪, 门诊|在|秋冬季, 隐患|大|排查.)
  // (Or a suffix that makes a class or a kind of the word: 盗窃|类, 计划|性.)
  if (p + 1 < chars.length && !m.bigrams.has(chars.slice(p, p + 2)) && !(p === e - 1 && (wordStartsAt(m, chars, p + 1) || VERB_CODES[chars.charCodeAt(p + 1)] === 1 || CLASS_SUFFIX_CODES[chars.charCodeAt(p + 1)] === 1 || (PHRASE_OPENER_CODES[chars.charCodeAt(p + 1)] === 1 && wordStartsAt(m, chars, p + 2))))) return false;
  return true;
}

/**
 * Suffixes that make a class or a kind of the word before them (盗窃类, 计划性). (Not 率 or 度, which
 * measure a verb of the trade as well: 手术开台率 is no 开始率.)
 */
const CLASS_SUFFIX_CODES = codeTable('类型性式');

/** Whether t is a word official prose uses, or one of today's reports (院内). */
function wordOfProse(t: Target | undefined): boolean {
  return t !== undefined && (t.official >= 1 || t.report === true);
}

/** Whether a dictionary entry, rare ones too, of up to four characters holds [s, e) and a character beyond it. */
function rareGoesOn(m: TypoModel, chars: string, s: number, e: number): boolean {
  for (let L = e - s + 1; L <= 4; L++) {
    for (let a = Math.max(0, e - L); a <= s && a + L <= chars.length; a++) if (m.rare.hasRange(chars, a, a + L) || m.targetAt(chars, a, L)) return true;
  }
  return false;
}

/**
 * Whether a word of three or four characters begins at i that official prose never uses, nor the
 * words it is made of: a trade's term (显微镜), not a compound of common words (安全检查).
 */
function tradeWordAt(m: TypoModel, chars: string, i: number, rightward = true): boolean {
  for (let L = 3; L <= 4; L++) {
    // (Or, not `rightward`, one ending at i, before chars[i]: 混凝土.)
    const a = rightward ? i : i - L;
    if (a < 0 || a + L > chars.length) break;
    const t = m.targetAt(chars, a, L);
    if (!t || t.official > 0) continue;
    const head = m.target2At(chars, a);
    const tail = m.target2At(chars, a + L - 2);
    if ((head && head.official > 0) || (tail && tail.official > 0)) continue;
    return true;
  }
  return false;
}

/** Whether a target word of three or four characters begins at i (`rightward`) or ends there. */
function longWordBeyond(m: TypoModel, chars: string, i: number, rightward: boolean): boolean {
  for (let L = 3; L <= 4; L++) {
    const a = rightward ? i : i - L + 1;
    if (a >= 0 && a + L <= chars.length && m.targetAt(chars, a, L)) return true;
  }
  return false;
}

/** Whether a known sequence of 3–4 characters holds [s, e) and a neighbour of it (工作部署 around 部署). */
function supported(m: TypoModel, chars: string, s: number, e: number): boolean {
  for (let L = 3; L <= 4; L++) {
    for (let a = Math.max(0, e - L); a <= s && a + L <= chars.length; a++) {
      if (a + L - (e - s) > a && m.known.hasRange(chars, a, a + L)) return true;
    }
  }
  return false;
}

/** One correction of the character at q: where it lies in the run and its rank before the neighbour penalty. */
interface Option {
  index: number;
  length: number;
  found: string;
  replacement: string;
  kind: TypoKind;
  gain: number;
  rank: number;
  bare?: boolean;
}

/**
 * Every convincing correction of the character at q, as a word [index, index + length) holding q,
 * in the order they are tried. None of it depends on which uncovered position asked: neighbouring
 * suspicious positions share their changed characters, so the run's `memo` computes each q once.
 */
function optionsAt(m: TypoModel, chars: string, q: number, memo: Map<number, Option[]>, seam = -1): Option[] {
  // seam ≥ 0: only corrections across the seam seam | seam + 1, their gain counted on the seam
  // (each side of it may already lie in a known sequence: 联席会|义制度的). Not memoized.
  const known = seam < 0 ? memo.get(q) : undefined;
  if (known) return known;
  const out: Option[] = [];
  if (seam < 0) memo.set(q, out);
  // Everything below looks at most seven characters either side of the changed one: work on
  // that stretch only, so each candidate costs a short string, not a copy of the run.
  // (Made when a first candidate passes the cheap tests: most positions have none.)
  const a = Math.max(0, q - 7);
  let orig = '';
  const ql = q - a;
  const fn = FUNCTION_CODES[chars.charCodeAt(q)] === 1;
  // leftBad / rightBad: the new character's bigram with its left / right neighbour is not
  // ordinary. `fits` then accepts only a word starting (ending) at q, so every other window is
  // skipped before its string is made and looked up: the same windows survive, more cheaply.
  const consider = (repl: string, kind: TypoKind, rankBase: number, before: number, leftBad: boolean, rightBad: boolean, fromRare: boolean) => {
    const q = ql;
    const seamL = seam - a;
    // The corrected character completes a known four-character phrase where nothing covered it:
    // evidence enough to set aside the guards for words standing alone (事实真想 → 事实真相).
    let strong: boolean | undefined;
    const strongContext = (repl: string): boolean => (strong ??= before <= 1 && seam < 0 && cover(m, repl, q) === 4);
    for (let L = 4; L >= 2; L--) {
      for (let s = Math.max(0, q - L + 1); s <= q && s + L <= orig.length; s++) {
        if ((leftBad && s !== q) || (rightBad && s + L - 1 !== q)) continue;
        if (seam >= 0 && (s > seamL || s + L - 1 < seamL + 1)) continue;
        // Most windows are no word: said by two code units or a Bloom filter (every target is
        // known) before a string is made and looked up.
        const t = L === 2 ? m.target2(repl.charCodeAt(s), repl.charCodeAt(s + 1)) : m.known.hasRange(repl, s, s + L) ? m.target(repl.slice(s, s + L)) : undefined;
        if (!t) continue;
        // A rarer two-character word (真相, 联运) is a correction only where it completes a known
        // four-character sequence around a character nothing covered (事实真想 → 事实真相).
        if (!strongTarget(t, L) && !(L === 2 && before <= 1 && (t.official >= WEAK2_OFFICIAL || t.dict >= WEAK2_DICT) && (seam >= 0 ? coverAcross(m, repl, seamL) : cover(m, repl, q)) === 4)) continue;
        const r = repl.slice(s, s + L);
        const o = orig.slice(s, s + L);
        if (m.isKnown(o)) continue;
        // A pair official prose writes (用气 of 冬季用气高峰) is no slip for a word it never writes
        // (通气): the official texts are the better witness of what a report says.
        if (L === 2 && t.official === 0 && m.bigrams.hasRange(orig, s, s + 2)) continue;
        // (Nor a bound word without its companion: 高脂配方 is no 高质, which stands in 高质量.)
        if (L === 2 && !m.boundHolds(repl, s)) continue;
        // A rare dictionary entry gives way only to a common word that sounds the same, or to a
        // set phrase of four characters it misspells (迫不急待 → 迫不及待, 兴高彩烈 → 兴高采烈: the
        // dictionary lists a few misspelt idioms, seldom, beside the idiom itself).
        // (A look-alike too, into a word common in both: 幅射 → 辐射, the dictionary listing the slip.)
        // (Or a same-sounding word common in official prose, or in the everyday words of reports
        // counted as such: 防讯 → 防汛.)
        const rareOverruled = (kind === 'pinyin' && t.official >= 5 && t.dict >= 10) || (kind === 'pinyin' && t.official >= 6 && t.dict >= 8) || (kind === 'shape' && t.official >= 5 && t.dict >= 12) || (L === 4 && t.dict >= RARE_PHRASE_DICT);
        const rare = m.rare.has(o);
        // (Not one that goes on into a longer dictionary entry, a term: 医源|性 of 医源性感染.)
        // (Nor one right before a word of three or four characters that official prose never uses, a
        // term of a trade it qualifies: 体视|显微镜, a stereo microscope.)
        // (Nor one right after such a word, which names what it is: 混凝土|试件, a concrete test specimen.)
        // (Nor, for two characters, one whose kept character makes a word of official prose with its
        // other neighbour, which the correction would cut: 安环部|会同 is no 不会; 按|排骨 is 安排.)
        if (rare && (!rareOverruled || rareGoesOn(m, orig, s, s + L) || tradeWordAt(m, orig, s + L) || tradeWordAt(m, orig, s, false))) continue;
        if (rare && L === 2 && !strongContext(repl) && ((s === q ? m.target2At(orig, s + 1) : s > 0 ? m.target2At(orig, s - 1) : undefined)?.official ?? 0) >= KEPT_WORD_OFFICIAL) continue;
        // (A rare character's same sounds only where the character kept does not begin or end a
        // longer word beyond the correction: 砷|化合物, an element and a word of chemistry, is no 深化.)
        if (fromRare && L === 2 && longWordBeyond(m, orig, s === q ? s + 1 : s, s === q)) continue;
        // (Nor, for any correction of two characters, where the character kept begins a dictionary
        // word of three or four characters the correction would cut, a unit's name: 市|分公司 is no 十分.)
        if (L === 2 && s === q && longWordBeyond(m, orig, s + 1, true) && !strongContext(repl)) continue;
        // (Nor the last character of an office's name: 标准化|股|在 is no 设在.)
        if (L === 2 && s === q && endsOfficeName(m, orig, q)) continue;
        // (Nor where it ends one: 纳税人|代开 is no 人大.)
        if (L === 2 && s + 1 === q && longWordBeyond(m, orig, s, false) && !strongContext(repl)) continue;
        // The new character must sit well on both sides, not mend one word by breaking another.
        // (After an adverb a verb begins, whatever pair the two make: asked of a non-word only,
        // where nothing known covered the character, and for a word official prose uses: 共授理 →
        // 受理, 已布署 → 部署; not 已拔付 → 托付.)
        if (!fits(m, repl, q, s, s + L) && !(t.official >= 1 && fits(m, repl, q, s, s + L, true))) continue;
        // A function character (不 没 但 …) is changed only into a longer or a very common word.
        // (Or into a rarer one that completes a known four-character phrase around a character
        // nothing covered: 林也使用权 → 林地.)
        // (For a word official prose never uses, that phrase confirmed by a known sequence of three
        // holding the character: 未端治理 → 末端, 末端治; a phrase that only a collision in the Bloom
        // filter knows, 做法罢市 of 做法被市社区, has none.)
        if (fn && L === 2 && t.official < 4 && !(strongContext(repl) && (t.official >= 1 || knownThreeHolding(m, repl, q)))) continue;
        // 吃了, 像对: a two-character window whose other character is a function character is a
        // word and its particle, not a slip.
        // So is one beside a localizer (疫后, 会前) or whose changed character stands alone as a word
        // itself (大造 of 大造舆论: 大 is no slip for 打).
        // (Unless the pair is seen nowhere and the correction is a word official prose uses often:
        // 更家 → 更加.)
        // (A character prose seldom writes, a rare one, is itself evidence of a slip: a word official
        // prose uses less often will do, 羸得 → 赢得.)
        if (L === 2 && (FUNCTION_CHARS.has(o[s === q ? 1 : 0]) || LOCALIZERS.includes(o[s === q ? 1 : 0])) && !(t.official >= unseenPairOfficial(m, orig, q) && !m.bigrams.hasRange(orig, s, s + 2))) continue;
        // A correction into a number of two numerals (市一 → 十一) must be followed by what a number
        // counts or dates (十一月, 十一个): before anything else the numeral written is another word's
        // (市一模, the city's first mock examination).
        // (中 only of a plenary session, 十一中全会: 市一中 is the city's No. 1 middle school.)
        if (L === 2 && NUMERAL_CODES[r.charCodeAt(0)] && NUMERAL_CODES[r.charCodeAt(1)] && !NUMERAL_CODES[orig.charCodeAt(q)] && s + 2 < orig.length && !(COUNTED_AFTER_NUMBER.includes(orig[s + 2]) && (orig[s + 2] !== '中' || orig[s + 3] === '全'))) continue;
        // So is a numeral and what it counts (一人 is no 一大), unless the pair is seen nowhere (一惯).
        if (L === 2 && NUMERALS.includes(o[s === q ? 1 : 0]) && m.bigrams.hasRange(orig, s, s + 2)) continue;
        // (Unless the correction completes a known four-character sequence around a character
        // nothing covered: 事实真想 → 事实真相, though 想 is a word of its own.)
        // A function character after a character that ends no word is no word of its own either: a
        // conjunction or an adverb follows a word (综和评分 is 综合 misspelt: 综 ends no word).
        if (L === 2 && (freeHere ??= freeSingle(orig, ql, false) && !(fn && ql > 0 && boundBefore(m, orig, ql)) && !isolatedAt(m, orig, ql) && !isolatedVerbAt(m, orig, ql)) && !strongContext(repl)) continue;
        // 上医院 → 上议院: a character standing alone and a word holding the changed one read as they are.
        if (L === 3 && ((STANDALONE.has(o[0]) && s !== q && m.isTarget(o.slice(1))) || (STANDALONE.has(o[2]) && s + 2 !== q && m.isTarget(o.slice(0, 2))))) continue;
        // 疫后, 建强, 共治: new two-character words abound; a two-character correction needs the
        // longer context to know it (发展规划, 工作部署), unless it overrules a rare entry.
        // Unless the pair is seen nowhere at all (not in the official texts, not inside a dictionary
        // word) and the correction is a word official prose uses often (辅肋 → 辅助, 衣据 → 依据).
        const bare = L === 2 && !rare && !supported(m, repl, s, s + L);
        // 自, 抗, 补, 驻, 防 and 待 make terms of the verb or noun after them (自产蔗渣, 抗空蚀焊条, 补设测试桩,
        // 驻线攻关, 防针刺伤, 待修率: self-made, anti-cavitation, installed to fill a gap, stationed on the line,
        // guarding against needlestick injuries, the share of machines awaiting repair): not
        // changed at a window's start without a known phrase of four around.
        if (s === q && SELF_PREFIX_CODES[orig.charCodeAt(q)] === 1 && !strongContext(repl)) continue;

        if (bare && !unseenPairSlip(m, orig, q, s, t)) continue;
        // (After a conjunction kept, where a word begins beyond the changed character, the corrected
        // character must sit in an ordinary pair with that word too: in 加注量和卸|剂量 the
        // conjunction joins two terms, 卸剂量 the second, and 谐剂 is as odd as 卸剂.)
        if (bare && s + 1 === q && CONJUNCTION_CODES[orig.charCodeAt(s)] && wordStartsAt(m, orig, q + 1) && !outerPairFits(m, repl, q, s)) continue;
        // 企业乘 → 业生 would cut 企业: the corrected word must not straddle a commoner word.
        // (Unless a dictionary word of four holds the correction, around a character nothing covered:
        // 心德体会 → 心得体会, though 得体 is commoner than 心得. A sequence of official prose is not
        // enough: 项目均按时 is no 目的.)
        if (crossing(m, repl, s, s + L) >= weight(t) && !(before <= 1 && seam < 0 && L === 2 && withinFourCharWord(m, repl, s, s + L, q))) continue;
        // 实施三 → 十三: a character inside a good word of its own is no slip.
        if (inOtherWord(m, orig, q, s, s + L)) continue;
        // Nor, across a seam and without a known phrase of four around, one of a word of two
        // characters that the window of three holds whole and that the correction makes another word:
        // 完成全|疗程|治疗 is no 全过程 (疗程, a course of treatment).
        if (seam >= 0 && L === 3 && wordBecomesWord(m, orig, repl, q, s) && cover(m, repl, q) < 4) continue;
        // Across a seam, both sides are known: a changed character that makes a known word with its
        // neighbour outside the correction is that word's, unless the correction is a word official
        // prose uses (本底|噪声 is no 低噪声; 教背投入 is 教育, though 背投 is a word).
        if (seam >= 0 && t.official === 0 && ((q > 0 && q === s && m.known.hasRange(orig, q - 1, q + 1)) || (q === s + L - 1 && q + 2 <= orig.length && m.known.hasRange(orig, q, q + 2)))) continue;
        // 监督质效 → 监督制: a three-character word ending (or starting) at the changed character,
        // whose original character goes on in an ordinary bigram beyond the word, cuts a word.
        // (A function character beyond is no word going on: 董事费或者 → 董事会.)
        // (Nor where the correction reads on past the word, a known sequence holding the corrected
        // character and the next: 国务员|办公厅 → 国务院, 务院办公; 员办 is a pair of 公务员办理.)
        if (L === 3) {
          if (q === s + 2 && q + 1 < orig.length && !FUNCTION_CODES[orig.charCodeAt(q + 1)] && m.bigrams.has(orig.slice(q, q + 2)) && coverAcross(m, repl, q) === 0) continue;
          if (q === s && q > 0 && !FUNCTION_CODES[orig.charCodeAt(q - 1)] && m.bigrams.has(orig.slice(q - 1, q + 1)) && coverAcross(m, repl, q - 1) === 0) continue;
        }
        // A near sound (xin for xing) is a weaker guess than the same sound: only where the pair as
        // written is seen nowhere and the correction completes a known four-character sequence
        // (乡村振新 → 振兴; 你想, 总要, 省发展 are pairs of their own).
        // (Or a pair only jieba's rarest entries hold, where a known phrase of four characters holds
        // the correction: 同比争长 → 增长, 争长 being a rare entry.)
        // (A word of three characters official prose uses often is context enough, where the two
        // characters kept are no word of their own: 召开拉税人座谈会 → 纳税人; 期现|结合, futures and
        // spot together, is no 相结合.)
        // (Or, bare, into a word official prose uses often, where the pair as written is seen nowhere,
        // as a same sound may be: 用工性息 → 信息, fuzzy pinyin's xing for xin.)
        // (Not a pronoun, a word of its own: 困扰着你 is no 着力; nor a pair that is a word the other way
        // round, a swap: 内容实详 is 详实.)
        const nearBare = rankBase === 1 && bare && seam < 0 && t.official >= NEAR_BARE_OFFICIAL && !PRONOUNS.includes(orig[q]) && !m.target2(orig.charCodeAt(s + 1), orig.charCodeAt(s));
        if (rankBase === 1 && !nearBare && (seam >= 0 || !(mendsUnseenPair(m, orig, s, s + L) || (L === 2 && rare)) || cover(m, repl, q) < (L === 3 && t.official >= NEAR_WORD3_OFFICIAL && keptIsNoWord(m, orig, q, s) ? 3 : 4))) continue;
        // (That phrase of four confirmed, as for a real word's correction, unless the correction is
        // a word official prose uses often: 新沙片区 of 星沙片区 is a collision in the Bloom filter.)
        if (rankBase === 1 && !nearBare && t.official < UNCONFIRMED_OFFICIAL && !t.report && L === 2 && !knownThreeHolding(m, repl, q) && !phraseHolding(m, repl, q)) continue;
        // (Or, for a two-character correction, the gain at its other character: 严格按|排 → 安排 gains
        // nothing at 按, which 严格按(照) covers, and covers 排, which nothing covered.)
        let gain = seam >= 0 ? coverAcross(m, repl, seamL) - 2 : cover(m, repl, q) - before;
        // (Neither character a function character or a word standing alone: 学不道的, 有的人会 read as written.)
        if (gain <= 0 && seam < 0 && L === 2 && !FUNCTION_CHARS.has(o[0]) && !FUNCTION_CHARS.has(o[1]) && !STANDALONE.has(o[0]) && !STANDALONE.has(o[1])) {
          const other = s === q ? q + 1 : s;
          gain = Math.min(cover(m, repl, other) - cover(m, orig, other), 1);
        }
        if (gain <= 0) continue;
        // (A near sound's bare correction comes after every other reading: 公试 is 公示, the same sound,
        // though 公司 is commoner.)
        const rank = rankBase + gain * 10 + L * 3 + t.official + t.dict / 2 - (nearBare ? NEAR_BARE_PENALTY : 0);
        out.push({ index: a + s, length: L, found: o, replacement: r, kind, gain, rank, ...(bare ? { bare } : {}) });
      }
    }
  };
  const prev = q > 0 ? chars.charCodeAt(q - 1) : -1;
  const next = q + 1 < chars.length ? chars.charCodeAt(q + 1) : -1;
  let head = '';
  let tail = '';
  let before = -1;
  // One word standing alone for another (上 for 下, 多 for 少) is a choice statistics cannot judge.
  const standalone = STANDALONE_CODES[chars.charCodeAt(q)] === 1;
  // Whether the character reads as a word where it stands (a measure word after a numeral, 大, 要).
  // (Asked only of a two-character window that got this far.)
  let freeHere: boolean | undefined;
  // A function character between a word of three or four characters that ends before it and a word
  // that begins after it is in its place (常委会|已|审议, not 常委会议): an adverb or a conjunction
  // at work, not half of a word. (A two-character word before it proves less: 第五批|改个 holds 批改.)
  if (fn && seam < 0 && q > 1 && q + 2 < chars.length && longWordEndsAt(m, chars, q - 1) && wordStartsAt(m, chars, q + 1)) return out;
  // So is a conjunction after any dictionary entry, a rare one too, before a word (内审|和|管理评审:
  // an internal audit and a management review, no 审核); or after two characters no known sequence
  // covers, a term of the writer's trade no data knows (微水|和|分解物: the moisture and the
  // decomposition products of SF6 gas, no 水火).
  if (CONJUNCTION_CODES[chars.charCodeAt(q)] && seam < 0 && q > 1 && q + 2 < chars.length && (m.target2At(chars, q - 2) || m.rare.hasRange(chars, q - 2, q) || (cover(m, chars, q - 1) === 0 && cover(m, chars, q - 2) === 0)) && wordStartsAt(m, chars, q + 1)) return out;
  // 副 before a title is the deputy's (副工班长, 副站长, 副主任): no slip for 复 or 付, whatever
  // pair it makes with the title's first character.
  if (deputyBefore(chars, q)) return out;
  // 某 masks a name (某化工企业, 张某): a demonstrative, never a slip (煤化工).
  if (chars.charCodeAt(q) === MOU) return out;
  // Half of a reduplicated verb (想一想, 看一看) is the writer's word, whatever the other half is.
  // (By code unit: indexing a string makes a string of each character, on every position asked.)
  const ownCode = chars.charCodeAt(q);
  if ((q >= 2 && chars.charCodeAt(q - 1) === YI && chars.charCodeAt(q - 2) === ownCode) || (chars.charCodeAt(q + 1) === YI && chars.charCodeAt(q + 2) === ownCode)) return out;
  const tryAll = (set: string, kind: TypoKind, rankBase: number, fromRare = false) => {
    for (let i = 0; i < set.length; i++) {
      const cc = set.charCodeAt(i);
      if (standalone && STANDALONE_CODES[cc]) continue;
      // Every corrected word holds the new character and a neighbour: that bigram must be ordinary.
      // (A pair inside no target word cannot be part of a correction: a byte says so first.)
      // A correction across a seam holds the new character and its neighbour across the seam:
      // that side is asked first.
      const rightFirst = seam === q;
      let leftOk = false;
      if (!rightFirst) {
        leftOk = prev >= 0 && m.inTargetPair(prev, cc) && m.bigrams.hasPair(prev, cc);
        if (seam >= 0 && !leftOk) continue;
      }
      const rightOk = next >= 0 && m.inTargetPair(cc, next) && m.bigrams.hasPair(cc, next);
      if (rightFirst) {
        if (!rightOk) continue;
        leftOk = prev >= 0 && m.inTargetPair(prev, cc) && m.bigrams.hasPair(prev, cc);
      }
      if (!leftOk && !rightOk) continue;
      if (!orig) {
        orig = chars.slice(a, Math.min(chars.length, q + 8));
        head = orig.slice(0, ql);
        tail = orig.slice(ql + 1);
      }
      if (before < 0) before = seam >= 0 ? 0 : cover(m, orig, ql);
      // No correction can cover q with more than four characters: nothing to gain here.
      if (before >= 4) return;
      consider(head + set[i] + tail, kind, rankBase, before, prev >= 0 && !leftOk, next >= 0 && !rightOk, fromRare);
    }
  };
  const code = chars.charCodeAt(q);
  tryAll(m.soundsLike(code), 'pinyin', 2);
  tryAll(m.soundsOfRare(code), 'pinyin', 2, true);
  tryAll(m.soundsNear(code), 'pinyin', 1);
  tryAll(m.looksLike(code), 'shape', 0);
  return out;
}

/**
 * The four-character expression [s, s + 4) that swapping q and q + 1 makes, if it is a good
 * correction (s ≤ q, q + 1 < s + 4); null if not. Not memoized: one Bloom lookup settles almost
 * every call, and costs less than a Map holding the answer.
 */
function swapAt(m: TypoModel, chars: string, q: number, s: number): Option | null {
  // Every target is known: the Bloom filter answers for the swapped window before it is built.
  if (!m.known.hasSwapped(chars, s, s + 4, q)) return null;
  const r = chars.slice(s, q) + chars[q + 1] + chars[q] + chars.slice(q + 2, s + 4);
  // A dictionary phrase, or a sequence of the official texts made of two words, the swap inside one
  // of them (人民众群 → 人民群众: the phrase is no jieba word), weighted as its rarer half.
  const writtenUnseen = !m.bigrams.hasRange(chars, q, q + 2);
  const phrase = m.target(r);
  const t = phrase ?? (q === s || q === s + 2 ? twoWordPhrase(m, r, q - s, writtenUnseen) : undefined);
  if (!t) return null;
  // 信心凝聚力量 is no 凝心聚力 misspelt: each of the two characters makes a word with its other
  // neighbour (信心, 凝聚), so the text reads as words across the pair.
  if (q > 0 && q + 2 < chars.length && m.target2At(chars, q - 1) && m.target2At(chars, q + 1)) return null;
  // Nor where a dictionary word of three characters holds one of the pair: 综采工作面|全部使用 (a
  // coal face) is no 工作全面.
  if ((q >= 2 && m.targetAt(chars, q - 2, 3)) || (q + 4 <= chars.length && m.targetAt(chars, q + 1, 3))) return null;
  // Nor is 统筹好做优 one of 统筹做好: a word, a character standing alone as a word (好 of 统筹好),
  // and a word of official prose or of today's reports beginning at the other one (做优), as written.
  if (q > 0 && q + 2 < chars.length && wordEndsAt(m, chars, q - 1) && freeSingle(chars, q, false) && ((m.target2At(chars, q + 1)?.official ?? 0) > 0 || m.isModernWord(chars.slice(q + 1, q + 3)))) return null;
  const o = chars.slice(s, s + 4);
  // 美中关系 → 中美关系: a swap inside one half, an ordinary pair either way round, beside a word
  // that stays whole, is an order the writer chose.
  const inHalf = q === s || q === s + 2;
  // (The pair as written must be a word of some kind, a dictionary entry however rare: 制机 of
  // 长效制机 is an ordinary pair only across two words, 体制|机制, and 长效机制 is meant.)
  const written = chars.slice(q, q + 2);
  const chosenOrder = inHalf && (m.isTarget(written) || m.rare.has(written)) && m.isTarget(q === s ? o.slice(2) : o.slice(0, 2));
  if (chosenOrder || m.isKnown(o) || (m.rare.has(o) && t.official < 3)) return null;
  // Two words, the pair as written seen nowhere: the slip is that pair (购采 of 政府购采), and the
  // finding says so, as one found by pairSwapAt would.
  if (!phrase && writtenUnseen) return { index: q, length: 2, found: chars.slice(q, q + 2), replacement: chars[q + 1] + chars[q], kind: 'swap', gain: 4, rank: 40 + t.official + t.dict / 2 };
  return { index: s, length: 4, found: o, replacement: r, kind: 'swap', gain: 4, rank: 40 + t.official + t.dict / 2 };
}

/**
 * The pair at g typed the wrong way round, if that is what it reads as: the pair is seen nowhere
 * (no word, no ordinary bigram, no dictionary entry however rare), its reverse is a word official
 * prose uses (bucket ≥ PAIR_SWAP_OFFICIAL), and neither character belongs elsewhere: not in a
 * word or an ordinary pair with its other neighbour (清理|管道 holds 理管, seen nowhere, and 管理
 * is no correction; 群控|调优, 面向户用|和: a swap leaves its neighbours' pairs seen nowhere too,
 * 病例论讨均), not a prefix and the verb it makes a term with (列车待接), not at the edge of a known sequence of three or four characters (服务器|机柜), not a
 * function character or one that often stands as a word of its own (一单制, 去到遭市).
 */
function pairSwapAt(m: TypoModel, chars: string, g: number): TypoCandidate | null {
  const a = chars.charCodeAt(g);
  const b = chars.charCodeAt(g + 1);
  // (A measure word stands alone only after a numeral: 籍户 is 户籍 typed the wrong way round.)
  // (Nor an adverb, which begins a predicate after its subject: CPK值|均大于 is no 均值.)
  if (a === b || FUNCTION_CODES[a] || FUNCTION_CODES[b] || ADVERB_CODES[a] || ADVERB_CODES[b] || standsAsWord(chars, g) || standsAsWord(chars, g + 1) || PREFIX_CODES[a]) return null;
  // (A word of today's reports counts as one official prose uses this often where a known sequence
  // of three holds it with a neighbour: 医院|诊急科 is 急诊科; 造渣期|按冰铜品位 holds no 按期.)
  const reversedWord = m.target2(b, a);
  let reversed = reversedWord?.official ?? 0;
  if (reversed < PAIR_SWAP_OFFICIAL && reversedWord?.report) {
    const swapped = chars.slice(Math.max(0, g - 1), g) + chars[g + 1] + chars[g] + chars.slice(g + 2, g + 3);
    const at = g > 0 ? 1 : 0;
    if ((at === 1 && m.known.hasRange(swapped, 0, 3)) || (at + 3 <= swapped.length && m.known.hasRange(swapped, at, at + 3))) reversed = PAIR_SWAP_OFFICIAL;
  }
  if (reversed < PAIR_SWAP_OFFICIAL) return null;
  const found = chars.slice(g, g + 2);
  if (m.rare.has(found)) return null;
  // A neighbour's pair that is ordinary (用费 of 公用费经) is passed over only where the swap makes
  // a known four-character sequence (公用经费) with a word official prose uses often: without the
  // sequence, 念观 of 分校念观光学 would read as 观念.
  // (A neighbour's pair met only across words, no word itself, on one side, and the other side's
  // pair seen nowhere, is the trace a swap leaves on both sides: 寄递|流物|综合 → 物流, though 物综
  // is met in 货物综合; 念观|光 stays, 观光 being a word.)
  const leftPair = g > 0 && m.isOrdinaryPair(chars.charCodeAt(g - 1), a);
  const rightPair = g + 2 < chars.length && m.isOrdinaryPair(b, chars.charCodeAt(g + 2));
  // (A word of a trade the dictionary lacks, a modern word, counts as a word: 高炉|炉容|扩至, a furnace's
  // volume; not any rare entry, 认真|我自 of 真我.)
  const leftWord = leftPair && (m.target2(chars.charCodeAt(g - 1), a) !== undefined || m.isModernWord(chars.slice(g - 1, g + 1)));
  const rightWord = rightPair && (m.target2(b, chars.charCodeAt(g + 2)) !== undefined || m.isModernWord(chars.slice(g + 1, g + 3)));
  const acrossWordsOnly = leftPair !== rightPair && !leftWord && !rightWord && g > 0 && g + 2 < chars.length && reversed >= PAIR_SWAP_HELD_OFFICIAL;
  const ordinaryNeighbour = (leftPair || rightPair) && !acrossWordsOnly;
  if (ordinaryNeighbour && !(reversed >= PAIR_SWAP_HELD_OFFICIAL && swapHeld(m, chars, g))) return null;
  for (let L = 3; L <= 4; L++) {
    if (g + 1 - L >= 0 && m.known.hasRange(chars, g + 1 - L, g + 1)) return null;
    if (g + 1 + L <= chars.length && m.known.hasRange(chars, g + 1, g + 1 + L)) return null;
  }
  return { index: g, length: 2, found, replacement: found[1] + found[0], kind: 'swap' };
}

/**
 * The pair at g typed the wrong way round where the pair as written is met across words or is a
 * rare entry (实落, 理受): its reverse is a word official prose uses often, no known sequence of
 * three characters holds the pair as written with a neighbour, and known sequences of three hold
 * the swapped pair with both neighbours (of four with its one neighbour at a run's end).
 */
function contextSwapAt(m: TypoModel, chars: string, g: number, oneSide = false): TypoCandidate | null {
  const a = chars.charCodeAt(g);
  const b = chars.charCodeAt(g + 1);
  if (a === b) return null;
  // (With one side's support only, not a pair holding a function character: 到得了 is a verb and
  // its complement, no 得到.)
  if (oneSide && (FUNCTION_CODES[a] || FUNCTION_CODES[b])) return null;
  const reversed = m.target2(b, a);
  if (!reversed || reversed.official < CONTEXT_SWAP_OFFICIAL) return null;
  const asWritten = m.target2(a, b);
  if (asWritten && (asWritten.official > 2 || asWritten.dict > 3)) return null;
  if (g > 0 && m.known.hasRange(chars, g - 1, g + 2)) return null;
  if (g + 3 <= chars.length && m.known.hasRange(chars, g, g + 3)) return null;
  // (Nor where either character makes a known word with its other neighbour, a target or a word
  // of today's reports: 作|工作, 操作员|人工, 统筹好|做优.)
  if (g > 0 && m.known.hasRange(chars, g - 1, g + 1)) return null;
  if (g + 2 < chars.length && m.known.hasRange(chars, g + 1, g + 3)) return null;
  // (Nor where a dictionary word of three ends at the first character or begins at the second: a
  // junction of two words, 环保型|新材料, however the pair across it reads.)
  if ((g >= 2 && m.target(chars.slice(g - 2, g + 1))) || (g + 4 <= chars.length && m.target(chars.slice(g + 1, g + 4)))) return null;
  const from = Math.max(0, g - 2);
  const swapped = chars.slice(from, g) + chars[g + 1] + chars[g] + chars.slice(g + 2, g + 4);
  const at = g - from;
  const left = at > 0 && m.known.hasRange(swapped, at - 1, at + 2);
  const right = at + 3 <= swapped.length && m.known.hasRange(swapped, at, at + 3);
  // (`oneSide`, for a pair seen nowhere at all: a known sequence on one side is enough.)
  const ok = at === 0 ? (at + 4 <= swapped.length && m.known.hasRange(swapped, at, at + 4)) || (oneSide && right) : at + 2 === swapped.length ? (at >= 2 && m.known.hasRange(swapped, at - 2, at + 2)) || (oneSide && left) : oneSide ? left || right : left && right;
  if (!ok) return null;
  const found = chars.slice(g, g + 2);
  return { index: g, length: 2, found, replacement: found[1] + found[0], kind: 'swap' };
}
const CONTEXT_SWAP_OFFICIAL = 6;

/**
 * The pair at g typed the wrong way round, where the pair itself is met in text (across words) but
 * both its junctions are seen nowhere (or the run ends on its right): its reverse is a word official
 * prose uses often, the pair as written is no word, neither character is a function character or
 * stands alone, and the swap makes every junction it touches an ordinary pair.
 */
function walledSwapAt(m: TypoModel, chars: string, g: number): TypoCandidate | null {
  const a = chars.charCodeAt(g);
  const b = chars.charCodeAt(g + 1);
  if (a === b || FUNCTION_CODES[a] || FUNCTION_CODES[b] || STANDALONE_CODES[a] || STANDALONE_CODES[b] || PREFIX_CODES[a]) return null;
  const reversed = m.target2(b, a);
  if (!reversed || reversed.official < PAIR_SWAP_HELD_OFFICIAL || m.target2(a, b) || m.rare.hasRange(chars, g, g + 2)) return null;
  if (g > 0 && !m.isOrdinaryPair(chars.charCodeAt(g - 1), b)) return null;
  if (g + 2 < chars.length && !m.isOrdinaryPair(a, chars.charCodeAt(g + 2))) return null;
  const found = chars.slice(g, g + 2);
  return { index: g, length: 2, found, replacement: found[1] + found[0], kind: 'swap' };
}

/**
 * The pair at g typed the wrong way round between two words (建立|备设|巡检 → 设备): a word of official
 * (or report) prose ends right before it, a dictionary word begins right after it, the pair is no
 * word, no part of one, and makes none with either neighbour, no known sequence of three holds it,
 * its characters are no function characters nor words of their own, and its reverse is a word
 * official prose uses often.
 */
function wordWalledSwapAt(m: TypoModel, chars: string, g: number): TypoCandidate | null {
  if (g < 2 || g + 4 > chars.length) return null;
  const a = chars.charCodeAt(g);
  const b = chars.charCodeAt(g + 1);
  if (a === b || FUNCTION_CODES[a] || FUNCTION_CODES[b] || STANDALONE_CODES[a] || STANDALONE_CODES[b] || PREFIX_CODES[a]) return null;
  const reversed = m.target2(b, a);
  if (!reversed || reversed.official < PAIR_SWAP_HELD_OFFICIAL || m.target2(a, b) || m.rare.hasRange(chars, g, g + 2)) return null;
  // (Nor a pair some dictionary word holds, a word's part of the writer's: 夜间|长时|透析, as in 长时间.)
  if (m.inTargetPair(a, b) || m.target2At(chars, g - 1) || m.target2At(chars, g + 1)) return null;
  if (m.known.hasRange(chars, g - 1, g + 2) || m.known.hasRange(chars, g, g + 3)) return null;
  if (!wordOfProse(m.target2At(chars, g - 2)) || !m.target2At(chars, g + 2)) return null;
  const found = chars.slice(g, g + 2);
  return { index: g, length: 2, found, replacement: found[1] + found[0], kind: 'swap' };
}

/** How common the reverse of a pair seen nowhere must be in official prose for the pair to read as it typed the wrong way round. */
const PAIR_SWAP_OFFICIAL = 4;
/** The same, where a neighbour's pair is ordinary and a known sequence holds the swap. */
const PAIR_SWAP_HELD_OFFICIAL = 6;

/**
 * Whether a known four-character sequence holds the pair at g swapped, or a four-character entry of
 * the dictionary, a rare one too (拒不|行履 → 拒不履行, where 不行 is a word of its own), confirmed by
 * its pairs.
 */
function swapHeld(m: TypoModel, chars: string, g: number): boolean {
  for (let s = Math.max(0, g - 2); s <= g && s + 4 <= chars.length; s++) {
    if (m.known.hasSwapped(chars, s, s + 4, g)) return true;
    if (m.rareConfirmed.hasSwapped(chars, s, s + 4, g)) return true;
  }
  return false;
}

/**
 * Whether the character at i stands as a word of its own (STANDALONE): a measure word only after a
 * numeral (三件, but 户 of 户籍, 起 of 起夜 for 企业).
 */
function standsAsWord(chars: string, i: number): boolean {
  const c = chars.charCodeAt(i);
  return STANDALONE_CODES[c] === 1 && !(MEASURE_ONLY_CODES[c] && !(i > 0 && NUMERAL_CODES[chars.charCodeAt(i - 1)]));
}

/**
 * The known four-character sequence r read as two two-character words, as a target weighted as the
 * rarer of them; `at` (0 or 2) is the half the swap made. That half must be a word official prose
 * uses often and hold no function character, the other one official prose uses: 越中两国 and
 * 至于对那些 read as written (中越 is a word of a few reports; 于 and 对 go with the next word).
 * Where the pair as written is seen nowhere (`writtenUnseen`: no official bigram, inside no
 * dictionary word), the swapped half need only be a common word (累计, used now and then in
 * official prose, of 计累发放 → 累计发放): nothing as written reads there at all.
 */
function twoWordPhrase(m: TypoModel, r: string, at: number, writtenUnseen: boolean): Target | undefined {
  if (FUNCTION_CODES[r.charCodeAt(at)] || FUNCTION_CODES[r.charCodeAt(at + 1)]) return undefined;
  const left = m.target2(r.charCodeAt(0), r.charCodeAt(1));
  const right = left && m.target2(r.charCodeAt(2), r.charCodeAt(3));
  if (!right) return undefined;
  const swapped = at === 0 ? left : right;
  const other = at === 0 ? right : left;
  const common = swapped.official >= TWO_WORD_SWAP_OFFICIAL || (writtenUnseen && (swapped.official >= PAIR_SWAP_OFFICIAL || swapped.dict >= STRONG2_DICT));
  if (!common || other.official < STRONG2_OFFICIAL) return undefined;
  return { dict: Math.min(left.dict, right.dict), official: Math.min(left.official, right.official) };
}

/** How common in official prose the word a swap makes inside a sequence of two words must be (群众 of 人民群众). */
const TWO_WORD_SWAP_OFFICIAL = 8;

/**
 * The best correction around position p (a character nothing known covers) of a run of Chinese
 * characters, if any is convincing: the changed character is p or a neighbour (布署: 署 is
 * uncovered, 布 is the slip), and the corrected word holds both.
 */
function findAt(m: TypoModel, chars: string, p: number, memo: Map<number, Option[]>): TypoCandidate | null {
  let best: Scored | null = null;
  for (const q of [p, p - 1, p + 1]) {
    if (q < 0 || q >= chars.length) continue;
    const lo = Math.min(p, q);
    const hi = Math.max(p, q);
    // A correction changing a neighbour of p counts a little less than one changing p itself.
    const penalty = q === p ? 0 : 1;
    for (const o of optionsAt(m, chars, q, memo)) {
      if (o.index > lo || o.index + o.length - 1 < hi) continue;
      const rank = o.rank - penalty;
      if (!best || rank > best.rank) best = { ...o, rank };
    }
  }
  const swap = bestSwap(m, chars, p);
  // Where both read equally well over the same two characters, the swap changes none of them: both
  // characters of the word are there, the other way round (责令改整 is 整改, not 改正; 计累 累计).
  const sameSpan = (a: TypoCandidate, b: TypoCandidate) => a.index === b.index && a.length === b.length;
  if (swap && (!best || (readsBetter(m, chars, swap, best) ?? (sameSpan(swap, best) || swap.rank > (best as Scored).rank)))) best = swap;
  const b = best as Scored | null;
  if (!b) return null;
  // A bare correction of two characters (no known sequence holds it) gives way to the same two
  // characters the other way round where that is a word official prose uses at least as much: a
  // swap changes no character (查巡 is 巡查, not 查询).
  if (b.bare && b.length === 2) {
    const pair = pairSwapAt(m, chars, b.index);
    if (pair && (m.target2(pair.replacement.charCodeAt(0), pair.replacement.charCodeAt(1))?.official ?? 0) >= (m.target2(b.replacement.charCodeAt(0), b.replacement.charCodeAt(1))?.official ?? 0)) return pair;
  }
  return { index: b.index, length: b.length, found: b.found, replacement: b.replacement, kind: b.kind, ...(b.bare ? { bare: true } : {}) };
}

/** The best correction of a seam at p | p + 1 (a word across it, changing either side), if any. */
function seamAt(m: TypoModel, chars: string, p: number, memo: Map<number, Option[]>): TypoCandidate | null {
  let best: Option | null = null;
  for (const q of [p, p + 1]) {
    for (const o of optionsAt(m, chars, q, memo, p)) {
      if (!best || o.rank > best.rank) best = o;
    }
  }
  return best && { index: best.index, length: best.length, found: best.found, replacement: best.replacement, kind: best.kind, ...(best.bare ? { bare: true } : {}) };
}

/** A correction into a set phrase of four characters (what a short quotation may still get). */
function setPhraseCorrection(m: TypoModel, c: TypoCandidate): boolean {
  // (Not a policy term of today: a quoted coinage one character away from one, “一网通管” beside
  // 一网统管, is the writer's own. Unless the changed character makes a pair seen nowhere with a
  // neighbour, a slip no coinage makes: “接诉既办” is 接诉即办.)
  if (c.length !== 4 || !m.isTarget(c.replacement)) return false;
  if (!m.isModernWord(c.replacement)) return true;
  const changed = [0, 1, 2, 3].filter((k) => c.found[k] !== c.replacement[k]);
  return changed.length === 1 && changed[0] > 0 && changed[0] < 3 && (!m.bigrams.hasRange(c.found, changed[0] - 1, changed[0] + 1) || !m.bigrams.hasRange(c.found, changed[0], changed[0] + 2));
}

/**
 * Whether the pair at `pair` (a window's outside character and its edge character) is a word of
 * official prose that the window cuts: not when the outside character makes, with the pair at
 * `other` (its far side), a word official prose uses at least as often.
 */
function cutAtEdge(m: TypoModel, chars: string, pair: number, other: number): boolean {
  const cut = m.target2At(chars, pair)?.official ?? 0;
  if (cut < 1) return false;
  return !(other >= 0 && other + 1 < chars.length && (m.target2At(chars, other)?.official ?? 0) >= cut);
}

/** A two-character word hardly used on its own (the dictionary's rarest buckets, official prose at most twice). */
function hardlyAlone(t: Target | undefined): boolean {
  return t !== undefined && t.dict <= HARDLY_ALONE_DICT && t.official <= HARDLY_ALONE_OFFICIAL;
}
const HARDLY_ALONE_DICT = 3;
const HARDLY_ALONE_OFFICIAL = 2;

/**
 * The common four-character phrase that chars[i, i + 4) misspells by one same-sounding or
 * look-alike character, if any (halves: phraseHalvesOf of the run). The window is no sequence the
 * texts know (or only a rare entry of the dictionary), not two known pairs side by side, and cuts
 * no word at its edges; set phrases, or (`compound`) phrases made of two words.
 */
function phraseSlipAt(m: TypoModel, chars: string, i: number, compound: boolean, halves: Uint8Array): TypoCandidate | null {
  // The open position lies in the half that is not whole: [from, to].
  const firstWhole = (halves[i] & (compound ? 4 : 1)) !== 0;
  const secondWhole = (halves[i + 2] & (compound ? 8 : 2)) !== 0;
  const from = secondWhole ? 0 : 2;
  const to = firstWhole ? 3 : 1;
  let j = from;
  while (j <= to && !m.nearPhrase(chars, i, j)) j++;
  if (j > to) return null;
  // A window cutting a word of official prose at either edge is no phrase (适|当的领导, 环|节的能源).
  // Unless the character outside belongs to a word at least as common on its far side (坚持|久久为攻:
  // 持 is the end of 坚持, not the start of 持久).
  if ((i > 0 && cutAtEdge(m, chars, i - 1, i - 2)) || (i + 4 < chars.length && cutAtEdge(m, chars, i + 3, i + 4))) return null;
  if (m.known.hasRange(chars, i, i + 4) && !m.rare.hasRange(chars, i, i + 4)) return null;
  // Two known pairs side by side read as two words (严格|执纪, 剩余|劳力, 自立|更生), unless one is a
  // word hardly used on its own (继往 of 一如继往, met only inside 继往开来).
  if (m.known.hasRange(chars, i, i + 2) && m.known.hasRange(chars, i + 2, i + 4) && !hardlyAlone(m.target2At(chars, i)) && !hardlyAlone(m.target2At(chars, i + 2))) return null;
  const w = chars.slice(i, i + 4);
  let best: TypoCandidate | null = null;
  let bestWeight = -1;
  let bestRank = 0;
  let rivals = 0;
  for (; j <= to; j++) {
    if (!m.nearPhrase(chars, i, j)) continue;
    // A word of three characters beside the changed one reads as that word and another (共产党|愿).
    if ((j === 3 && m.isTarget(w.slice(0, 3))) || (j === 0 && m.isTarget(w.slice(1)))) continue;
    const phrases = m.phrasesNear(w, j);
    if (!phrases) continue;
    const c = w.charCodeAt(j);
    for (const r of phrases) {
      // Set phrases (再接再厉) or two words side by side (超级大国), as asked.
      if ((m.target2(r.charCodeAt(0), r.charCodeAt(1)) !== undefined && m.target2(r.charCodeAt(2), r.charCodeAt(3)) !== undefined) !== compound) continue;
      // The phrase's character sounds or looks like the written one, by the sets of either (a rare
      // character of an idiom, 砭 of 针砭时弊, lists the common one written for it).
      const p = r.charCodeAt(j);
      const kind = m.soundsLike(c).includes(r[j]) || m.soundsLike(p).includes(w[j]) || m.soundsOfRare(c).includes(r[j]) || m.soundsOfRare(p).includes(w[j]) ? 'pinyin' : m.looksLike(c).includes(r[j]) || m.looksLike(p).includes(w[j]) ? 'shape' : null;
      if (!kind) continue;
      const t = m.target(r)!;
      // A same-sounding character outranks look-alikes (出奇不意: 出其不意, not 出敌不意): input
      // methods type by sound. Two of the same rank leave the correction a guess.
      const rank = kind === 'pinyin' ? 1 : 0;
      if (best && rank < bestRank) continue;
      if (!best || rank > bestRank) {
        rivals = 0;
        bestRank = rank;
        bestWeight = -1;
      }
      rivals++;
      if (weight(t) > bestWeight) {
        bestWeight = weight(t);
        best = { index: i, length: 4, found: w, replacement: r, kind };
      }
    }
  }
  return rivals === 1 ? best : null;
}

/**
 * Whether correction a leaves the stretch both it and b span reading better than b does: fewer
 * positions no known sequence covers, then longer known sequences over them (建投成产 swapped reads
 * as 建成投产 throughout, while 建设成产 leaves 成产 unknown). undefined when they read alike, or do
 * not overlap.
 */
function readsBetter(m: TypoModel, chars: string, a: TypoCandidate, b: TypoCandidate): boolean | undefined {
  const lo = Math.min(a.index, b.index);
  const hi = Math.max(a.index + a.length, b.index + b.length);
  if (a.index >= b.index + b.length || b.index >= a.index + a.length) return undefined;
  const fa = readingOver(m, chars, a, lo, hi);
  const fb = readingOver(m, chars, b, lo, hi);
  if (fa.holes !== fb.holes) return fa.holes < fb.holes;
  return fa.covered !== fb.covered ? fa.covered > fb.covered : undefined;
}

/** Over [lo, hi) of the text corrected by c: the positions nothing known covers, and the summed length of the longest known sequence over each. */
function readingOver(m: TypoModel, chars: string, c: TypoCandidate, lo: number, hi: number): { holes: number; covered: number } {
  const from = Math.max(0, lo - 3);
  const repl = chars.slice(from, c.index) + c.replacement + chars.slice(c.index + c.length, Math.min(chars.length, hi + 3));
  let holes = 0;
  let covered = 0;
  for (let i = lo; i < hi; i++) {
    const L = cover(m, repl, i - from);
    if (L === 0) holes++;
    covered += L;
  }
  return { holes, covered };
}

/**
 * Narrows a four-character correction made of two dictionary words to the word holding the change
 * (管里工作 → 管理工作 is told as 管里 → 管理): the message names the slip, not its context.
 */
function tighten(m: TypoModel, c: TypoCandidate): void {
  if (c.kind === 'swap' || c.length !== 4) return;
  const left = c.found.slice(0, 2) !== c.replacement.slice(0, 2);
  const right = c.found.slice(2) !== c.replacement.slice(2);
  if (left === right || !m.isTarget(c.replacement.slice(0, 2)) || !m.isTarget(c.replacement.slice(2))) return;
  const a = left ? 0 : 2;
  c.index += a;
  c.length = 2;
  c.found = c.found.slice(a, a + 2);
  c.replacement = c.replacement.slice(a, a + 2);
}

/** Two neighbours swapped (坚不定移): the best four-character expression holding p that a swap makes. */
function bestSwap(m: TypoModel, chars: string, p: number, onlyP = false): Scored | null {
  let best: Scored | null = null;
  // onlyP: the swap moves p itself (its neighbour on either side), not two characters beside it.
  for (let q = onlyP ? p - 1 : p - 2; q <= (onlyP ? p : p + 1); q++) {
    if (q < 0 || q + 1 >= chars.length || chars.charCodeAt(q) === chars.charCodeAt(q + 1)) continue;
    // The swapped pair lies inside the dictionary word it makes: it must be an ordinary bigram.
    if (!m.inTargetPair(chars.charCodeAt(q + 1), chars.charCodeAt(q)) || !m.bigrams.hasPair(chars.charCodeAt(q + 1), chars.charCodeAt(q))) continue;
    for (let s = Math.max(0, q - 2, p - 3); s <= Math.min(q, p) && s + 4 <= chars.length; s++) {
      const o = swapAt(m, chars, q, s);
      if (o && (!best || o.rank > best.rank)) best = { index: o.index, length: o.length, found: o.found, replacement: o.replacement, kind: o.kind, gain: o.gain, rank: o.rank };
    }
    if (best || onlyP) continue;
    for (let s = Math.max(0, q - 1, p - 2); s <= Math.min(q, p) && s + 3 <= chars.length; s++) {
      const o = swapAt3(m, chars, q, s);
      if (o && (!best || o.rank > best.rank)) best = o;
    }
  }
  return best;
}

/**
 * A word of three characters typed with two of them the wrong way round (出进口 → 进出口, 机化械 →
 * 机械化): the window [s, s + 3) is no known sequence, the swap makes a word official prose uses,
 * and no numeral stands in it (一九九七年, 壮大一批 read as written).
 */
function swapAt3(m: TypoModel, chars: string, q: number, s: number): Scored | null {
  for (let i = s; i < s + 3; i++) if (NUMERAL_CODES[chars.charCodeAt(i)]) return null;
  if (m.known.hasRange(chars, s, s + 3)) return null;
  const o = chars.slice(s, s + 3);
  const r = chars.slice(s, q) + chars[q + 1] + chars[q] + chars.slice(q + 2, s + 3);
  const t = m.target(r);
  if (!t || (t.official < SWAP3_OFFICIAL && t.dict < SWAP3_DICT) || m.rare.has(o)) return null;
  // A word official prose seldom uses is made only where the window as written holds no word of
  // two characters (车|险保费 holds 保费, 干|实事上 实事: read as written).
  if (t.official < SWAP3_OFFICIAL && (m.target2At(chars, s) || m.target2At(chars, s + 1))) return null;
  // Nor where a character the swap moves makes a word of official prose with its neighbour outside
  // the window, and a known sequence of three goes on from it (市教科院|学前教育: 学 begins 学前 and
  // 学前教, and 科院学 is no 科学院 misspelt; 毕业生|意满度 is 满意度, 业生意 being no sequence).
  if ((q === s + 1 && s + 5 <= chars.length && (m.target2At(chars, s + 2)?.official ?? 0) >= 1 && m.known.hasRange(chars, s + 2, s + 5)) || (q === s && s > 1 && (m.target2At(chars, s - 1)?.official ?? 0) >= 1 && m.known.hasRange(chars, s - 2, s + 1))) return null;
  return { index: s, length: 3, found: o, replacement: r, kind: 'swap', gain: 3, rank: 30 + t.official + t.dict / 2 };
}

/** How common in official prose a word of three characters must be for a swap to make it. */
const SWAP3_OFFICIAL = 4;
/** Or how common in any prose (满意度, a word every report counts by: 意满度, 满度意).  */
const SWAP3_DICT = 7;

/**
 * Characters that often stand alone as words: numerals, measure words, localizers, word-forming
 * suffixes (公益|型, 批发|站, 外长|级) and the commonest one-character verbs, adjectives and
 * adverbs (地方|管, 必要时|可). Beside a word boundary such a character is the next word, not half
 * of a misspelt one.
 */
const NUMERALS = '一二三四五六七八九十百千万亿两零〇几半';
/** Prepositions and adverbs of quantity that stand before a number (自2022年, 约300人, 近13亿, 至9.2%). */
const BEFORE_NUMBER_WORDS = '自从至到于在近约达超逾共为比第';
/** Measure words: a word only after a numeral or a demonstrative (董事张 is no 张). */
export const MEASURES = '个次项条件位名座台套批种份块张元年月日天周米吨亩户起届轮号篇辆艘架片段群笔例剂';
const COUNTERS = NUMERALS + '这那每各该此多第余逐';
/** What follows a number: measure words, dates and the plans and congresses counted by number. */
const COUNTED_AFTER_NUMBER = MEASURES + '五大届中全';
/** Word-forming suffixes and localizers: they attach to the word before them. */
const SUFFIXES = '家所站型性式率度者员厂局处院区省市县镇乡村队组委界场期级层类上下里内外中前后边旁时稿库车室港';
/**
 * Word-forming prefixes: they attach to the verb after them and make a term of the writer's trade
 * with it, one no dictionary lists (列车待接, 待检, 待发: pending).
 */
const PREFIXES = '待';
/** The commonest one-character verbs and adverbs, and adjectives: words on their own. */
const VERBS = '管说出到至可要来去看做用能会应须需抓讲想靠近约超达拟带';
const ADJECTIVES = '多少好新大小高低';
const ADJECTIVE_CODES = codeTable(new Set(ADJECTIVES));
/** Particles that attach to the word before or after them and seldom begin or end a word. */
const PARTICLES = '的地得着等';
/** Localizers: 上 and 下 (上一年, 下一年) are each the other's look-alike, and both always a word. */
const LOCALIZERS = '上下里内外中前后边旁';
/** Characters realWordAt never changes: numerals, measure words, localizers, the commonest one-character words. */
const STANDALONE = new Set([...NUMERALS, ...MEASURES, ...VERBS, ...ADJECTIVES, ...LOCALIZERS]);
const STANDALONE_CODES = codeTable(STANDALONE);
const VERB_CODES = codeTable(VERBS);
const SUFFIX_CODES = codeTable(SUFFIXES);
/** The suffixes that make a kind of what comes before them (称重式, 节约型). */
const TYPE_SUFFIX_CODES = codeTable('式型');
/** Suffixes of who does a trade and of a form (急救员, 营养师, 操作工, 更改单): after any word of two characters. */
const AGENT_SUFFIX_CODES = codeTable('员师工匠单');
/** A word official prose uses this often (bucket), before the changed character, is not cut by a correction (饮水|瓶 is no 水平). */
const CUT_WORD_OFFICIAL = 3;
const PREFIX_CODES = codeTable(PREFIXES);
const NUMERAL_CODES = codeTable(NUMERALS);
const YI = '一'.charCodeAt(0);
/** Measure words that are nothing else in STANDALONE (realWordAt may change them where no counter precedes). */
const MEASURE_ONLY_CODES = codeTable([...MEASURES].filter((c) => !NUMERALS.includes(c) && !VERBS.includes(c) && !ADJECTIVES.includes(c) && !LOCALIZERS.includes(c)));

/**
 * Whether the character before position i is bound: a content character that stands alone as no
 * word and ends no dictionary word there (综 of 采用综和).
 */
function boundBefore(m: TypoModel, chars: string, i: number): boolean {
  const c = chars[i - 1];
  return !FUNCTION_CHARS.has(c) && !STANDALONE.has(c) && !SUFFIXES.includes(c) && !UNIT_SUFFIXES.includes(c) && !wordEndsAt(m, chars, i - 1) && !m.known.hasRange(chars, Math.max(0, i - 3), i);
}

/** Last characters of the names of offices and bodies (检察部, 财务科, 党政办), which end a name the dictionary does not hold. */
const UNIT_SUFFIXES = '部科室股司办厅会社馆';

/** A single character standing as a word at position i of the run. */
function freeSingle(chars: string, i: number, beforeNumber: boolean): boolean {
  const c = chars[i];
  if (FUNCTION_CHARS.has(c) || VERBS.includes(c) || ADJECTIVES.includes(c)) return true;
  if (beforeNumber && i === chars.length - 1) return true;
  if (MEASURES.includes(c)) return i > 0 && COUNTERS.includes(chars[i - 1]);
  // A suffix needs something before it to attach to (级续保持 at a clause start is no 级).
  if (SUFFIXES.includes(c)) return i > 0 && !FUNCTION_CHARS.has(chars[i - 1]);
  // A numeral reads as a number at the start of a clause (一要…九要) or in a run of numerals.
  if (NUMERALS.includes(c)) return i === 0 || NUMERALS.includes(chars[i - 1]) || chars[i - 1] === '第' || MEASURES.includes(chars[i + 1] ?? '');
  return false;
}

/**
 * Whether the one-character verb at i (管, 到, 出 …) makes an ordinary pair with neither neighbour
 * (or has none before it, at a clause's start) and governs no word after it: a verb stands before
 * its object, and one that does not is no verb there (，管藏空间 → 馆藏).
 */
function isolatedVerbAt(m: TypoModel, chars: string, i: number): boolean {
  if (i + 2 >= chars.length) return false;
  const c = chars.charCodeAt(i);
  if (VERB_CODES[c] !== 1 || FUNCTION_CODES[c] === 1) return false;
  if ((i > 0 && m.isOrdinaryPair(chars.charCodeAt(i - 1), c)) || m.isOrdinaryPair(c, chars.charCodeAt(i + 1))) return false;
  return !m.target2At(chars, i + 1);
}

/**
 * Whether the function character at i (才, 在, 已: no conjunction) makes an ordinary pair with
 * neither neighbour (both pairs seen nowhere, in a word or in running text) and begins no word
 * after it: a function word is met beside its neighbours, or governs the word after it; one that
 * does neither is no word there (主要才料 → 材料). (Not a suffix or a localizer, which closes any
 * noun before it: 他在处里负责.)
 */
function isolatedAt(m: TypoModel, chars: string, i: number): boolean {
  if (i < 1 || i + 1 >= chars.length) return false;
  const c = chars.charCodeAt(i);
  if (m.isOrdinaryPair(chars.charCodeAt(i - 1), c) || m.isOrdinaryPair(c, chars.charCodeAt(i + 1))) return false;
  // (A conjunction's neighbours are the ends of the words it joins, any words: 门店及|团餐点. And a
  // function character that a word follows governs it: 以|院内为主, 员工只|熟悉.)
  return FUNCTION_CODES[c] === 1 && !CONJUNCTION_CODES[c] && !(i + 2 < chars.length && m.target2At(chars, i + 1));
}

/**
 * Whether two one-character words side by side read as such: a numeral first (九|要), a suffix
 * closing the word before (必要时|可), or an adjective and a suffix, a compound noun (大|省);
 * not a verb and a suffix (管|里 is 管理 misspelt).
 */
function pairOfSingles(a: string, b: string): boolean {
  return NUMERALS.includes(a) || SUFFIXES.includes(a) || (ADJECTIVES.includes(a) && SUFFIXES.includes(b));
}

/** Whether the pair at i is a two-character word at least as common as t (a word beside t that shares a character with it). */
function cutsNeighbourWord(m: TypoModel, chars: string, i: number, t: Target): boolean {
  if (i < 0 || i + 2 > chars.length) return false;
  const other = m.target2At(chars, i);
  return other !== undefined && weight(other) >= weight(t);
}

/**
 * Whether the flagged sequence reads as it stands, cut into words at a boundary inside it: the
 * end of one word and the start of the next (战斗|里, 地方|管, 批发|站, 必要时|可, 人口|大|省).
 * A real slip leaves a piece that is no word (走向|末|来, 睦领|友好). A one-character piece must be
 * a character that stands alone as a word; two such pieces only in a few patterns (pairOfSingles).
 * Also: the unchanged character of a two-character finding begins (or ends) a dictionary word
 * outside it while the changed one sits in an ordinary bigram on its other side (学史|力行): the
 * correction would break a word to mend a pair that was never one.
 */
function readsAsWords(m: TypoModel, chars: string, c: TypoCandidate, beforeNumber: boolean): boolean {
  // Every test below looks at most five characters beyond the finding: in a long run, the stretch
  // around it stands for the run (the corrected text is built from it, not from a copy of the run).
  const from = Math.max(0, c.index - 8);
  const to = Math.min(chars.length, c.index + c.length + 8);
  if (from > 0 || to < chars.length) return readsAsWords(m, chars.slice(from, to), { ...c, index: c.index - from }, beforeNumber && to === chars.length);
  if (c.kind === 'swap') return false;
  const s = c.index;
  const e = s + c.length;
  const repl = chars.slice(0, s) + c.replacement + chars.slice(e);
  const changed: number[] = [];
  for (let i = 0; i < c.length; i++) if (c.found[i] !== c.replacement[i]) changed.push(s + i);
  // Whether the corrected text has a known sequence of three or four characters over a changed
  // character and [a, b): then [a, b) is a piece of the corrected phrase (进一步推 of 进一步推进).
  // With `whole`, the known sequence must hold all of [a, b) (大数 in 大数据), not just touch it.
  const pieceOfCorrection = (a: number, b: number, whole = false): boolean => {
    for (const q of changed) {
      for (let L = 3; L <= 4; L++) {
        for (let x = Math.max(0, q - L + 1); x <= q && x + L <= repl.length; x++) {
          if ((whole ? x <= a && b <= x + L : x < b && a < x + L) && m.known.hasRange(repl, x, x + L)) return true;
        }
      }
    }
    return false;
  };
  // A common dictionary word (jieba frequency ≥ 8), or a rarer one or a sequence of the official
  // texts that is no piece of the corrected phrase (领发 of 引领发展, which 引领发站 misspells).
  const isWord = (a: number, b: number): boolean => {
    if (a < 0 || b > chars.length || b - a < 2 || b - a > 4) return false;
    // A word reaching outside the span that the corrected phrase holds too is no evidence (大数 of 大数据).
    if (a < e && b > s && (a < s || b > e) && pieceOfCorrection(a, b, true)) return false;
    const t = m.targetAt(chars, a, b - a);
    // (Nor a pair that loses its other character to a far commoner word: 完|成龙|村.)
    if (t && b - a === 2 && changed.some((q) => (q === a || q === a + 1) && outweighed(m, chars, a, q, t))) return false;
    if ((t?.dict ?? 0) >= 4) return true;
    return m.known.hasRange(chars, a, b) && !pieceOfCorrection(a, b);
  };
  const leftCovered = (s: number, k: number): boolean => {
    for (let a = s; a >= Math.max(0, k - 4); a--) if (isWord(a, k)) return true;
    return false;
  };
  const rightCovered = (k: number, e: number): boolean => {
    for (let b = e; b <= Math.min(chars.length, k + 4); b++) if (isWord(k, b)) return true;
    return false;
  };
  const boundaryAfter = (e: number): boolean => e === chars.length || FUNCTION_CHARS.has(chars[e]) || rightCovered(e, e + 1);
  for (let k = s + 1; k < e; k++) {
    const leftSingle = k - s === 1;
    const rightSingle = e - k === 1;
    const leftIsWord = leftCovered(s, k);
    const rightIsWord = rightCovered(k, e);
    const left = leftIsWord || (leftSingle && freeSingle(chars, s, beforeNumber));
    const right = rightIsWord || (rightSingle && freeSingle(chars, k, beforeNumber));
    if (!left || !right) continue;
    // The flagged span is a whole word and a one-character word (自制|县 for 自治县): that reading
    // holds only if the word is at least as common as the correction (战斗|里 against 战斗力).
    const whole = (a: number, b: number) => m.target(chars.slice(a, b));
    const inner = rightSingle ? whole(s, k) : leftSingle ? whole(k, e) : undefined;
    const corrected = m.target(c.replacement);
    if (inner && corrected && weight(inner) < weight(corrected)) continue;
    if (leftIsWord || rightIsWord) return true;
    // Two one-character words: a word (not a mere particle: 本|低|区) or the clause start before.
    // (Not where the corrected word reads on into a known phrase over the character before it:
    // 政务|处份 → 政务处分, whose 处 and 份 would read as two words before a number.)
    if (pairOfSingles(chars[s], chars[k]) && (s === 0 || leftCovered(s - 1, s)) && boundaryAfter(e) && !(s > 0 && pieceOfCorrection(s - 1, e, true))) return true;
  }
  if (c.length === 2) {
    const changedLeft = c.found[0] !== c.replacement[0] && c.found[1] === c.replacement[1];
    const changedRight = c.found[1] !== c.replacement[1] && c.found[0] === c.replacement[0];
    // The other word must be a real dictionary word (jieba frequency ≥ 8), not a rare fragment,
    // and the changed character must lean on a content character (的减定力量 leaves 减 alone).
    // Nor a piece of the corrected phrase (互联|王 of 互联网).
    // The word and the corrected character together must not be a known sequence themselves.
    // (Not a word whose far character begins or ends a word at least as common with its other
    // neighbour: 年招|开支|部 is no reading of 年招开支部, where 支部 keeps 支; 召开|支部 is.)
    const real = (a: number, b: number): boolean => {
      const t = m.target(chars.slice(a, b));
      if ((t?.dict ?? 0) < 4 || m.isKnown(repl.slice(Math.min(a, s), Math.max(b, e)))) return false;
      return !(b - a === 2 && (a > s ? cutsNeighbourWord(m, chars, b - 1, t!) : cutsNeighbourWord(m, chars, a - 1, t!)));
    };
    if (changedLeft && s > 0 && !FUNCTION_CHARS.has(chars[s - 1]) && m.bigrams.has(chars.slice(s - 1, s + 1))) {
      for (let b = e + 1; b <= Math.min(chars.length, s + 5); b++) if (real(s + 1, b)) return true;
    }
    if (changedRight && e < chars.length && !FUNCTION_CHARS.has(chars[e]) && m.bigrams.has(chars.slice(e - 1, e + 1))) {
      for (let a = s - 1; a >= Math.max(0, e - 5); a--) if (real(a, s + 1)) return true;
    }
  }
  return false;
}
