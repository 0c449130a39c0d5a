import type { Finding, Locale } from './types';

/**
 * How a writer thinks of findings: blanks still to fill, numbering, punctuation, the rest.
 * Shared by the extension's Check Report summary and the CLI's summary line, so both group alike.
 */
export type FindingCategory = 'placeholder' | 'numbering' | 'punctuation' | 'other';

export const FINDING_CATEGORIES: readonly FindingCategory[] = ['placeholder', 'numbering', 'punctuation', 'other'];

/** Short labels, as in the status bar's 待填 (“to fill”). */
export const CATEGORY_LABELS: Record<FindingCategory, Record<Locale, string>> = {
  placeholder: { 'zh-CN': '待填', en: 'to fill' },
  numbering: { 'zh-CN': '编号', en: 'numbering' },
  punctuation: { 'zh-CN': '标点', en: 'punctuation' },
  other: { 'zh-CN': '其他', en: 'other' },
};

const NUMBERING_RULES = new Set(['numbering-sequence', 'numbering-hierarchy', 'numbering-punctuation', 'enumeration-sequence']);

export function categoryOf(ruleId: string): FindingCategory {
  if (ruleId === 'placeholder') return 'placeholder';
  if (NUMBERING_RULES.has(ruleId) || ruleId.startsWith('numbering-') || ruleId.startsWith('enumeration-')) return 'numbering';
  if (ruleId.startsWith('punctuation-')) return 'punctuation';
  return 'other';
}

/** Counts of a check, grouped the way a writer thinks of them. */
export interface CheckCounts {
  problems: number;
  placeholders: number;
  numbering: number;
  /** Everything that is neither a placeholder nor numbering (punctuation included). */
  other: number;
  byRule: Record<string, number>;
}

export function emptyCounts(): CheckCounts {
  return { problems: 0, placeholders: 0, numbering: 0, other: 0, byRule: {} };
}

/** Adds one finding's rule to the counts. */
export function countRule(counts: CheckCounts, ruleId: string): void {
  counts.problems++;
  counts.byRule[ruleId] = (counts.byRule[ruleId] ?? 0) + 1;
  const category = categoryOf(ruleId);
  if (category === 'placeholder') counts.placeholders++;
  else if (category === 'numbering') counts.numbering++;
  else counts.other++;
}

export function countFindings(findings: readonly Pick<Finding, 'ruleId'>[], into?: CheckCounts): CheckCounts {
  const counts = into ?? emptyCounts();
  for (const f of findings) countRule(counts, f.ruleId);
  return counts;
}

/** Adds `from` into `into` (a batch's total from its files' counts). */
export function addCounts(into: CheckCounts, from: CheckCounts): CheckCounts {
  into.problems += from.problems;
  into.placeholders += from.placeholders;
  into.numbering += from.numbering;
  into.other += from.other;
  for (const [rule, n] of Object.entries(from.byRule)) into.byRule[rule] = (into.byRule[rule] ?? 0) + n;
  return into;
}

/** Problems per category, in FINDING_CATEGORIES order, from the per-rule counts. */
export function countsByCategory(counts: Pick<CheckCounts, 'byRule'>): Record<FindingCategory, number> {
  const out: Record<FindingCategory, number> = { placeholder: 0, numbering: 0, punctuation: 0, other: 0 };
  for (const [rule, n] of Object.entries(counts.byRule)) out[categoryOf(rule)] += n;
  return out;
}
