/**
 * From the engine's model to a list of typeset blocks: title, salutation,
 * headings (with the run-in split), body paragraphs, quotes, list items,
 * tables, code, signature and date. Both the Word export and the preview
 * render these blocks, so what the preview shows is what Word gets.
 *
 * Pure: no `vscode`, no Node APIs. Headings come from the engine's outline;
 * only Markdown constructs the engine does not track (tables, fences, quotes,
 * links, inline code) are recognised here, line by line, as the engine reads
 * a report: one paragraph per line.
 */
import type { ReportModel } from '../core/document';
import { deliberateEmphasisStars } from '../core/placeholders';
import type { MarkdownHeadingNode, SectionNode, Severity, Span } from '../core/types';

export interface Inline {
  text: string;
  /** Offset of the first character in the report's text. */
  start: number;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** An unfilled placeholder. */
  placeholder?: boolean;
  /** The heading sentence of a heading paragraph (a run-in heading's rest is body text). */
  heading?: boolean;
  /** Indices into `LayoutOptions.problems` of the problems that cover this text. */
  problems?: number[];
}

export type BlockKind =
  | 'title'
  | 'subtitle'
  | 'salutation'
  | 'heading'
  | 'paragraph'
  | 'quote'
  | 'list-item'
  | 'code'
  | 'table'
  | 'signature'
  | 'date';

export interface Block {
  kind: BlockKind;
  /** First and last source line (0-based), for scroll sync. */
  line: number;
  endLine: number;
  inlines: Inline[];
  /** Headings: GB/T 9704 level (0 = 第一部分, 1 = 一、 … 4 = （1））. */
  level?: number;
  /** Headings: Word heading style number (1 = Heading 1). */
  wordLevel?: number;
  /** Headings: the heading is the first sentence of a paragraph that goes on. */
  runIn?: boolean;
  /** List items: nesting depth (0 = top) and whether the list is numbered. */
  depth?: number;
  ordered?: boolean;
  /** Tables: rows of cells of inlines; the first row is the header row. */
  rows?: Inline[][][];
  /** Signature and date: distance from the right edge, in characters. */
  rightIndentChars?: number;
  /** Empty lines before (signature) or after (title) the block. */
  spaceBeforeLines?: number;
  spaceAfterLines?: number;
}

export interface LayoutProblem {
  span: Span;
  severity: Severity;
  message: string;
}

/**
 * Which lines are the title. `auto`: the first lines when they look like one (a short
 * line with no closing punctuation, or an un-numbered Markdown heading);
 * `first-line`: the first line; `none`: there is no title.
 */
export const TITLE_MODES = ['auto', 'first-line', 'none'] as const;
export type TitleMode = (typeof TITLE_MODES)[number];

export function isTitleMode(value: unknown): value is TitleMode {
  return (TITLE_MODES as readonly unknown[]).includes(value);
}

export interface LayoutOptions {
  title?: TitleMode;
  /** Problems to mark in the preview (ignored by the Word export). */
  problems?: readonly LayoutProblem[];
}

export interface ReportLayout {
  blocks: Block[];
  /** The title's text, for the document properties. */
  title: string;
  /** The report has 第一部分 dividers, which take Heading 1. */
  hasParts: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const BULLET = /^([ \t]*)([-*+])[ \t]+/;
const ORDERED = /^([ \t]*)\d{1,9}[.)][ \t]+/;
const QUOTE = /^[ \t]{0,3}>[ \t]?/;
const SENTENCE_END = /[。！？!?]/;
const DATE = /^(?:\d{4}|[０-９]{4}|[〇○零一二三四五六七八九Ｏ]{4}|[Xx×＊*Ｘ]{2,4}|\d{2}[Xx]{2})年[\d０-９一二三四五六七八九十Xx×＊*Ｘ]{1,3}月(?:[\d０-９一二三四五六七八九十Xx×＊*Ｘ]{1,3}日)?$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function trimClosingHashes(text: string, start: number, end: number): number {
  end = trimEnd(text, start, end);
  let j = end;
  while (j > start && text[j - 1] === '#') j--;
  if (j < end && (j === start || text[j - 1] === ' ' || text[j - 1] === '\t')) return trimEnd(text, start, j);
  return end;
}

/** Width in body characters: CJK and full-width count 1, Latin letters and digits ½. */
export function charWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

interface StyleSpan {
  start: number;
  end: number;
  flag: 'bold' | 'italic' | 'code' | 'placeholder' | 'heading' | 'problem';
  index?: number;
}

/** Builds inlines for `[start, end)`: a sweep over markup to drop and styles to apply. */
class InlineBuilder {
  private readonly emphasisByLine = new Map<number, { strong: boolean; open: Span; close: Span }[]>();
  private readonly placeholdersByLine = new Map<number, Span[]>();
  private readonly problemsByLine = new Map<number, { span: Span; index: number }[]>();

  constructor(
    private readonly model: ReportModel,
    problems: readonly LayoutProblem[],
  ) {
    const { text, markdown, lineIndex } = model;
    if (markdown) {
      const stars = deliberateEmphasisStars(text, markdown);
      for (const e of markdown.emphasis) {
        const delimiter = text[e.open.start];
        const deliberate = delimiter === '_' ? !/[\r\n]/.test(text.slice(e.open.start, e.close.end)) : stars.has(e.open.start) && stars.has(e.close.start);
        if (!deliberate) continue;
        push(this.emphasisByLine, lineIndex.lineAt(e.open.start).index, e);
      }
    }
    for (const p of model.placeholders) push(this.placeholdersByLine, lineIndex.lineAt(p.span.start).index, p.span);
    problems.forEach((p, index) => {
      const span = p.span.end > p.span.start ? p.span : { start: p.span.start, end: p.span.start + 1 };
      const first = lineIndex.lineAt(span.start).index;
      const last = lineIndex.lineAt(Math.max(span.start, span.end - 1)).index;
      for (let l = first; l <= last; l++) push(this.problemsByLine, l, { span, index });
    });
  }

  build(start: number, end: number, line: number, extra: { heading?: Span; code?: boolean } = {}): Inline[] {
    const { text } = this.model;
    if (end <= start) return [];
    const drop: Span[] = [];
    const styles: StyleSpan[] = [];
    if (extra.code) {
      styles.push({ start, end, flag: 'code' });
    } else if (this.model.markdown) {
      for (const e of this.emphasisByLine.get(line) ?? []) {
        if (e.open.start < start || e.close.end > end) continue;
        drop.push(e.open, e.close);
        styles.push({ start: e.open.end, end: e.close.start, flag: e.strong ? 'bold' : 'italic' });
      }
      this.markdownInline(start, end, drop, styles);
    }
    for (const p of this.placeholdersByLine.get(line) ?? []) {
      if (p.end > start && p.start < end) styles.push({ start: Math.max(p.start, start), end: Math.min(p.end, end), flag: 'placeholder' });
    }
    for (const p of this.problemsByLine.get(line) ?? []) {
      if (p.span.end > start && p.span.start < end) styles.push({ start: Math.max(p.span.start, start), end: Math.min(p.span.end, end), flag: 'problem', index: p.index });
    }
    if (extra.heading) styles.push({ start: extra.heading.start, end: extra.heading.end, flag: 'heading' });

    const cuts = new Set<number>([start, end]);
    for (const s of drop) cuts.add(Math.max(start, Math.min(end, s.start))).add(Math.max(start, Math.min(end, s.end)));
    for (const s of styles) cuts.add(Math.max(start, Math.min(end, s.start))).add(Math.max(start, Math.min(end, s.end)));
    const points = [...cuts].sort((a, b) => a - b);
    const out: Inline[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      if (drop.some((d) => d.start <= a && b <= d.end)) continue;
      const inline: Inline = { text: text.slice(a, b), start: a };
      let problems: number[] | undefined;
      for (const s of styles) {
        if (s.start <= a && b <= s.end) {
          if (s.flag === 'problem') (problems ??= []).push(s.index!);
          else inline[s.flag] = true;
        }
      }
      if (problems) inline.problems = problems;
      const last = out[out.length - 1];
      if (last && last.start + last.text.length === a && sameStyle(last, inline)) last.text += inline.text;
      else out.push(inline);
    }
    return out;
  }

  /** Inline code, links, images, autolinks, comments and escapes, where micromark agreed they are markup. */
  private markdownInline(start: number, end: number, drop: Span[], styles: StyleSpan[]): void {
    const { text, excluded } = this.model;
    const slice = text.slice(start, end);
    if (!/[`[<\\]/.test(slice)) return;
    const taken: Span[] = [];
    const free = (s: number, e: number) => !taken.some((t) => t.start < e && s < t.end);
    let m: RegExpExecArray | null;
    const code = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
    while ((m = code.exec(slice))) {
      const s = start + m.index;
      if (!excluded.contains(s)) continue;
      const fence = m[1].length;
      const e = s + m[0].length;
      drop.push({ start: s, end: s + fence }, { start: e - fence, end: e });
      styles.push({ start: s + fence, end: e - fence, flag: 'code' });
      taken.push({ start: s, end: e });
    }
    const link = /(!?)\[([^\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()]*)\)/g;
    while ((m = link.exec(slice))) {
      const s = start + m.index;
      const e = s + m[0].length;
      const open = s + m[1].length + 1 + m[2].length + 1; // the `(`
      if (!free(s, e) || !excluded.contains(open)) continue;
      drop.push({ start: s, end: s + m[1].length + 1 }, { start: open - 1, end: e });
      taken.push({ start: s, end: e });
    }
    const auto = /<((?:https?|mailto|ftp):[^<>\s]+)>/g;
    while ((m = auto.exec(slice))) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (!free(s, e) || !excluded.contains(s)) continue;
      drop.push({ start: s, end: s + 1 }, { start: e - 1, end: e });
      taken.push({ start: s, end: e });
    }
    const comment = /<!--[\s\S]*?-->/g;
    while ((m = comment.exec(slice))) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (!free(s, e) || !excluded.contains(s)) continue;
      drop.push({ start: s, end: e });
      taken.push({ start: s, end: e });
    }
    const escape = /\\[!-/:-@[-`{-~]/g;
    while ((m = escape.exec(slice))) {
      const s = start + m.index;
      if (!free(s, s + 2) || excluded.contains(s)) continue;
      drop.push({ start: s, end: s + 1 });
    }
  }
}

function sameStyle(a: Inline, b: Inline): boolean {
  return (
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    !!a.code === !!b.code &&
    !!a.placeholder === !!b.placeholder &&
    !!a.heading === !!b.heading &&
    (a.problems ?? []).join() === (b.problems ?? []).join()
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function plainText(inlines: readonly Inline[]): string {
  let s = '';
  for (const i of inlines) s += i.text;
  return s;
}

/** Lays the report out as blocks, from the engine's model. */
export function layoutReport(model: ReportModel, options: LayoutOptions = {}): ReportLayout {
  const { text, lineIndex, markdown } = model;
  const lines = lineIndex.lines;
  const isMarkdown = markdown !== null;
  const builder = new InlineBuilder(model, options.problems ?? []);

  const headingByLine = new Map<number, SectionNode | MarkdownHeadingNode>();
  for (const node of model.nodes) if (node.kind !== 'point') headingByLine.set(node.line, node);
  const hasParts = model.sections.some((s) => s.level === 0);

  // Markdown headings: where their content starts, and setext underlines to skip.
  const mdHeading = new Map<number, { contentStart: number; depth: number }>();
  const skipLines = new Set<number>();
  if (markdown) {
    for (const h of markdown.headings) {
      const first = lineIndex.lineAt(h.span.start).index;
      mdHeading.set(first, { contentStart: h.contentStart, depth: h.depth });
      // A setext heading's underline is markup. The lines between its first line and the
      // underline are kept, each a paragraph as the engine reads them: in a report, lines
      // above a `---` are text followed by a rule, not one long heading.
      const last = lineIndex.lineAt(Math.max(h.span.start, h.span.end - 1)).index;
      if (last > first) skipLines.add(last);
    }
    for (const c of markdown.comments) {
      // An HTML block runs to the end of the line its `-->` is on: text after it is text.
      const close = text.indexOf('-->', c.span.start + 4);
      const end = close >= 0 && close < c.span.end ? close + 3 : c.span.end;
      const first = lineIndex.lineAt(c.span.start);
      const last = lineIndex.lineAt(Math.max(c.span.start, end - 1));
      // A comment that fills its lines is a directive or a note to the writer, not text.
      if (text.slice(first.start, c.span.start).trim() === '' && text.slice(end, last.end).trim() === '') {
        for (let l = first.index; l <= last.index; l++) skipLines.add(l);
      }
    }
  }
  // Un-numbered Markdown headings take GB/T levels counted from the shallowest one after the title.
  let shallowest = Infinity;
  for (const n of model.nodes) if (n.kind === 'markdown') shallowest = Math.min(shallowest, n.level);

  const blocks: Block[] = [];
  let fence: { marker: string; block: Block } | null = null;
  let table: { rows: Inline[][][]; block: Block } | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const raw = line.text;
    if (fence) {
      const m = FENCE.exec(raw);
      if (m && m[1][0] === fence.marker[0] && m[1].length >= fence.marker.length && raw.slice(m[0].length).trim() === '') {
        fence = null;
        continue;
      }
      fence.block.endLine = i;
      fence.block.inlines.push(...(line.end > line.start ? builder.build(line.start, line.end, i, { code: true }) : []), { text: '\n', start: line.end, code: true });
      continue;
    }
    if (skipLines.has(i)) continue;
    const at = skipSpaces(text, line.start, line.end);
    const end = trimEnd(text, at, line.end);
    if (at === end) {
      table = null;
      continue;
    }
    const node = headingByLine.get(i);
    if (isMarkdown && !node) {
      const f = FENCE.exec(raw);
      // A backtick fence's info string has no backtick (CommonMark §4.5): ```中文` is text.
      if (f && !(f[1][0] === '`' && raw.slice(f[0].length).includes('`'))) {
        table = null;
        const block: Block = { kind: 'code', line: i, endLine: i, inlines: [] };
        blocks.push(block);
        fence = { marker: f[1], block };
        // An info string that is not a language tag (```js) is text the writer typed: kept.
        const infoStart = skipSpaces(text, line.start + f[0].length, end);
        if (infoStart < end && !/^[A-Za-z0-9_+#.-]+$/.test(text.slice(infoStart, end))) {
          block.inlines.push(...builder.build(infoStart, end, i, { code: true }), { text: '\n', start: end, code: true });
        }
        continue;
      }
      if (THEMATIC_BREAK.test(raw)) {
        table = null;
        continue;
      }
      if (text[at] === '|' || (table && raw.includes('|'))) {
        if (table) {
          table.rows.push(tableRow(builder, text, at, end, i));
          table.block.endLine = i;
          continue;
        }
        const next = lines[i + 1];
        if (next && next.text.includes('-') && TABLE_DELIMITER.test(next.text)) {
          const block: Block = { kind: 'table', line: i, endLine: i + 1, inlines: [], rows: [tableRow(builder, text, at, end, i)] };
          table = { rows: block.rows!, block };
          blocks.push(block);
          i++;
          continue;
        }
      }
    }
    table = null;

    if (node) {
      const md = mdHeading.get(i);
      const contentStart = md ? md.contentStart : isMarkdown ? skipPrefix(text, at, end) : at;
      const contentEnd = md ? trimClosingHashes(text, contentStart, end) : end;
      if (node.kind === 'section') {
        let headingEnd = contentEnd;
        if (node.runIn) {
          headingEnd = node.titleSpan.end;
          if (SENTENCE_END.test(text[headingEnd] ?? '')) headingEnd++;
        }
        blocks.push({
          kind: 'heading',
          line: i,
          endLine: i,
          level: node.level,
          wordLevel: Math.min(9, hasParts ? node.level + 1 : Math.max(1, node.level)),
          runIn: node.runIn,
          inlines: builder.build(contentStart, contentEnd, i, { heading: { start: contentStart, end: headingEnd } }),
        });
      } else {
        const level = Math.max(1, Math.min(4, node.level - shallowest + 1));
        blocks.push({
          kind: 'heading',
          line: i,
          endLine: i,
          level,
          wordLevel: Math.min(9, hasParts ? level + 1 : level),
          runIn: false,
          // Remembered for the title: an un-numbered heading first in the report is its title.
          depth: node.level,
          inlines: builder.build(contentStart, contentEnd, i, { heading: { start: contentStart, end: contentEnd } }),
        });
      }
      continue;
    }

    if (isMarkdown) {
      const rest = raw.slice(at - line.start);
      const q = QUOTE.exec(rest);
      if (q) {
        let s = at + q[0].length;
        while (text[s] === '>') s = skipSpaces(text, s + 1, end);
        blocks.push({ kind: 'quote', line: i, endLine: i, inlines: builder.build(skipSpaces(text, s, end), end, i) });
        continue;
      }
      const b = BULLET.exec(raw);
      if (b && !THEMATIC_BREAK.test(raw)) {
        blocks.push({ kind: 'list-item', line: i, endLine: i, depth: Math.floor(b[1].replace(/\t/g, '    ').length / 2), ordered: false, inlines: builder.build(line.start + b[0].length, end, i) });
        continue;
      }
      const o = ORDERED.exec(raw);
      if (o) {
        blocks.push({ kind: 'list-item', line: i, endLine: i, depth: Math.floor(o[1].replace(/\t/g, '    ').length / 2), ordered: true, inlines: builder.build(at, end, i) });
        continue;
      }
    }
    blocks.push({ kind: 'paragraph', line: i, endLine: i, inlines: builder.build(at, end, i) });
  }

  const title = markFrontMatter(blocks, options.title ?? 'auto', lines.length);
  markSignature(blocks);
  for (const b of blocks) if (b.kind !== 'list-item') delete b.depth;
  return { blocks, title, hasParts };
}

/** Skips the `>` and bullet prefixes the engine also skips before a heading. */
function skipPrefix(text: string, at: number, end: number): number {
  for (;;) {
    const c = text[at];
    if (c === '>') at = skipSpaces(text, at + 1, end);
    else if ((c === '-' || c === '+' || c === '*') && (text[at + 1] === ' ' || text[at + 1] === '\t')) at = skipSpaces(text, at + 1, end);
    else return at;
  }
}

function tableRow(builder: InlineBuilder, text: string, at: number, end: number, line: number): Inline[][] {
  let s = at;
  let e = end;
  if (text[s] === '|') s++;
  if (e > s && text[e - 1] === '|' && text[e - 2] !== '\\') e--;
  const cells: Inline[][] = [];
  let cellStart = s;
  for (let k = s; k <= e; k++) {
    if (k === e || (text[k] === '|' && text[k - 1] !== '\\')) {
      const cs = skipSpaces(text, cellStart, k);
      cells.push(builder.build(cs, trimEnd(text, cs, k), line));
      cellStart = k + 1;
    }
  }
  return cells;
}

function isTitleLike(s: string): boolean {
  s = s.trim();
  return s.length > 0 && charWidth(s) <= 40 && !/[。！？；，：,.;:!?、]$/.test(s);
}

/** Title, subtitle and salutation at the top. Returns the title's text. */
function markFrontMatter(blocks: Block[], mode: 'auto' | 'first-line' | 'none', _lineCount: number): string {
  let k = 0;
  const titles: string[] = [];
  if (mode !== 'none' && blocks.length > 0) {
    const first = blocks[0];
    const untitledHeading = first.kind === 'heading' && first.depth !== undefined; // an un-numbered Markdown heading
    if (mode === 'first-line' || untitledHeading || (first.kind === 'paragraph' && isTitleLike(plainText(first.inlines)))) {
      asTitle(first);
      titles.push(plainText(first.inlines));
      k = 1;
      // A title of two or three lines, written on consecutive lines.
      while (
        k < blocks.length &&
        k < 3 &&
        blocks[k].kind === 'paragraph' &&
        blocks[k].line === blocks[k - 1].endLine + 1 &&
        isTitleLike(plainText(blocks[k].inlines)) &&
        !/^[（(——]/.test(plainText(blocks[k].inlines))
      ) {
        asTitle(blocks[k]);
        titles.push(plainText(blocks[k].inlines));
        k++;
      }
      // ——在…会议上的汇报 / （2025年3月1日）
      while (k < blocks.length && blocks[k].kind === 'paragraph' && k < 5) {
        const s = plainText(blocks[k].inlines).trim();
        if (!(/^(——|—|--)/.test(s) || /^[（(][^（）()]*[）)]$/.test(s)) || charWidth(s) > 40) break;
        blocks[k].kind = 'subtitle';
        k++;
      }
      blocks[k - 1].spaceAfterLines = 1;
    }
  }
  // 尊敬的…： / 同志们：
  const next = blocks[k];
  if (next && next.kind === 'paragraph') {
    const s = plainText(next.inlines).trim();
    if (/[：:]$/.test(s) && charWidth(s) <= 30 && !/[，。；！？,;!?]/.test(s)) next.kind = 'salutation';
  }
  return titles.join('');
}

function asTitle(block: Block): void {
  block.kind = 'title';
  delete block.level;
  delete block.wordLevel;
  delete block.runIn;
  for (const i of block.inlines) delete i.heading;
}

/** The signature (署名) and date (成文日期) lines at the end, right-aligned. */
function markSignature(blocks: Block[]): void {
  const last = blocks[blocks.length - 1];
  if (!last || last.kind !== 'paragraph') return;
  const dateText = plainText(last.inlines).replace(/\s/g, '');
  if (!DATE.test(dateText)) return;
  last.kind = 'date';
  const dateWidth = charWidth(dateText);
  last.rightIndentChars = 4;
  let k = blocks.length - 2;
  const signatures: Block[] = [];
  while (k >= 0 && signatures.length < 3) {
    const b = blocks[k];
    const s = plainText(b.inlines).trim();
    if (b.kind !== 'paragraph' || charWidth(s) > 20 || /[。，；：！？,.;:!?]/.test(s)) break;
    signatures.unshift(b);
    k--;
  }
  for (const b of signatures) {
    b.kind = 'signature';
    const w = charWidth(plainText(b.inlines).trim());
    // Centred over the date (GB/T 9704 §7.3.5.1), whole half-characters.
    b.rightIndentChars = Math.max(0, Math.round((4 + (dateWidth - w) / 2) * 2) / 2);
  }
  (signatures[0] ?? last).spaceBeforeLines = 1;
}
