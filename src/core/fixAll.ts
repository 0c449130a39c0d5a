/**
 * Temporary minimal fix-all for `report-check --fix` (one pass of collectFixes/applyEdits); the
 * engine's own fixAll (fixed point in one pass, no new findings) replaces this file on merge.
 */
import { analyzeReport, type AnalyzeOptions, type Analysis } from './index';
import { applyEdits, collectFixes } from './fixes';

export interface FixAllResult {
  /** The text with every safe fix applied. */
  text: string;
  /** How many findings were fixed. */
  applied: number;
  /** The analysis of the fixed text: what remains. */
  analysis: Analysis;
}

export function fixAll(text: string, options: AnalyzeOptions): FixAllResult {
  const first = analyzeReport(text, options);
  const edits = collectFixes(first.findings);
  if (edits.length === 0) return { text, applied: 0, analysis: first };
  const key = (e: { span: { start: number; end: number }; newText: string }) => `${e.span.start}:${e.span.end}:${e.newText}`;
  const taken = new Set(edits.map(key));
  const applied = first.findings.filter((f) => f.fix?.length && f.fix.every((e) => taken.has(key(e)))).length;
  const fixed = applyEdits(text, edits);
  return { text: fixed, applied, analysis: analyzeReport(fixed, options) };
}
