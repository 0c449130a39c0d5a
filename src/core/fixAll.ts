import { analyzeReport, type Analysis, type AnalyzeOptions } from './index';
import { applyEdits, collectFixGroups } from './fixes';
import type { Finding, Locale, Span, TextEdit } from './types';
import { partitionPoint } from './partition';

export interface FixAllResult {
  /** The text with every safe fix applied (the input itself when nothing applied). */
  text: string;
  /** How many findings were fixed. */
  applied: number;
  /** The analysis of `text`: what remains. A fix fix-all refused is offered as a suggestion there. */
  analysis: Analysis;
}

/** Passes over the text: a fix left out for clashing with another is applied in the next one. */
const MAX_ROUNDS = 3;
/** Attempts per pass to find a set of fixes that creates nothing new. */
const MAX_ATTEMPTS = 6;

/**
 * Applies every safe fix of `text` — the one entry behind the CLI's `--fix`, the extension's
 * fix-all and fix on save. Each fix must be right on its own (see RuleContext.report), but the
 * rules cannot see each other's fixes, so the result is checked here: the text is analysed again
 * and a fix whose result has a finding that was not there before (of any rule), a finding that
 * the fix should have removed, or Markdown emphasis paired differently, is left out and offered
 * as a suggestion instead. What is applied therefore never makes the report worse, and running
 * fixAll on its own result applies nothing.
 */
export function fixAll(text: string, options: AnalyzeOptions): FixAllResult {
  return fixAllWith(text, (t) => analyzeReport(t, options), options.locale === 'en' ? 'en' : 'zh-CN');
}

/** fixAll with the analysis given as a function (tests hand it rules that misbehave). */
export function fixAllWith(text: string, analyze: (text: string) => Analysis, locale: Locale = 'zh-CN'): FixAllResult {
  let current = text;
  let analysis = analyze(text);
  let applied = 0;
  let refused = new Set<string>();
  // A fix refused in a pass may have been blamed for another's trouble (blame is by block):
  // passes repeat, each trying every fix afresh, until one applies nothing, so that fixAll on
  // its own result has nothing left to do.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = onePass(current, analysis, analyze);
    current = result.text;
    analysis = result.analysis;
    refused = result.refused;
    applied += result.applied;
    if (!result.applied) break;
  }
  if (refused.size) analysis = { ...analysis, findings: analysis.findings.map((f) => (refused.has(fixKey(f)) ? demote(f, locale) : f)) };
  return { text: current, applied, analysis };
}

/** Passes of fixAll at most (each one a few analyses). */
const MAX_PASSES = 4;

function onePass(text: string, start: Analysis, analyze: (text: string) => Analysis): { text: string; analysis: Analysis; applied: number; refused: Set<string> } {
  let current = text;
  let analysis = start;
  let applied = 0;
  /** Fixes refused, keyed in the current text's coordinates. */
  let refused = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let candidates = analysis.findings.filter((f) => f.fix?.length && !refused.has(fixKey(f)));
    let accepted: { text: string; analysis: Analysis; edits: TextEdit[]; count: number } | null = null;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && candidates.length; attempt++) {
      const { edits, taken } = collectFixGroups(candidates);
      if (!edits.length) break;
      const next = applyEdits(current, edits);
      const nextAnalysis = analyze(next);
      const blamed = blame(current, analysis, edits, taken, nextAnalysis);
      if (!blamed.length) {
        accepted = { text: next, analysis: nextAnalysis, edits, count: taken.length };
        break;
      }
      for (const f of blamed) refused.add(fixKey(f));
      candidates = candidates.filter((f) => !refused.has(fixKey(f)));
    }
    if (!accepted) break;
    const shift = offsetMap(accepted.edits);
    const moved = new Set<string>();
    for (const f of analysis.findings) {
      if (!refused.has(fixKey(f))) continue;
      const s = shift(f.span.start);
      const e = shift(f.span.end);
      if (s !== undefined && e !== undefined) moved.add(`${f.ruleId}@${s}-${e}`);
    }
    refused = moved;
    current = accepted.text;
    analysis = accepted.analysis;
    applied += accepted.count;
    if (!analysis.findings.some((f) => f.fix?.length && !refused.has(fixKey(f)))) break;
  }
  return { text: current, analysis, applied, refused };
}

function fixKey(f: Finding): string {
  return `${f.ruleId}@${f.span.start}-${f.span.end}`;
}

function demote(f: Finding, locale: Locale): Finding {
  if (!f.fix) return f;
  const message = locale === 'en'
    ? 'Apply the fix (fix-all leaves it out: it would create another problem)'
    : '应用此修复（全部修复未采用：会引出新的问题）';
  const { fix, ...rest } = f;
  return { ...rest, suggestions: [{ message, edits: fix }, ...(f.suggestions ?? [])] };
}

/**
 * Maps an offset of the text before `edits` (sorted, disjoint) to the text after them;
 * undefined for an offset strictly inside a replaced span.
 */
function offsetMap(edits: readonly TextEdit[]): (offset: number) => number | undefined {
  const starts = edits.map((e) => e.span.start);
  const deltaBefore: number[] = [0];
  for (const e of edits) deltaBefore.push(deltaBefore[deltaBefore.length - 1] + e.newText.length - (e.span.end - e.span.start));
  return (offset) => {
    // Edits that start at or before `offset`.
    const lo = partitionPoint(starts, (s) => s <= offset);
    // Walk back over insertions and replacements that start exactly here: an offset at the
    // start of an edit stays before it.
    let i = lo;
    while (i > 0 && edits[i - 1].span.start === offset) i--;
    const last = edits[i - 1];
    if (last && offset < last.span.end) return undefined;
    return offset + deltaBefore[i];
  };
}

/** Maps an offset of the text after `edits` back to the text before them (clamped into a replacement). */
function reverseMap(edits: readonly TextEdit[]): (offset: number) => number {
  const newStarts: number[] = [];
  let delta = 0;
  for (const e of edits) {
    newStarts.push(e.span.start + delta);
    delta += e.newText.length - (e.span.end - e.span.start);
  }
  return (offset) => {
    const lo = partitionPoint(newStarts, (s) => s <= offset);
    if (lo === 0) return offset;
    const e = edits[lo - 1];
    const newStart = newStarts[lo - 1];
    if (offset < newStart + e.newText.length) return e.span.start;
    return e.span.end + (offset - newStart - e.newText.length);
  };
}

/**
 * The fixes to leave out, or none when the result is clean: a finding of the new analysis that
 * no old finding maps to, or an old fixed finding that is still there, is blamed on the fixes
 * in the same block (the lines between blank lines around it); Markdown emphasis paired
 * differently likewise.
 */
function blame(before: string, old: Analysis, edits: TextEdit[], taken: Finding[], next: Analysis): Finding[] {
  const map = offsetMap(edits);
  const back = reverseMap(edits);
  const fixed = new Set(taken);
  const remaining = new Map<string, number>();
  const key = (ruleId: string, s: Span) => `${ruleId}@${s.start}-${s.end}`;
  for (const f of old.findings) {
    if (fixed.has(f)) continue;
    const start = map(f.span.start);
    const end = map(f.span.end);
    if (start === undefined || end === undefined) continue;
    const k = key(f.ruleId, { start, end });
    remaining.set(k, (remaining.get(k) ?? 0) + 1);
  }
  /** Spans of the old text where something changed for the worse. */
  const trouble: Span[] = [];
  for (const f of next.findings) {
    const k = key(f.ruleId, f.span);
    const n = remaining.get(k) ?? 0;
    if (n > 0) remaining.set(k, n - 1);
    else trouble.push({ start: back(f.span.start), end: back(f.span.end) });
  }
  trouble.push(...emphasisChanges(old, next, map, back));
  if (!trouble.length) return [];

  // Every edit with the finding it belongs to, by position (a shared edit belongs to each).
  const owned = taken.flatMap((f) => f.fix!.map((e) => ({ start: e.span.start, end: e.span.end, finding: f })));
  owned.sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const o of owned) longest = Math.max(longest, o.end - o.start);
  const blocks = blankLines(before);
  const blamed = new Set<Finding>();
  for (const t of trouble) {
    const block = blockAround(blocks, before.length, t);
    let found = false;
    // First edit that could reach the block: none starts more than `longest` before it ends.
    for (let i = partitionPoint(owned, (e) => e.start < block.start - longest); i < owned.length && owned[i].start <= block.end; i++) {
      if (owned[i].end >= block.start) {
        blamed.add(owned[i].finding);
        found = true;
      }
    }
    if (!found) {
      // Nothing changed near the trouble: a fix that reaches beyond its own finding did it.
      for (const f of taken) if (f.fix!.some((e) => e.span.start < f.span.start || e.span.end > f.span.end)) blamed.add(f);
      if (!blamed.size) return [...taken];
    }
  }
  return [...blamed];
}

/** Start and end offsets of the blank lines of `text`, in order. */
function blankLines(text: string): Span[] {
  const out: Span[] = [];
  const re = /^[ \t\u3000\r]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** From the blank line before `span` to the blank line after it: a paragraph in either format. */
function blockAround(blanks: Span[], length: number, span: Span): Span {
  const lo = partitionPoint(blanks, (b) => b.end < span.start);
  // blanks[lo] is the first blank line ending at or after span.start.
  const start = lo > 0 ? blanks[lo - 1].end : 0;
  let j = lo;
  while (j < blanks.length && blanks[j].start < span.end) j++;
  const end = j < blanks.length ? blanks[j].start : length;
  return { start, end };
}

/** Emphasis pairs (Markdown) that a fix created or undid, as spans of the old text. */
function emphasisChanges(old: Analysis, next: Analysis, map: (o: number) => number | undefined, back: (o: number) => number): Span[] {
  const before = old.model.markdown?.emphasis ?? [];
  const after = next.model.markdown?.emphasis ?? [];
  if (!before.length && !after.length) return [];
  const kept = new Map<string, number>();
  for (const e of before) {
    const open = map(e.open.start);
    const close = map(e.close.start);
    const k = `${e.strong}@${open}-${close}`;
    kept.set(k, (kept.get(k) ?? 0) + 1);
  }
  const out: Span[] = [];
  for (const e of after) {
    const k = `${e.strong}@${e.open.start}-${e.close.start}`;
    const n = kept.get(k) ?? 0;
    if (n > 0) kept.set(k, n - 1);
    else out.push({ start: back(e.open.start), end: back(e.close.end) });
  }
  for (const e of before) {
    const k = `${e.strong}@${map(e.open.start)}-${map(e.close.start)}`;
    const n = kept.get(k) ?? 0;
    if (n <= 0) continue;
    kept.set(k, n - 1);
    out.push({ start: e.open.start, end: e.close.end });
  }
  return out;
}
