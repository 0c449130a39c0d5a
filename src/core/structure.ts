import type { MarkdownFacts } from './markdown';
import type { SpanSet } from './markdown';
import type { LineIndex } from './lines';
import { parseArabic, parseChineseNumeral, toChineseNumeral } from './numerals';
import type {
  EnumerationFamily,
  Line,
  NumeralKind,
  MarkdownHeadingNode,
  OutlineNode,
  PointNode,
  SectionLevel,
  SectionNode,
  Span,
} from './types';
import type { TextStats } from './stats';
import { planNumbering, type NumberingPlan } from './numbering-plan';

/** A point whose ordinal does not follow its run. */
export interface EnumerationIssue {
  point: PointNode;
  /** The marker that should stand here, e.g. `二是`. */
  expected: string;
}

export interface Structure {
  roots: OutlineNode[];
  /** Every node in document order. */
  nodes: OutlineNode[];
  enumerationIssues: EnumerationIssue[];
  /** Lines that start a new group of sections without a number (e.g. 能源新政专题 before a fresh 一、). */
  groupBreaks: Set<number>;
  /** The numbering scheme the document means, and its root-cause findings. */
  numbering: NumberingPlan;
}

const CN = '〇零一二三四五六七八九十百';
// Level 0: 第一部分 / 第二篇 / 第三章.
const PART = new RegExp(`^第([${CN}]{1,4})(部分|篇|章)[ \\t\\u3000]*`);
// Level 2 (（一）) and level 4 (（1）), with ASCII or full-width brackets.
const BRACKETED = new RegExp(`^([（(])([${CN}]{1,4}|[0-9０-９]{1,2})([）)])([、.．，,]?)`);
// Level 1 (一、) and level 3 (1.), and their common misspellings.
const BARE_CN = new RegExp(`^([${CN}]{1,4})([、.．，,）)])`);
const BARE_ARABIC = /^([0-9０-９]{1,2})([.．、，,）)])(?![0-9０-９])/;
const RUN_IN_END = /[。！？!?]/;

const ENUMERATION = new RegExp(
  `([${CN}]{1,3})是|第([${CN}]{1,3})(?=[，、,：:])|(首先|其次|再次|最后)(?=[，、,：:])`,
  'g',
);
const SENTENCE_START = /[。；;！？!?：:\s\u3000]/;
const COMMA = /[，,]/;
const SEQUENCE_ORDINAL: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

interface ParsedHeading {
  level: SectionLevel;
  numeral: 'chinese' | 'arabic';
  ordinal: number;
  marker: Span;
  numeralSpan: Span;
  badPunctuation: SectionNode['badPunctuation'];
  bodyStart: number;
}

/** `1.7月…`, `2.5倍…`: an item marker `N.` whose text begins with a digit (see parseStructure). */
const DECIMAL_START = /^([0-9０-９]{1,2})([.．])(?=[0-9０-９])/;

/** The item `N.` at `at` if the line begins like a decimal number (1.7月), or null; whether it is one, its neighbours decide. */
function decimalStartItem(text: string, at: number, lineEnd: number): ParsedHeading | null {
  const m = DECIMAL_START.exec(text.slice(at, Math.min(lineEnd, at + 4)));
  if (!m) return null;
  const ordinal = parseArabic(m[1]);
  if (ordinal === null || ordinal === 0) return null;
  const whole = m[0];
  return {
    level: 3,
    numeral: 'arabic',
    ordinal,
    marker: { start: at, end: at + whole.length },
    numeralSpan: { start: at, end: at + m[1].length },
    badPunctuation: null,
    bodyStart: at + whole.length,
  };
}

/** Whether the last numbered heading so far is at `level` in `numeral` with `ordinal`. */
function lastSectionIs(nodes: readonly OutlineNode[], level: SectionLevel, numeral: NumeralKind, ordinal: number): boolean {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n.kind === 'point') continue;
    return n.kind === 'section' && n.level === level && n.numeral === numeral && n.ordinal === ordinal;
  }
  return false;
}

/** How many lines ahead nextHeadingIs looks: bounded, so that a file of such lines stays linear. */
const LOOKAHEAD_LINES = 40;

/** Whether the next numbered heading after line `from`, within LOOKAHEAD_LINES lines, is at `level` in `numeral` with `ordinal`. */
function nextHeadingIs(text: string, index: LineIndex, from: number, level: SectionLevel, numeral: NumeralKind, ordinal: number, markdown: boolean): boolean {
  const lines = index.lines;
  for (let k = from + 1; k < lines.length && k <= from + LOOKAHEAD_LINES; k++) {
    const line = lines[k];
    let at = skipSpaces(text, line.start, line.end);
    if (at === line.end) continue;
    if (markdown) at = skipMarkdownPrefix(text, at, line.end);
    const h = parseHeadingAt(text, at, line.end);
    if (h) return h.level === level && h.numeral === numeral && h.ordinal === ordinal;
  }
  return false;
}

/** Recognises a numbered heading at `at` (an offset in `text`), or returns null. */
export function parseHeadingAt(text: string, at: number, lineEnd: number): ParsedHeading | null {
  const rest = text.slice(at, Math.min(lineEnd, at + 16));
  let m = PART.exec(rest);
  if (m) {
    const ordinal = parseChineseNumeral(m[1]);
    if (ordinal === null || ordinal > 99) return null;
    const markerLen = 1 + m[1].length + m[2].length;
    return {
      level: 0,
      numeral: 'chinese',
      ordinal,
      marker: { start: at, end: at + markerLen },
      numeralSpan: { start: at + 1, end: at + 1 + m[1].length },
      badPunctuation: null,
      bodyStart: at + m[0].length,
    };
  }
  m = BRACKETED.exec(rest);
  if (m) {
    const [, open, digits, close, trailing] = m;
    const chinese = !/[0-9０-９]/.test(digits);
    const ordinal = chinese ? parseChineseNumeral(digits) : parseArabic(digits);
    if (ordinal === null || ordinal > 99) return null;
    const expected = `（${digits}）`;
    const markerText = open + digits + close + trailing;
    const bad = open !== '（' || close !== '）' || trailing !== '';
    return {
      level: chinese ? 2 : 4,
      numeral: chinese ? 'chinese' : 'arabic',
      ordinal,
      marker: { start: at, end: at + markerText.length },
      numeralSpan: { start: at + 1, end: at + 1 + digits.length },
      badPunctuation: bad ? { text: markerText, span: { start: at, end: at + markerText.length }, expected } : null,
      bodyStart: skipSpaces(text, at + markerText.length, lineEnd),
    };
  }
  const cn = BARE_CN.exec(rest);
  const ar = cn ? null : BARE_ARABIC.exec(rest);
  m = cn ?? ar;
  if (m) {
    const [whole, digits, punct] = m;
    const chinese = cn !== null;
    const ordinal = chinese ? parseChineseNumeral(digits) : parseArabic(digits);
    if (ordinal === null) return null;
    if (!chinese && ordinal === 0) return null;
    // 百、 or 一百， opens a sentence, not a 100th heading (and 百 has no successor a fix could write).
    if (ordinal > 99) return null;
    const closesBracket = punct === '）' || punct === ')';
    // `一）` and `1）` are bracketed ordinals missing their opening bracket.
    const level: SectionLevel = chinese ? (closesBracket ? 2 : 1) : closesBracket ? 4 : 3;
    const good = chinese ? '、' : '.';
    let expected: string | null = null;
    if (closesBracket) expected = `（${digits}）`;
    else if (chinese && punct !== '、') expected = digits + good;
    else if (!chinese && punct !== '.' && punct !== '．') expected = digits + good;
    return {
      level,
      numeral: chinese ? 'chinese' : 'arabic',
      ordinal,
      marker: { start: at, end: at + whole.length },
      numeralSpan: { start: at, end: at + digits.length },
      badPunctuation: expected ? { text: whole, span: { start: at, end: at + whole.length }, expected } : null,
      bodyStart: skipSpaces(text, at + whole.length, lineEnd),
    };
  }
  return null;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000) break;
    i++;
  }
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c !== 32 && c !== 9 && c !== 0x3000) break;
    end--;
  }
  return end;
}

/** Rank in the outline: smaller ranks contain larger ones. Sections sit at the level they were meant at. */
function rankOf(node: OutlineNode, plan: NumberingPlan): number {
  if (node.kind === 'markdown') return node.level;
  if (node.kind === 'section') return plan.rank.get(node) ?? 10 + node.level;
  return 100;
}

export interface StructureInput {
  text: string;
  index: LineIndex;
  markdown: MarkdownFacts | null;
  excluded: SpanSet;
  /** Offsets of Markdown emphasis delimiters judged to be markup. */
  isMarkupStar: (offset: number) => boolean;
  stats: TextStats;
  /**
   * Headings the source document marks without a numbering marker in the text
   * (a Word heading style or outline level): line → depth 1–9. A line whose text
   * carries its own marker is read from the marker.
   */
  headingHints?: ReadonlyMap<number, number>;
  /** Lines read as prose only, never as headings or enumeration points (table cells, text boxes). */
  notStructure?: ReadonlySet<number>;
}

export function parseStructure(input: StructureInput): Structure {
  const { text, index, markdown, excluded } = input;
  const nodes: OutlineNode[] = [];
  const mdHeadingByLine = new Map<number, { depth: number; contentStart: number; end: number }>();
  // Later lines of a multi-line (setext) heading are part of its title, never headings of their own:
  // `主要做法如下，\n2. 完善制度。\n---` is one heading, and must stay so whatever `2.` becomes.
  const headingContinuation = new Set<number>();
  if (markdown) {
    for (const h of markdown.headings) {
      const line = index.lineAt(h.span.start);
      mdHeadingByLine.set(line.index, { depth: h.depth, contentStart: h.contentStart, end: h.span.end });
      if (h.span.end > line.end) {
        const last = index.lineAt(Math.max(h.span.start, h.span.end - 1)).index;
        for (let k = line.index + 1; k <= last; k++) headingContinuation.add(k);
      }
    }
  }
  const enumeration = new EnumerationTracker(text);
  let paragraph = -1;
  let previousLineWasTitleLike = false;
  /** The ordinal a list opened inside the previous line (`附件：1.…`) would continue with, or 0. */
  let inlineListNext = 0;
  const groupBreaks = new Set<number>();
  // Heading lines right after a short untitled line: a `一、` there starts a new group, whatever ordinal
  // the line has now (the numbering plan re-checks its fixes with other ordinals).
  const afterTitle = new Set<number>();

  for (const line of index.lines) {
    let at = skipSpaces(text, line.start, line.end);
    if (at === line.end) continue; // blank lines do not break a run of paragraphs
    if (headingContinuation.has(line.index)) continue;
    if (input.notStructure?.has(line.index)) {
      previousLineWasTitleLike = false;
      continue;
    }
    if (excluded.contains(at) && !mdHeadingByLine.has(line.index)) {
      previousLineWasTitleLike = false;
      continue;
    }
    let lineEnd = line.end;
    const md = mdHeadingByLine.get(line.index);
    if (md) {
      at = md.contentStart;
      lineEnd = trimClosingHashes(text, at, Math.min(md.end, line.end));
    } else if (markdown) {
      at = skipMarkdownPrefix(text, at, line.end);
    }
    // `**（一）标题。**正文` — bold that wraps a heading is markup around it.
    let boldWrapped = false;
    if (markdown && text[at] === '*' && input.isMarkupStar(at)) {
      let j = at;
      while (j < lineEnd && text[j] === '*') j++;
      at = j;
      boldWrapped = true;
    }

    let heading = parseHeadingAt(text, at, lineEnd);
    // `1.7月，……` reads as the number 1.7 at first; between the items 2. 3. that follow it (or after
    // the item before it) it is item 1. whose text begins with a date or a quantity.
    if (!heading && !md) {
      const item = decimalStartItem(text, at, lineEnd);
      if (item && (lastSectionIs(nodes, 3, 'arabic', item.ordinal - 1) || nextHeadingIs(text, index, line.index, 3, 'arabic', item.ordinal + 1, markdown !== null))) heading = item;
    }
    // `附件：1.统计表` / `      2.人员名单`: the next items of a list that opened inside a line
    // (after a colon) are lines of that list, not headings.
    if (heading && !md && heading.numeral === 'arabic' && heading.level === 3 && heading.ordinal === inlineListNext) {
      heading = null;
      inlineListNext++;
    } else {
      inlineListNext = heading ? 0 : inlineListStart(text, at, lineEnd);
    }
    const hint = md || heading || markdown ? undefined : input.headingHints?.get(line.index);
    if (heading) {
      enumeration.resetForHeading();
      const node = makeSection(text, line, heading, lineEnd, md?.depth ?? null, boldWrapped);
      if (previousLineWasTitleLike) {
        afterTitle.add(line.index);
        if (heading.ordinal === 1) groupBreaks.add(line.index);
      }
      nodes.push(node);
      paragraph++;
      if (node.runIn) enumeration.scan(node.titleSpan.end, lineEnd, line, paragraph, nodes, true);
      previousLineWasTitleLike = false;
      continue;
    }
    if (md || hint) {
      enumeration.resetForHeading();
      const end = trimEnd(text, at, lineEnd);
      const depth = md ? md.depth : hint!;
      const node: MarkdownHeadingNode = {
        kind: 'markdown',
        level: depth,
        marker: md ? '#'.repeat(depth) : '',
        title: text.slice(at, end),
        line: line.index,
        span: { start: line.start, end },
        markerSpan: { start: line.start, end: at },
        titleSpan: { start: at, end },
        sectionSpan: { start: line.start, end: line.end },
        stats: { chineseChars: 0, chars: 0 },
        children: [],
      };
      nodes.push(node);
      previousLineWasTitleLike = false;
      continue;
    }
    paragraph++;
    enumeration.scan(at, lineEnd, line, paragraph, nodes, true);
    previousLineWasTitleLike = isTitleLike(text, at, lineEnd);
  }

  const numbering = planNumbering(nodes, afterTitle, text);
  const roots = buildTree(nodes, text, index, input.stats, numbering);
  return { roots, nodes, enumerationIssues: enumeration.issues, groupBreaks, numbering };
}

function trimClosingHashes(text: string, start: number, end: number): number {
  end = trimEnd(text, start, end);
  let j = end;
  while (j > start && text[j - 1] === '#') j--;
  if (j < end && (j === start || text[j - 1] === ' ' || text[j - 1] === '\t')) return trimEnd(text, start, j);
  return end;
}

/** Skips blockquote and bullet-list prefixes (`> `, `- `, `* `). */
function skipMarkdownPrefix(text: string, at: number, end: number): number {
  for (;;) {
    const c = text[at];
    if (c === '>') at = skipSpaces(text, at + 1, end);
    else if ((c === '-' || c === '+' || c === '*') && (text[at + 1] === ' ' || text[at + 1] === '\t')) {
      at = skipSpaces(text, at + 1, end);
    } else return at;
  }
}

const INLINE_LIST = /[：:][ \t\u3000]*([0-9０-９]{1,2})[.．、](?![0-9０-９])/;

/** After `附件：1.统计表`, the ordinal the list goes on with (2); 0 when the line opens no list. */
function inlineListStart(text: string, start: number, end: number): number {
  // Look within the line only (an unbounded indexOf would read on to the end of the text for every line).
  let colon = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) {
      colon = true;
      break;
    }
  }
  if (!colon) return 0;
  const m = INLINE_LIST.exec(text.slice(start, end));
  if (!m) return 0;
  const n = parseArabic(m[1]);
  return n === null ? 0 : n + 1;
}

/** A short line without closing punctuation, such as a group title (words, not just punctuation). */
function isTitleLike(text: string, start: number, end: number): boolean {
  end = trimEnd(text, start, end);
  if (end - start === 0 || end - start > 30) return false;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return false;
  return !/[。！？；，：,.;:!?]$/.test(text.slice(end - 1, end));
}

function makeSection(
  text: string,
  line: Line,
  h: ParsedHeading,
  lineEnd: number,
  markdownDepth: number | null,
  boldWrapped: boolean,
): SectionNode {
  const bodyStart = h.bodyStart;
  let titleEnd = trimEnd(text, bodyStart, lineEnd);
  let runIn = false;
  const slice = text.slice(bodyStart, titleEnd);
  const stop = RUN_IN_END.exec(slice);
  if (stop) {
    let after = bodyStart + stop.index + 1;
    if (boldWrapped) while (after < titleEnd && text[after] === '*') after++;
    if (after < titleEnd) {
      runIn = true;
      titleEnd = bodyStart + stop.index;
    } else {
      titleEnd = bodyStart + stop.index;
    }
  }
  if (boldWrapped) while (titleEnd > bodyStart && text[titleEnd - 1] === '*') titleEnd--;
  // A level-1 heading may end with a colon (一、总体要求：).
  while (titleEnd > bodyStart && /[：:]/.test(text[titleEnd - 1])) titleEnd--;
  return {
    kind: 'section',
    level: h.level,
    numeral: h.numeral,
    ordinal: h.ordinal,
    numeralSpan: h.numeralSpan,
    badPunctuation: h.badPunctuation,
    runIn,
    markdownDepth,
    marker: text.slice(h.marker.start, h.marker.end),
    title: text.slice(bodyStart, titleEnd),
    line: line.index,
    span: { start: h.marker.start, end: Math.max(titleEnd, h.marker.end) },
    markerSpan: h.marker,
    titleSpan: { start: bodyStart, end: Math.max(bodyStart, titleEnd) },
    sectionSpan: { start: line.start, end: line.end },
    stats: { chineseChars: 0, chars: 0 },
    children: [],
  };
}

function buildTree(nodes: OutlineNode[], text: string, index: LineIndex, stats: TextStats, plan: NumberingPlan): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const lastLine = index.lines[index.lines.length - 1];
  const close = (node: OutlineNode, end: number) => {
    if (node.kind !== 'point') node.sectionSpan.end = Math.max(node.sectionSpan.start, trimmedEnd(text, index, end));
    node.stats = stats.count(node.sectionSpan);
  };
  for (const node of nodes) {
    const rank = rankOf(node, plan);
    const start = node.kind === 'point' ? node.span.start : node.sectionSpan.start;
    while (stack.length && rankOf(stack[stack.length - 1], plan) >= rank) close(stack.pop()!, start);
    if (node.kind === 'point') node.stats = stats.count(node.sectionSpan);
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    if (node.kind !== 'point') stack.push(node);
  }
  while (stack.length) close(stack.pop()!, lastLine.end);
  return roots;
}

/** Moves an end offset back over trailing blank lines. */
function trimmedEnd(text: string, index: LineIndex, end: number): number {
  let line = index.lineAt(Math.max(0, end - 1));
  if (end === line.start && line.index > 0) line = index.lines[line.index - 1];
  while (line.index > 0 && line.text.trim() === '') line = index.lines[line.index - 1];
  return Math.min(end, line.end);
}

interface Run {
  id: number;
  family: EnumerationFamily;
  next: number;
  paragraph: number;
  /** Its first point opens a paragraph (第一、… as a paragraph heading). */
  paraStart: boolean;
  /** The run did not start at one: reported once a second point confirms it is a run. */
  pending: EnumerationIssue | null;
}

interface Found {
  at: number;
  marker: string;
  family: EnumerationFamily;
  ordinal: number;
  isLast: boolean;
  afterComma: boolean;
  paraStart: boolean;
}

/** Runs nest at most this deep (三是…：一是…); deeper ones replace the outermost, which keeps each point O(1). */
const MAX_RUN_NESTING = 8;
const FIRST_WORD = /(?:^|[。；;！？!?：:\s\u3000])首先/g;

/**
 * Finds 一是…二是…, 第一，…第二，… and 首先，…其次，… and follows their runs
 * through a paragraph and across consecutive paragraphs. A `一是` after an open
 * run starts a nested run (三是面临的困难：一是…), which is why runs form a stack;
 * a `一是` opening a paragraph starts afresh unless the paragraph before ends with a colon.
 *
 * Precision first: a run that does not start at one is reported only when a second point
 * confirms it (a lone `四是` may be a quotation); `其次` without `首先` is an ordinary word;
 * a `第二、` paragraph after headings nested in its `第一、` paragraph continues that run; a
 * `二是` after `首先要…` continues the count in another family.
 */
class EnumerationTracker {
  readonly issues: EnumerationIssue[] = [];
  private stacks: Record<EnumerationFamily, Run[]> = { shi: [], di: [], sequence: [] };
  /** Runs closed by a heading, kept so that a paragraph-level run interrupted by headings can go on. */
  private dormant: Record<EnumerationFamily, Run | null> = { shi: null, di: null, sequence: null };
  private runCount = 0;
  /** The last ordinal seen in any family (or a sentence opening with 首先), for mixed runs. */
  private lastOrdinal = { ordinal: 0, paragraph: -10 };
  private previousEndsWithColon = false;

  constructor(private readonly text: string) {}

  resetForHeading(): void {
    for (const family of ['shi', 'di', 'sequence'] as const) {
      const stack = this.stacks[family];
      if (stack.length) this.dormant[family] = stack[0];
      this.stacks[family] = [];
    }
    this.lastOrdinal = { ordinal: 0, paragraph: -10 };
    this.previousEndsWithColon = false;
  }

  scan(start: number, end: number, line: Line, paragraph: number, out: OutlineNode[], _body: boolean): void {
    const text = this.text;
    const slice = text.slice(start, end);
    const found: Found[] = [];
    ENUMERATION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ENUMERATION.exec(slice))) {
      const at = start + m.index;
      // Look back over commas and enumeration commas: `：、四是` reads as `：四是`, so removing the
      // doubled mark does not turn a non-point into a point.
      let b = m.index - 1;
      let skipped = 0;
      while (b >= 0 && (slice[b] === '、' || COMMA.test(slice[b]))) {
        b--;
        skipped++;
      }
      const atStart = b < 0 || SENTENCE_START.test(slice[b]);
      const afterComma = !atStart && skipped > 0;
      if (!atStart && !afterComma) continue;
      let family: EnumerationFamily;
      let ordinal: number | null;
      let isLast = false;
      if (m[1] !== undefined) {
        family = 'shi';
        ordinal = parseChineseNumeral(m[1]);
      } else if (m[2] !== undefined) {
        family = 'di';
        ordinal = parseChineseNumeral(m[2]);
      } else {
        family = 'sequence';
        ordinal = SEQUENCE_ORDINAL[m[3]];
        isLast = m[3] === '最后';
      }
      if (ordinal === null) continue;
      found.push({ at, marker: m[0], family, ordinal, isLast, afterComma, paraStart: b < 0 });
    }
    const endsWithColon = endsWithColonAt(text, start, end);
    if (!found.length) {
      this.previousEndsWithColon = endsWithColon;
      return;
    }
    // What follows each point in the paragraph, computed once from the end (linear, not a scan per point).
    const twoFollows = { shi: false, di: false, sequence: false };
    const laterTwo: boolean[] = new Array(found.length);
    const laterSequence: boolean[] = new Array(found.length);
    let sequenceFollows = false;
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k];
      laterTwo[k] = twoFollows[f.family];
      laterSequence[k] = sequenceFollows;
      if (f.ordinal === 2) twoFollows[f.family] = true;
      if (f.family === 'sequence') sequenceFollows = true;
    }
    // Sentences opening with 首先 (首先要…, 首先是…) count one for a mixed run (首先要…。二是…).
    const firsts: number[] = [];
    if (slice.includes('首先')) {
      FIRST_WORD.lastIndex = 0;
      let fm: RegExpExecArray | null;
      while ((fm = FIRST_WORD.exec(slice))) firsts.push(start + fm.index + fm[0].length - 2);
    }
    let firstIndex = 0;

    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      while (firstIndex < firsts.length && firsts[firstIndex] < f.at) {
        this.lastOrdinal = { ordinal: 1, paragraph };
        firstIndex++;
      }
      let stack = this.stacks[f.family];
      if (f.paraStart && f.ordinal === 1 && !this.previousEndsWithColon && !(f.family === 'sequence' && f.isLast)) {
        // A paragraph opening with 一是 starts a new run, not one nested in the last paragraph's.
        stack = this.stacks[f.family] = [];
      }
      let run: Run | undefined;
      let issueExpected: number | null = null;
      if (f.family === 'sequence' && f.isLast) {
        run = stack[stack.length - 1];
        if (!run) continue; // 最后 alone is a conclusion, not a point
        stack.pop();
      } else {
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].next === f.ordinal) {
            run = stack[i];
            stack.length = i + 1;
            break;
          }
        }
        if (!run && f.ordinal > 1) {
          const sleeping = this.dormant[f.family];
          if (sleeping && sleeping.next === f.ordinal && sleeping.paraStart && f.paraStart) {
            // 第一、… (headings of an embedded list) 第二、…: the paragraph-level run goes on.
            run = sleeping;
            stack.length = 0;
            stack.push(run);
          }
        }
        if (!run && f.afterComma) {
          // `，二是` only continues a run it fits; `，一是` opens one when a `二是` follows it.
          const opens = f.ordinal === 1 && laterTwo[k];
          if (!opens) continue;
        }
        if (!run && f.family === 'sequence' && f.ordinal === 1) {
          // 首先 counts only when a 其次 follows in the paragraph.
          if (!laterSequence[k]) {
            this.lastOrdinal = { ordinal: 1, paragraph };
            continue;
          }
        }
        if (!run) {
          const top = stack[stack.length - 1];
          const mixed = f.ordinal > 1 && this.lastOrdinal.ordinal === f.ordinal - 1 && this.lastOrdinal.paragraph >= paragraph - 1;
          if (f.family === 'sequence' && f.ordinal > 1 && !top) {
            // 其次 / 再次 without 首先 are ordinary words ("secondly", "next").
            if (!mixed) {
              this.lastOrdinal = { ordinal: f.ordinal, paragraph };
              continue;
            }
          }
          if (f.ordinal === 1 || !top) {
            run = { id: this.runCount++, family: f.family, next: 1, paragraph, paraStart: f.paraStart, pending: null };
            if (stack.length >= MAX_RUN_NESTING) stack.shift();
            stack.push(run);
            if (f.ordinal !== 1 && !mixed) issueExpected = 1;
          } else {
            run = top;
            issueExpected = top.next;
          }
        }
        if (run.pending && f.ordinal === run.next) {
          // A second point in order confirms a run that started wrong.
          this.issues.push(run.pending);
          run.pending = null;
        }
        run.next = f.ordinal + 1;
        run.paragraph = paragraph;
      }
      this.lastOrdinal = { ordinal: f.ordinal, paragraph };
      const markerEnd = f.at + f.marker.length;
      const titleEnd = sentenceEnd(text, markerEnd, found[k + 1]?.at ?? end, end);
      const point: PointNode = {
        kind: 'point',
        family: f.family,
        ordinal: f.ordinal,
        isLast: f.isLast,
        run: run.id,
        atParagraphStart: f.at === start,
        marker: f.marker,
        title: text.slice(markerEnd, titleEnd),
        line: line.index,
        span: { start: f.at, end: titleEnd },
        markerSpan: { start: f.at, end: markerEnd },
        titleSpan: { start: markerEnd, end: titleEnd },
        sectionSpan: { start: f.at, end: found[k + 1]?.at ?? end },
        stats: { chineseChars: 0, chars: 0 },
        children: [],
      };
      out.push(point);
      if (issueExpected !== null) {
        const issue = { point, expected: markerFor(f.family, issueExpected) };
        if (issueExpected === 1) run.pending = issue;
        else this.issues.push(issue);
      }
    }
    this.previousEndsWithColon = endsWithColon;
  }
}

/** The text ends (before trailing spaces) with a colon: what follows is its list. */
function endsWithColonAt(text: string, start: number, end: number): boolean {
  end = trimEnd(text, start, end);
  const c = text[end - 1];
  return c === '：' || c === ':';
}

/** Where a point's title ends: its first sentence, or its first clause when the sentence is long. */
function sentenceEnd(text: string, from: number, limit: number, lineEnd: number): number {
  const stopAt = Math.min(limit, lineEnd);
  let firstComma = -1;
  let end = -1;
  for (let i = from; i < stopAt; i++) {
    const c = text[i];
    if (c === '。' || c === '；' || c === '：' || c === '！' || c === '？' || c === ';' || c === ':') {
      end = i;
      break;
    }
    if (firstComma < 0 && (c === '，' || c === ',')) firstComma = i;
  }
  if (end < 0) end = trimEnd(text, from, stopAt);
  if (end - from > POINT_TITLE_MAX && firstComma > from) return firstComma;
  return end;
}

const POINT_TITLE_MAX = 24;

function markerFor(family: EnumerationFamily, ordinal: number): string {
  const n = toChineseNumeral(ordinal);
  if (family === 'shi') return `${n}是`;
  if (family === 'di') return `第${n}`;
  return ['', '首先', '其次', '再次'][ordinal] ?? '其次';
}
