import { isHanCode, onTypoCacheClear } from './typo';
import { indexKeyStarts, keysStartingAt, type KeyStarts } from './keyStarts';

/**
 * Real-word slips decided by their context: both spellings are words, but only one fits here.
 * Each pattern matches the wrong word in a context that settles it (截止 before a point in time
 * is 截至; 累积 before a count is 累计). Kept short and certain: a missed slip is better than a
 * wrong correction. The patterns themselves are in confusablePatterns.ts (data to the extension).
 */
export interface ConfusableHit {
  index: number;
  length: number;
  found: string;
  replacement: string;
  /**
   * Set for a misspelling that is no word at all (一但, 滥芋充数): said as a same-sounding or
   * look-alike slip, not a confusion of two words; `repeat` for words typed twice.
   */
  slip?: 'pinyin' | 'shape' | 'swap' | 'repeat';
}

interface Confusable {
  /** A string every match holds: the pattern runs only on text that has it. */
  key: string;
  /** Matches the wrong word (group 1) with its deciding context. */
  re: RegExp;
  /** The right word. */
  replacement: string;
  /** How the slip was made, for the message (两字颠倒 for a swap); none for a word confused with another. */
  slip?: 'pinyin' | 'shape' | 'swap';
}

/**
 * A context pattern as data (confusablePatterns.ts writes them; the extension reads them from
 * `dist/context-patterns.json`): a regular expression's source and flags, the right word.
 */
export interface ContextPatternJson {
  key: string;
  source: string;
  flags: string;
  replacement: string;
  slip?: 'pinyin' | 'shape' | 'swap';
}

/**
 * A context pattern as the extension's file holds it, `[key, source, replacement, slip?, flags?]`:
 * arrays rather than objects, the flags left out where they are `g` (all of them today). Some 1,600
 * objects' field names cost about 5 KB of the compressed package, against a 2.5 MB limit.
 */
export type PackedContextPattern = [key: string, source: string, replacement: string, slip?: ContextPatternJson['slip'] | 0, flags?: string];

/** The patterns written as the file holds them (see PackedContextPattern). */
export function packContextPatterns(patterns: readonly ContextPatternJson[]): PackedContextPattern[] {
  return patterns.map(({ key, source, flags, replacement, slip }) => {
    const packed: PackedContextPattern = [key, source, replacement];
    if (slip || flags !== 'g') packed.push(slip ?? 0);
    if (flags !== 'g') packed.push(flags);
    return packed;
  });
}

/** The patterns read back from the file (see PackedContextPattern); anything else is skipped. */
export function unpackContextPatterns(packed: unknown): ContextPatternJson[] {
  if (!Array.isArray(packed)) return [];
  const out: ContextPatternJson[] = [];
  for (const p of packed) {
    if (!Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'string' || typeof p[2] !== 'string') continue;
    const slip = p[3] === 'pinyin' || p[3] === 'shape' || p[3] === 'swap' ? p[3] : undefined;
    out.push({ key: p[0], source: p[1], flags: typeof p[4] === 'string' ? p[4] : 'g', replacement: p[2], ...(slip ? { slip } : {}) });
  }
  return out;
}

/**
 * Where the patterns come from: set by whoever loads the typo check's data (the CLI and the tests
 * bundle confusablePatterns.ts, the extension reads its JSON), asked on the first paragraph read.
 * Until then only the repeated words and the 的/地/得 slips are found.
 */
let patternSource: (() => readonly ContextPatternJson[]) | undefined;

export function setContextPatterns(source: readonly ContextPatternJson[] | (() => readonly ContextPatternJson[]) | undefined): void {
  patternSource = typeof source === 'function' ? source : source ? () => source : undefined;
  patternIndex = undefined;
  paragraphCache.clear();
}

/** Whether context patterns are set (the extension's tests wait for them). */
export function hasContextPatterns(): boolean {
  return patternSource !== undefined;
}


/**
 * 的 between an adverbial and a verb with its object is the adverbial 地 (认真的做好 → 认真地做好).
 * The verb taken as a noun keeps 的: after 进行, 得到, 加以 … (得到有效的解决), before a noun it
 * heads or a localizer (积极的推动作用, 努力的推动下), or ending the clause. 做好, 抓好 and the like are
 * never nouns.
 */
const ADVERBIALS = '认真|扎实|积极|深入|全面|切实|稳步|大力|有效|不断|持续|主动|坚决|稳妥|有序|依法|全力|严格|广泛|充分|及时|逐步|努力|有力|彻底|迅速|妥善|牢牢|紧紧|自觉|精准|扎扎实实|认认真真|踏踏实实|实实在在|坚定不移|毫不动摇|旗帜鲜明|一以贯之|积极稳妥|稳妥有序|坚持不懈|持之以恒|一如既往|千方百计|全力以赴|积极主动|认真细致|深入细致|扎实有效|雷厉风行|不折不扣|有条不紊|创造性|有针对性|有计划|有步骤';
const NOMINALIZERS = '进行|得到|给予|加以|作出|做出|受到|提供|取得|予以|起到|发挥|是|有|的|之';
const DEGREE = '更加|更|很|十分|非常|较为|比较|最';
const RESULT_VERBS = '做好|抓好|搞好|办好|管好|用好|落实好|贯彻好|执行好';
const VERBS = '推进|开展|落实|贯彻|推动|加强|完成|实施|执行|解决|推行|抓实|学习|参与|提高|提升|增强|防范|化解|维护|促进|推广|改进|完善|加快|深化|引导|配合|支持|履行|落细';
const HEADED_NOUNS = '作用|情况|力度|措施|工作|成效|效果|机制|速度|进度|过程|方面|体系|方式|办法|方案|计划|要求|程度|水平|能力|态势|势头|步伐|举措|问题|态度|意识|热情|精神|氛围|风气|习惯|劲头|积极性|主动性|自觉性|效率|质量|成果|经验|活动|环境|条件|基础|目标|任务|内容|形式|机会|时间|空间|平台|渠道|模式|理念|思路|风险|意见|建议|时期|阶段|阵地|队伍|工程|项目|政策|制度|者|下|中|上|之|和|与|及|的|是';
// (Each pattern starts with the literal 的, so that the engine skips ahead to each 的 instead of
// trying the alternations at every position; the word before it is found afterwards.)
const ADVERBIAL_DE = new RegExp(`的(?=(?:${RESULT_VERBS})|(?:${VERBS})(?!${HEADED_NOUNS})[\u3400-\u9fff“‘《])(?<=(?<!(?:${NOMINALIZERS})(?:${DEGREE})?)(?:${ADVERBIALS})的)`, 'g');
const ADVERBIAL_END = new RegExp(`(?:${ADVERBIALS})$`);
/**
 * 的 between a verb and the degree it reaches, ending the clause, is the complement marker 得
 * (工作做的很扎实。 → 做得). Before a noun the phrase is attributive and keeps 的 (出现的比较好的市场,
 * 更替的很大变化); verbs whose object is often dropped (说的对, 写的好: what was said, written) are
 * left out, and so are results that are nouns as well (建设的成功, 比赛的精彩).
 */
const COMPLEMENT_VERBS = '做|干|抓|搞|办|完成|落实|执行|开展|推进|进行|发展|建设|贯彻|实施|组织|准备|处理|解决|整改|协调|配合|衔接|把握|管|改|运行|运转|进展';
const COMPLEMENT_DEGREE = '很|非常|十分|比较|更加|更|越来越|相当|还|不够|不太|不|较|特别';
const COMPLEMENT_RESULTS = '好|快|慢|实|细|深|严|紧|足|早|稳|及时|扎实|充分|出色|顺利|到位|有效|有力|规范|认真|周密|细致|不错|有序|高效|红火|有声有色|热火朝天';
// (Two results may stand side by side, 做的扎实有效，, or joined by 又, 而, 且: 做的又快又好 is said with 得 too.)
// (稳定, 平稳, 正常 only after a word of degree: 运行的稳定，离不开… is a noun phrase.)
const COMPLEMENT_DE = new RegExp(`的(?=(?:(?:${COMPLEMENT_DEGREE})?(?:又)?(?:${COMPLEMENT_RESULTS})(?:(?:、|又|而|且)?(?:${COMPLEMENT_RESULTS}))?|(?:${COMPLEMENT_DEGREE})(?:稳定|平稳|正常|良好))(?:[，。；、！？：）”]|$))(?<=(?:${COMPLEMENT_VERBS})的)`, 'g');
const COMPLEMENT_VERB_END = new RegExp(`(?:${COMPLEMENT_VERBS})$`);

/** The two readings of a 的 that should be another particle: the pattern at the 的, the word before it, the particle meant. */
const DE_SLIPS = [
  { re: ADVERBIAL_DE, before: ADVERBIAL_END, marker: '地' },
  { re: COMPLEMENT_DE, before: COMPLEMENT_VERB_END, marker: '得' },
] as const;

const PERIODIC = /^(.+)\1+$/;
/** A committee's member after a body whose name ends in 会 (工会|委员会|委员, 常委会|委员): no word typed twice. */
const MEMBER_OF_COMMITTEE = /^会(?:委员|理事|董事|监事|常委)$/;
/** By code unit, where it was last seen (offset by repeatEpoch, so that no clearing is needed between paragraphs). */
const lastSeen = new Int32Array(0x10000);
let repeatEpoch = 0;

/**
 * The hits of one paragraph, cached by its text as findTypos caches its own (a keystroke re-reads
 * only the paragraph it changed: the patterns cost a few milliseconds over a long report); emptied
 * with the typo check's caches.
 */
const paragraphCache = new Map<string, readonly ConfusableHit[]>();
const NO_HITS: readonly ConfusableHit[] = [];
onTypoCacheClear(() => paragraphCache.clear());

export function findConfusables(text: string): readonly ConfusableHit[] {
  const cached = paragraphCache.get(text);
  if (cached) return cached;
  const out = scan(text);
  if (paragraphCache.size > 50000) paragraphCache.clear();
  paragraphCache.set(text, out.length ? out : NO_HITS);
  return out;
}

/**
 * The patterns' keys by their first two code units: a paragraph is read once for all of them (a
 * `includes` per pattern read it fifty times; a lookahead alternation of the keys, stepped one
 * code unit at a time, still tried every key at every position), and only the patterns whose key
 * it holds run.
 */
interface PatternIndex {
  patterns: readonly Confusable[];
  /** 1 for a code unit that is a key of one character itself. */
  singleKeys: Uint8Array;
  /** The keys of two characters or more. */
  starts: KeyStarts;
  /** Each key's patterns, by their place in `patterns`: a paragraph runs only its keys' patterns, in that order. */
  patternsByKey: Map<string, number[]>;
}
let patternIndex: PatternIndex | undefined;

function patternIndexOf(): PatternIndex {
  if (patternIndex) return patternIndex;
  // (A source that fails leaves the patterns out, never the check: data from an older build.)
  let patterns: Confusable[] = [];
  try {
    patterns = (patternSource?.() ?? []).map(({ key, source, flags, replacement, slip }) => ({ key, re: new RegExp(source, flags), replacement, ...(slip ? { slip } : {}) }));
  } catch (e) {
    console.error('[report-drafter] context patterns not read:', e);
  }
  const keys = [...new Set(patterns.map((c) => c.key))];
  const singleKeys = new Uint8Array(0x10000);
  for (const key of keys) if (key.length === 1) singleKeys[key.charCodeAt(0)] = 1;
  const patternsByKey = new Map<string, number[]>();
  patterns.forEach((c, i) => {
    const list = patternsByKey.get(c.key);
    if (list) list.push(i);
    else patternsByKey.set(c.key, [i]);
  });
  return (patternIndex = { patterns, singleKeys, starts: indexKeyStarts(keys.filter((k) => k.length > 1)), patternsByKey });
}

function scan(text: string): ConfusableHit[] {
  const out: ConfusableHit[] = [];
  const { patterns: confusables, singleKeys, starts, patternsByKey } = patternIndexOf();
  const present = new Set<string>();
  // (Keys that overlap in the text are all seen: every position is tried. A key of two
  // characters is found by the lookup alone.)
  for (let i = 0; i < text.length; i++) {
    if (singleKeys[text.charCodeAt(i)] === 1) present.add(text[i]);
    const keys = keysStartingAt(starts, text, i);
    if (keys) for (const key of keys) if (key.length === 2 || text.startsWith(key, i)) present.add(key);
  }
  // (The patterns of the keys present, in the list's order: asking each of the list's patterns
  // whether its key is present cost more than the patterns that run.)
  const patterns: number[] = [];
  for (const key of present) patterns.push(...patternsByKey.get(key)!);
  if (patterns.length > 1) patterns.sort((x, y) => x - y);
  for (const i of patterns) {
    const c = confusables[i];
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(text))) {
      // (Group 1, or the first group that took part when the pattern has alternatives.)
      const word = m.slice(1).find((g) => g !== undefined) ?? m[0];
      const at = m.index + m[0].indexOf(word);
      out.push({ index: at, length: word.length, found: word, replacement: c.replacement, ...(c.slip ? { slip: c.slip } : {}) });
    }
  }
  // Words typed twice, three characters or more (进一步进一步加强: a copy pasted twice, a line
  // retyped). Official prose repeats only shorter units on purpose (一个一个, 走着走着, 研究研究);
  // none of 1 million characters of official text, the corpus and ODW repeats three characters
  // or more. Not a unit that repeats itself (哈哈哈哈哈哈).
  // (One pass: where a character was last seen, three to twelve characters back, the stretch
  // since then may be typed again from here; a regular expression with a back-reference tried
  // every length at every position, at several times the cost.)
  if (repeatEpoch > 1 << 30) {
    lastSeen.fill(0);
    repeatEpoch = 0;
  }
  const base = (repeatEpoch += text.length + 16);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHanCode(c)) continue;
    const seen = lastSeen[c] - base;
    lastSeen[c] = base + i;
    const d = i - seen;
    if (seen < 0 || d < 3 || d > 12 || i + d > text.length) continue;
    let same = true;
    for (let k = 1; k < d && same; k++) {
      const x = text.charCodeAt(seen + k);
      same = x === text.charCodeAt(i + k) && isHanCode(x);
    }
    const unit = same ? text.slice(seen, i) : '';
    if (!unit || PERIODIC.test(unit) || MEMBER_OF_COMMITTEE.test(unit)) continue;
    out.push({ index: seen, length: 2 * d, found: unit + unit, replacement: unit, slip: 'repeat' });
    // (The copy is not read again: a third copy is a second finding.)
    for (let k = i + 1; k < i + d; k++) lastSeen[text.charCodeAt(k)] = 0;
    i += d - 1;
  }
  if (text.includes('的')) {
    for (const { re, before, marker } of DE_SLIPS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const word = before.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[0] ?? '';
        out.push({ index: m.index - word.length, length: word.length + 1, found: `${word}的`, replacement: `${word}${marker}` });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
