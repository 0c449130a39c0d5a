import * as vscode from 'vscode';
import type { CheckCounts } from '../core';

// The grouping is the engine's (src/core/categories.ts), shared with report-check's summary.
export { countFindings, type CheckCounts } from '../core';

/** “还有 12 处未填写、2 处编号问题” / “12 blanks to fill, 2 numbering problems”. */
export function summarize(counts: CheckCounts): string {
  if (counts.problems === 0) return vscode.l10n.t('No problems found.');
  const parts: string[] = [];
  if (counts.placeholders) parts.push(vscode.l10n.t('{0} blanks to fill', counts.placeholders));
  if (counts.numbering) parts.push(vscode.l10n.t('{0} numbering problems', counts.numbering));
  if (counts.other) parts.push(vscode.l10n.t('{0} other problems', counts.other));
  return vscode.l10n.t('Still {0}.', parts.join(vscode.l10n.t(', ')));
}
