import * as vscode from 'vscode';
import type { Finding } from '../core';

const NUMBERING_RULES = new Set(['numbering-sequence', 'numbering-hierarchy', 'numbering-punctuation', 'enumeration-sequence']);

/** Counts of a check, grouped the way a writer thinks of them. */
export interface CheckCounts {
  problems: number;
  placeholders: number;
  numbering: number;
  other: number;
  byRule: Record<string, number>;
}

export function countFindings(findings: readonly Finding[], into?: CheckCounts): CheckCounts {
  const counts = into ?? { problems: 0, placeholders: 0, numbering: 0, other: 0, byRule: {} };
  for (const f of findings) {
    counts.problems++;
    counts.byRule[f.ruleId] = (counts.byRule[f.ruleId] ?? 0) + 1;
    if (f.ruleId === 'placeholder') counts.placeholders++;
    else if (NUMBERING_RULES.has(f.ruleId)) counts.numbering++;
    else counts.other++;
  }
  return counts;
}

/** “还有 12 处未填写、2 处编号问题” / “12 blanks to fill, 2 numbering problems”. */
export function summarize(counts: CheckCounts): string {
  if (counts.problems === 0) return vscode.l10n.t('No problems found.');
  const parts: string[] = [];
  if (counts.placeholders) parts.push(vscode.l10n.t('{0} blanks to fill', counts.placeholders));
  if (counts.numbering) parts.push(vscode.l10n.t('{0} numbering problems', counts.numbering));
  if (counts.other) parts.push(vscode.l10n.t('{0} other problems', counts.other));
  return vscode.l10n.t('Still {0}.', parts.join(vscode.l10n.t(', ')));
}
