import type { ReportModel } from '../document';
import { isCjkIdeograph } from '../stats';
import type { Span } from '../types';

/**
 * Units of prose the punctuation rules read: one per line, except that in
 * Markdown a line without closing punctuation runs on into the next line of
 * the same paragraph (a soft wrap).
 */
export function proseParagraphs(model: ReportModel): readonly Span[] {
  let paragraphs = paragraphsCache.get(model);
  if (!paragraphs) paragraphsCache.set(model, (paragraphs = paragraphsOf(model)));
  return paragraphs;
}

/** Computed once per model: five rules read them (a keystroke makes a new model). */
const paragraphsCache = new WeakMap<ReportModel, readonly Readonly<Span>[]>();

/** Closers after which a Markdown line ends its paragraph; \s is tested apart. */
const PARAGRAPH_CLOSERS = new Set('。！？；：”’）》….!?:;)"\''.split(''));

/**
 * Whether a Markdown line ends its paragraph: its last character, pause marks after it aside, is
 * a closing mark or a space. (A regular expression anchored at the end tried every position of
 * the line: a few per cent of the language check on a long report.)
 */
function endsParagraph(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line[i] === '、' || line[i] === '，' || line[i] === ',')) i--;
  if (i < 0) return false;
  const c = line[i];
  return PARAGRAPH_CLOSERS.has(c) || /\s/.test(c);
}

function paragraphsOf(model: ReportModel): Span[] {
  const out: Span[] = [];
  const lines = model.lineIndex.lines;
  let current: Span | null = null;
  for (const line of lines) {
    const blank = line.text.trim() === '';
    if (blank) {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (current && model.format === 'markdown' && !/^\s*(#|>|[-*+]\s|\d+[.)]\s|```|~~~|\|)/.test(line.text)) {
      current.end = line.end;
    } else {
      if (current) out.push(current);
      current = { start: line.start, end: line.end };
    }
    // (Half-width closers count as their full-width forms do: a fix turning " into ” or ) into ）
    // at a line's end must not join or part paragraphs.)
    // (Nor does a pause mark after such a closer, which punctuation-repeat removes: ？、 ends as ？ does.)
    if (model.format !== 'markdown' || endsParagraph(line.text)) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Chinese text or Chinese punctuation. */
export function isChineseContext(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return isCjkIdeograph(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014;
}

/** Spans a rule must not touch: code and the like, URLs, heading markers. */
export function protectedSpans(model: ReportModel): (span: Span) => boolean {
  const markers = model.sections.map((s) => s.markerSpan);
  let cursor = 0;
  return (span: Span) => {
    if (!model.excluded.isEmpty && model.excluded.overlaps(span)) return true;
    while (cursor > 0 && markers[cursor - 1].end > span.start) cursor--;
    while (cursor < markers.length && markers[cursor].end <= span.start) cursor++;
    const m = markers[cursor];
    return m !== undefined && m.start < span.end;
  };
}

// An address ends at a space, a Chinese mark, < > or a straight double quote (an autolink's
// brackets, an attribute's quotes); Chinese characters belong to it only in its path, after a
// slash (https://example.com/政务公开), so prose set solid after an address (见https://example.com重点任务,)
// is still prose.
const URL_END = '\\s\\u3000-\\u303f\\uff00-\\uffef“”<>"';
const URL = new RegExp(
  `(?:https?|ftp)://[^${URL_END}\\u3400-\\u9fff/]+(?:/[^${URL_END}]*)?|www\\.[A-Za-z0-9.-]+(?:[:/?#][^${URL_END}]*)?|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}`,
  'g',
);

export function urlSpans(text: string, within: Span): Span[] {
  const slice = text.slice(within.start, within.end);
  if (!/[/@w]/.test(slice)) return [];
  const out: Span[] = [];
  URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL.exec(slice))) out.push({ start: within.start + m.index, end: within.start + m.index + m[0].length });
  return out;
}
