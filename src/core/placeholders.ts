import type { MarkdownFacts, SpanSet } from './markdown';
import type { LineIndex } from './lines';
import type { MaskedContent, Placeholder, PlaceholderKind, Span } from './types';
import { partitionPoint } from './partition';
import { HALF_TO_FULL } from './marks';
import { COMMON_SURNAMES } from './surnames';

/** Characters that follow a number: measure words, units, 余 (“more than”). */
export const NUMBER_FOLLOWERS: ReadonlySet<string> = new Set(
  '次项个名人场期家余件条篇%％倍届批户位元万亿千百岁天周吨亩台辆套份封起宗例所座支队笔张本部门多'.split(''),
);
const NUMBER_PRECEDERS = new Set('第约共近达超计逾增降至余'.split(''));
const DATE_FOLLOWERS = new Set('年月日号时'.split(''));
const NAME_FOLLOWERS = [
  '书记', '单位', '党委', '党组', '公司', '同志', '精神', '省', '市', '县', '区', '局', '厅', '部', '处', '科', '室', '院',
  '校', '所', '监狱', '集团', '企业', '支部', '银行', '项目', '工程', '印发', '》', '主任', '总经理', '委员会', '中心',
];
/** Words that follow a masked name and never open deliberate bold text. */
const MASKED_NAME_TAILS = ['书记', '单位', '党委', '党组', '公司', '同志', '精神', '监狱', '支部', '主任', '总经理', '委员会'];
const PAUSE_END = new Set('，、；（“《(['.split(''));
const PUNCTUATION_START = new Set('，。、；：！？,.;:!?）》”’'.split(''));

const INSTRUCTION_WORDS = /待填|待定|待补|填写|此处|请|具体|输入|补充|[Xx×]{2}|某某/;

const PATTERN = new RegExp(
  [
    '(?<stars>(?:\\\\\\*|[*＊])+)',
    '(?<date>[XxＸｘ×0-9０-９]{1,4}年[XxＸｘ×0-9０-９]{1,2}月(?:[XxＸｘ×0-9０-９]{1,2}[日号])?)',
    '(?<x>(?<![A-Za-z])(?:(?:19|20|２０)[XxＸｘ]{2}|[XxＸｘ×]{2,}|[XxＸｘ](?=[年月日号时点分万千百亿个项名人次件台家]))(?![A-Za-z]))',
    '(?<mou>某{2,})',
    '(?<box>[□☐]+)',
    '(?<underline>_{3,}|＿{2,})',
    '(?<field>\\{\\{[^{}]*\\}\\}|\\$\\{[^{}]*\\}|\\{[\\p{L}\\p{N}_.\\-]{1,30}\\})',
    '(?<bracket>[\\[［][^\\[\\]［］]{1,30}[\\]］])',
    // (〔〕 and 〖〗 too: 〔具体数字〕 is a blank as 【具体数字】 is; 〔2024〕 of a document number has no
    // instruction word in it.)
    '(?<lenticular>【[^【】]{1,30}】|〔[^〔〕]{1,30}〕|〖[^〖〗]{1,30}〗)',
    '(?<instruction>[（(](?:此处|请填|请输入|请补充|请根据|请在此|待填|待补|待定|填写|插入|根据实际|自行)[^（）()]{0,40}[）)])',
  ].join('|'),
  'gu',
);

const HAS_X = /[XxＸｘ×]/;
const HAS_CJK = /[\u4e00-\u9fff]/;

export interface PlaceholderScanInput {
  text: string;
  index: LineIndex;
  markdown: MarkdownFacts | null;
  excluded: SpanSet;
  markupStars: Set<number>;
  customPatterns: RegExp[];
}

export function findPlaceholders(input: PlaceholderScanInput): Placeholder[] {
  const { text, index, markdown, excluded, markupStars } = input;
  const out: Placeholder[] = [];
  const markup = markdown?.markupSpans ?? [];
  let markupCursor = 0;
  const isListOrRule = (span: Span): boolean => {
    while (markupCursor < markup.length && markup[markupCursor].end <= span.start) markupCursor++;
    const m = markup[markupCursor];
    return m !== undefined && m.start < span.end;
  };

  for (const line of index.lines) {
    if (line.start === line.end) continue;
    const s = line.text;
    // The line's URLs and code spans, found once when a `*` or `XX` first asks.
    let urls: UrlOrCode[] | null = null;
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(s))) {
      const g = m.groups!;
      const start = line.start + m.index;
      const span = { start, end: start + m[0].length };
      if (!excluded.isEmpty && excluded.overlaps(span)) continue;
      if ((g.stars !== undefined || g.x !== undefined) && isEnglishOrCode(s, m.index, m[0].length, !!markdown, (urls ??= urlsAndCode(s)))) continue;
      let kind: PlaceholderKind;
      if (g.stars !== undefined) {
        if (markdown) {
          if (isListOrRule(span)) continue;
          if (isMarkupRun(text, span, markupStars)) continue;
        } else if (isPlainBullet(s, m.index, m[0].length)) continue;
        if (!markdown && /^[*＊]{3,}$/.test(s.trim())) continue; // a plain-text separator line
        if (g.stars.includes('\\') && !markdown) continue;
        kind = 'mask';
      } else if (g.date !== undefined) {
        if (!HAS_X.test(g.date)) continue;
        kind = 'letter-x';
      } else if (g.x !== undefined) kind = 'letter-x';
      else if (g.mou !== undefined) {
        // A surname before 某某 (刘某某, 张某某) is a name withheld on purpose, as case reports,
        // petitions and discipline reports write a party's name: no blank to fill.
        if (g.mou.length === 2 && m.index > 0 && COMMON_SURNAMES.has(s[m.index - 1])) continue;
        kind = 'mou';
      }
      else if (g.box !== undefined) kind = 'box';
      else if (g.underline !== undefined) {
        if (markdown && isListOrRule(span)) continue;
        kind = 'underline';
      } else if (g.field !== undefined) kind = 'template-field';
      else if (g.bracket !== undefined) {
        const inner = g.bracket.slice(1, -1);
        if (!HAS_CJK.test(inner) || inner.trim().length < 2 || /^[注图表附]/.test(inner)) continue;
        // `[…]` that Markdown reads as a link is a link; `［…］` never is.
        if (markdown && isLinkLabel(markdown.linkLabels, span)) continue;
        kind = 'bracket-blank';
      } else if (g.lenticular !== undefined) {
        if (!INSTRUCTION_WORDS.test(g.lenticular)) continue;
        kind = 'instruction';
      } else kind = 'instruction';
      out.push({ kind, span, text: m[0], masks: judgeMask(text, span, kind) });
    }
    for (const custom of input.customPatterns) {
      custom.lastIndex = 0;
      let c: RegExpExecArray | null;
      while ((c = custom.exec(s))) {
        if (c[0].length === 0) {
          custom.lastIndex++;
          continue;
        }
        const start = line.start + c.index;
        const span = { start, end: start + c[0].length };
        if (!excluded.isEmpty && excluded.overlaps(span)) continue;
        if (out.some((p) => p.span.start < span.end && span.start < p.span.end)) continue;
        out.push({ kind: 'custom', span, text: c[0], masks: 'unknown' });
      }
    }
  }
  if (input.customPatterns.length) out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

function isLinkLabel(labels: Span[], span: Span): boolean {
  const lo = partitionPoint(labels, (l) => l.start < span.start);
  return lo < labels.length && labels[lo].start === span.start;
}

const CHINESE_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const HAN_CHAR = /\p{Script=Han}/u;
// Spaces, digits, ASCII punctuation, curly quotes and the full-width forms of , ; : ? ! ( ) (a quote
// or a mark says nothing of the language, and one a fix turns curly or full-width must not change
// what a `*` beside it is).
const NEUTRAL = /[\s!-@\[-`{-~\u2018\u2019\u201c\u201d，；：？！（）]/;
// (An address ends at " < > as in prose.ts: a quote turned curly by a fix must not end it elsewhere.)
const URL_OR_CODE = /\b(?:https?|ftp):\/\/[!#-;=?-~]+|\bwww\.[!#-;=?-~]+|`[^`]+`/g;
/** How far around a `*`/`XX` the line must be free of Chinese for it to be English text. */
const ENGLISH_WINDOW = 12;

interface UrlOrCode {
  start: number;
  end: number;
  /** A backtick code span (not a URL). */
  code: boolean;
}

/**
 * The URLs and backtick code spans of a line, once per line: looking them up again from the
 * line's start for every `*` took time in the square of the line's length (`'中*'.repeat(50000)`).
 */
function urlsAndCode(line: string): UrlOrCode[] {
  const out: UrlOrCode[] = [];
  URL_OR_CODE.lastIndex = 0;
  for (let u: RegExpExecArray | null; (u = URL_OR_CODE.exec(line)); ) out.push({ start: u.index, end: u.index + u[0].length, code: u[0][0] === '`' });
  return out;
}

/**
 * A `*` or `XX` in English text (`Multiply 3 * 4`, `Delete *.log files`, `The
 * XX field`), in a URL or in a backtick code span is no placeholder: masks and
 * blanks sit in Chinese text. English text: past spaces, digits and ASCII
 * punctuation, a Latin letter is the nearest character on one side and
 * nothing Chinese on the other, with no Chinese character close by
 * (`***TB的容量` stays a mask).
 */
function isEnglishOrCode(line: string, at: number, length: number, markdown: boolean, urls: UrlOrCode[]): boolean {
  // Markdown's code spans and autolinks are excluded by the parser already; bare URLs are not.
  // The first URL or code span that ends after `at` (they are in order and do not overlap).
  for (let i = partitionPoint(urls, (u) => u.end <= at); i < urls.length && urls[i].start < at + length; i++) {
    if (!(markdown && urls[i].code)) return true;
  }
  let before = at - 1;
  while (before >= 0 && NEUTRAL.test(line[before])) before--;
  let after = at + length;
  while (after < line.length && NEUTRAL.test(line[after])) after++;
  const prev = line[before] ?? '';
  const next = line[after] ?? '';
  if (CHINESE_CONTEXT.test(prev) || CHINESE_CONTEXT.test(next)) return false;
  if (!/[A-Za-z]/.test(prev + next)) return false;
  return !HAN_CHAR.test(line.slice(Math.max(0, at - ENGLISH_WINDOW), at + length + ENGLISH_WINDOW));
}

function isPlainBullet(line: string, at: number, length: number): boolean {
  if (length !== 1) return false;
  const next = line[at + 1];
  return /^[ \t\u3000]*$/.test(line.slice(0, at)) && (next === ' ' || next === '\t');
}

/** A Markdown `*` run is markup only when every star in it is a deliberate emphasis delimiter. */
function isMarkupRun(text: string, span: Span, markupStars: Set<number>): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === '\\') return false;
    if (!markupStars.has(i)) return false;
  }
  return true;
}

function starRunAround(text: string, offset: number): Span {
  let start = offset;
  let end = offset;
  while (start > 0 && text[start - 1] === '*') start--;
  while (end < text.length && text[end] === '*') end++;
  return { start, end };
}

/**
 * Decides which `*` emphasis delimiters remark found are deliberate Markdown.
 * Masked reports put `*` where digits or names were, and CommonMark pairs two
 * such masks into emphasis (`党委会**次，研究相关议题***项`). A pair counts as
 * deliberate emphasis only when:
 *  - it is `**strong**` (Chinese typesetting has no italics: a single `*` pair
 *    around Chinese text is read as two masks; use `_…_` for italics);
 *  - both delimiter runs are used up by emphasis, with no stray `*` left over;
 *  - the emphasised text starts with neither punctuation nor a measure word
 *    (`**次，…` is a mask followed by its unit, not bold text) or a word that
 *    follows a masked name (`**单位…`, `**精神…`);
 *  - it is not followed by a date unit, `%` or a digit (`**…**年`);
 *  - it does not end with a pause mark (`、` `，`), does not run across a
 *    sentence end (`。` or `；` before its last character), and stays on one
 *    line (a report has one paragraph per line, so `**` pairing across lines
 *    joins two masks).
 */
export function deliberateEmphasisStars(text: string, facts: MarkdownFacts): Set<number> {
  const candidates = facts.emphasis.filter((e) => {
    if (text[e.open.start] !== '*') return false;
    // Half-width marks are judged as the full-width ones punctuation-halfwidth turns them into,
    // so that fixing a mark never changes which stars are bold.
    const content = text.slice(e.content.start, e.content.end).replace(/[,;:?!()]/g, (c) => HALF_TO_FULL[c]);
    if (!e.strong && HAS_CJK.test(content)) return false;
    const first = content[0];
    if (first === undefined || PUNCTUATION_START.has(first) || NUMBER_FOLLOWERS.has(first)) return false;
    if (PAUSE_END.has(content[content.length - 1]) || /[\r\n]/.test(content)) return false;
    if (/[。；！？]/.test(content.slice(0, -1)) || MASKED_NAME_TAILS.some((w) => content.startsWith(w))) return false;
    // `**省公布**年**月`: a closing run right before a date unit or a number is a mask.
    if (/^[年月日号%％余0-9０-９]/.test(text.slice(e.close.end, e.close.end + 1))) return false;
    return true;
  });
  // A pair stays deliberate only while every star of both its runs is a
  // delimiter of a deliberate pair; dropping one pair can undo another that
  // shares its runs (`***年**`), so repeat until nothing changes.
  let kept = candidates;
  for (;;) {
    const delimiters = new Set<number>();
    for (const e of kept) {
      for (let i = e.open.start; i < e.open.end; i++) delimiters.add(i);
      for (let i = e.close.start; i < e.close.end; i++) delimiters.add(i);
    }
    const next = kept.filter((e) =>
      [starRunAround(text, e.open.start), starRunAround(text, e.close.start)].every((r) => {
        if (r.end - r.start > 3) return false; // `****` is no Markdown anyone writes on purpose
        for (let i = r.start; i < r.end; i++) if (!delimiters.has(i)) return false;
        return true;
      }),
    );
    if (next.length === kept.length) {
      return delimiters;
    }
    kept = next;
  }
}

function judgeMask(text: string, span: Span, kind: PlaceholderKind): MaskedContent {
  if (kind !== 'mask' && kind !== 'letter-x' && kind !== 'mou') return 'unknown';
  if (kind === 'letter-x' && /[年月日]/.test(text.slice(span.start, span.end))) return 'date';
  const next = text[span.end] ?? '';
  const prev = text[span.start - 1] ?? '';
  if (kind !== 'mou') {
    if (DATE_FOLLOWERS.has(next)) return 'date';
    // A Latin letter after a mask is a unit (***TB, **km).
    if (/[0-9０-９A-Za-z]/.test(next) || /[0-9０-９]/.test(prev) || NUMBER_FOLLOWERS.has(next) || NUMBER_PRECEDERS.has(prev)) {
      return 'number';
    }
  }
  const after = text.slice(span.end, span.end + 3);
  if (NAME_FOLLOWERS.some((w) => after.startsWith(w)) || prev === '《') return 'name';
  return kind === 'mou' ? 'name' : 'unknown';
}
