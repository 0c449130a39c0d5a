/**
 * Whether a document is a Chinese report, the kind of text the rules are
 * written for. English notes, READMEs and code comments share `.md` and `.txt`
 * with reports, and the rules cry wolf on them (`Multiply 3 * 4` is no mask),
 * so the extension (and later the CLI) checks a Markdown or plain-text file
 * only when it reads as Chinese prose. Pure and linear in the sampled text.
 */

/** `auto` decides from the text; `always` and `never` force it. */
export type ReportnessMode = 'auto' | 'always' | 'never';

export const REPORTNESS_MODES: readonly ReportnessMode[] = ['auto', 'always', 'never'];

export function isReportnessMode(value: unknown): value is ReportnessMode {
  return typeof value === 'string' && (REPORTNESS_MODES as readonly string[]).includes(value);
}

export type ReportnessReason =
  | 'forced-on'
  | 'forced-off'
  | 'report-file'
  | 'chinese-prose'
  | 'report-structure'
  | 'not-chinese';

export interface ReportnessDecision {
  isReport: boolean;
  reason: ReportnessReason;
  /** Chinese characters among Chinese characters and Latin words of the prose (0–1). */
  chineseShare: number;
  /** Lines that open with a GB/T 9704 heading marker (一、 （一） 第一部分) and Chinese text. */
  headings: number;
}

export interface ReportnessOptions {
  mode?: ReportnessMode;
  /** `markdown` skips fenced code; anything else reads the text as it is. */
  format?: 'markdown' | 'plaintext';
  /** A `.report` file (or the `report` language) is always a report. */
  reportFile?: boolean;
}

/**
 * Prose with at least this share of Chinese is a report. Measured with
 * `chineseShare` below: the 6 corpus reports and the 43 official texts read
 * 0.99 or more; this project's English README, which quotes many Chinese
 * examples, reads 0.20, the corpus's English README 0.13, English notes 0. A bilingual document lies in between: it is
 * checked when Chinese is the larger part.
 */
export const CHINESE_SHARE = 0.5;
/** A lower share still counts when the text has report headings, e.g. a report full of English product names. */
export const CHINESE_SHARE_WITH_HEADINGS = 0.25;
export const MIN_HEADINGS = 2;
/** Only the start of a long document is read: its opening decides, and the decision stays cheap per keystroke. */
export const SAMPLE_CHARS = 65536;

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]+/g;
const HEADING = /^[ \t\u3000]*(?:#{1,6}[ \t]+)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)[ \t\u3000]*\p{Script=Han}/u;
const URL = /\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|\bwww\.[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+/g;
const CODE_SPAN = /`+[^`\n]*`+/g;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Counts Chinese characters and Latin words in the prose of `text` (code and URLs left out). */
export function measureProse(text: string, format: ReportnessOptions['format'] = 'plaintext'): { han: number; latinWords: number; headings: number } {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let han = 0;
  let latinWords = 0;
  let headings = 0;
  let fence: string | null = null;
  for (const rawLine of sample.split(/\r\n|\r|\n/)) {
    if (format === 'markdown') {
      const f = FENCE.exec(rawLine);
      if (fence !== null) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
        continue;
      }
      if (f) {
        fence = f[1];
        continue;
      }
    }
    const line = rawLine.replace(CODE_SPAN, ' ').replace(URL, ' ');
    if (HEADING.test(line)) headings++;
    // (By code unit first: the two big blocks of ideographs are Han throughout, and a regular
    // expression per character cost a second over a batch of 900 reports. Other characters above
    // U+2E7F, astral ones included, go to the expression.)
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c < 0x2e80) continue;
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (HAN.test(line.slice(i, i + 2))) han++;
        i++;
      } else if (HAN.test(line[i])) han++;
    }
    LATIN_WORD.lastIndex = 0;
    while (LATIN_WORD.exec(line)) latinWords++;
  }
  return { han, latinWords, headings };
}

/** Share of Chinese in prose: each Chinese character and each Latin word counts once. */
export function chineseShare(han: number, latinWords: number): number {
  return han + latinWords === 0 ? 0 : han / (han + latinWords);
}

/** Decides whether `text` is a report to check. */
export function judgeReportness(text: string, options: ReportnessOptions = {}): ReportnessDecision {
  const mode = options.mode ?? 'auto';
  if (mode === 'always' || mode === 'never') {
    return { isReport: mode === 'always', reason: mode === 'always' ? 'forced-on' : 'forced-off', chineseShare: NaN, headings: NaN };
  }
  if (options.reportFile) return { isReport: true, reason: 'report-file', chineseShare: NaN, headings: NaN };
  const { han, latinWords, headings } = measureProse(text, options.format);
  const share = chineseShare(han, latinWords);
  if (share >= CHINESE_SHARE) return { isReport: true, reason: 'chinese-prose', chineseShare: share, headings };
  if (share >= CHINESE_SHARE_WITH_HEADINGS && headings >= MIN_HEADINGS) {
    return { isReport: true, reason: 'report-structure', chineseShare: share, headings };
  }
  return { isReport: false, reason: 'not-chinese', chineseShare: share, headings };
}
