import type { ReportModel } from '../document';
import { isCjkIdeograph } from '../stats';
import type { Span } from '../types';
import { urlSpans } from './prose';
import { partitionPoint } from '../partition';

/**
 * The prose the proofreading rules (GB/T 15834 / 15835 / 9704) read, computed once per model and
 * shared by all of them: every line cut into runs of prose text, without leading indentation,
 * trailing spaces, code, HTML, link destinations, URLs, e-mail addresses and Markdown syntax
 * (heading `#`, block quote `>`, bullets, emphasis delimiters). A rule runs one regular expression
 * over the whole text and keeps the matches that lie inside one run, so the cost is one pass per
 * rule, anchored on the rare characters it looks for.
 */
export interface Prose {
  readonly text: string;
  /** Sorted, disjoint; each within one line. */
  readonly runs: readonly Span[];
  /** The run containing `span` whole, if any. */
  runOf(span: Span): Span | undefined;
  /**
   * A gap of spaces that is not a slip: beside a placeholder (`（xxx 收集）`, the blank is yet to be
   * filled) or after a heading marker that ends in a word (`第一部分 总体情况`, `第一章 总则`).
   */
  isDeliberateGap(gap: Span): boolean;
}

const cache = new WeakMap<ReportModel, Prose>();

export function proseOf(model: ReportModel): Prose {
  let prose = cache.get(model);
  if (!prose) cache.set(model, (prose = build(model)));
  return prose;
}

function build(model: ReportModel): Prose {
  const text = model.text;
  const cuts: Span[] = [];
  const md = model.markdown;
  if (md) {
    cuts.push(...md.excluded, ...md.markupSpans);
    for (const e of md.emphasis) cuts.push(e.open, e.close);
    for (const h of md.headings) cuts.push({ start: h.span.start, end: h.contentStart });
  }
  const runs: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) runs.push({ start, end });
  };
  // URLs and e-mail addresses are looked for only on lines that can hold one.
  const mayHaveUrls = text.indexOf('://') >= 0 || text.indexOf('@') >= 0 || text.indexOf('www.') >= 0;
  if (cuts.length) cuts.sort((a, b) => a.start - b.start);
  let cutIndex = 0;
  for (const line of model.lineIndex.lines) {
    let start = line.start;
    const end = line.end;
    if (end === start) continue;
    if (md) {
      // Block quote prefixes are syntax, not text.
      const first = line.text.charCodeAt(0);
      if (first === 62 || first === 32 || first === 9) {
        const prefix = /^(?:[ \t]*>)*[ \t]*/.exec(line.text);
        if (prefix) start += prefix[0].length;
      }
    }
    let lineCuts: Span[] | null = null;
    if (mayHaveUrls && /[/@w]/.test(line.text)) lineCuts = urlSpans(text, { start, end });
    // Cuts are sorted by start; those that began on earlier lines may still reach into this one.
    while (cutIndex < cuts.length && cuts[cutIndex].end <= line.start) cutIndex++;
    for (let k = Math.max(0, cutIndex - 8); k < cuts.length && cuts[k].start < end; k++) {
      if (cuts[k].end > start) (lineCuts ??= []).push(cuts[k]);
    }
    if (!lineCuts || lineCuts.length === 0) {
      push(start, end);
      continue;
    }
    lineCuts.sort((a, b) => a.start - b.start);
    let at = start;
    for (const c of lineCuts) {
      if (c.start > at) push(at, Math.min(c.start, end));
      at = Math.max(at, c.end);
    }
    if (at < end) push(at, end);
  }
  let starts: Set<number> | null = null;
  let ends: Set<number> | null = null;
  const deliberate = () => {
    starts = new Set();
    ends = new Set();
    for (const p of model.placeholders) {
      starts.add(p.span.end);
      ends.add(p.span.start);
    }
    for (const s of model.sections) {
      let i = s.titleSpan.start;
      while (i > s.markerSpan.start && isSpace(text.charCodeAt(i - 1))) i--;
      if (i < s.titleSpan.start && isHan(text[i - 1])) starts.add(i);
    }
  };
  return {
    text,
    runs,
    isDeliberateGap(gap) {
      if (!starts) deliberate();
      return starts!.has(gap.start) || ends!.has(gap.end);
    },
    runOf(span) {
      const r = runs[partitionPoint(runs, (x) => x.end < span.end)];
      return r && r.start <= span.start && span.end <= r.end ? r : undefined;
    },
  };
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/**
 * Runs `re` (global) over the whole text and calls `found` for each match that lies inside one
 * prose run. `re` should be anchored on characters rare in clean text, so that most of the text is
 * skipped by the regular-expression engine itself.
 */
export function eachMatch(prose: Prose, re: RegExp, found: (m: RegExpExecArray, run: Span) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose.text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const run = prose.runOf({ start: m.index, end: m.index + m[0].length });
    if (run) found(m, run);
  }
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isCjkIdeograph(ch.charCodeAt(0));
}

/** Full-width Chinese punctuation (GB/T 15834): the marks set solid, with no space beside them. */
export const CHINESE_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—～·';

export function isChinesePunct(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CHINESE_PUNCT.includes(ch);
}

/**
 * An English sentence (a quotation, a note in English) around `at`: Latin words clearly outnumber
 * Chinese characters nearby. Chinese typesetting rules do not apply there.
 */
export function inLatinText(text: string, at: number, run: Span): boolean {
  const window = text.slice(Math.max(run.start, at - 40), Math.min(run.end, at + 40));
  const latinWords = window.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (latinWords < 3) return false;
  const chinese = window.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return latinWords * 2 > chinese;
}
