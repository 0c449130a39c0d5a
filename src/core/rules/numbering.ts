import type { NumberingIssue } from '../numbering-plan';
import type { Localized, RuleSuggestion } from './rule';

export { LEVEL_SHAPES } from '../numbering-plan';

/** The renumber-the-run choice offered where a run really skips and no single line can be fixed. */
export function renumberSuggestion(issue: NumberingIssue): RuleSuggestion[] | undefined {
  if (!issue.renumber?.length) return undefined;
  const count = issue.renumber.length;
  const message: Localized = {
    'zh-CN': `从此处起重新编号（改 ${count} 处）`,
    en: `Renumber the run from here (${count} ${count === 1 ? 'change' : 'changes'})`,
  };
  return [{ message, edits: issue.renumber }];
}
