import type { NumberingIssue } from '../numbering-plan';
import type { Localized, RuleSuggestion } from './rule';

export { LEVEL_SHAPES } from '../numbering-plan';

/**
 * The choices offered with a numbering finding: the intended marker when fixing every line at once
 * would not settle (so it is no automatic fix), and renumbering the run where a run really skips.
 */
export function numberingSuggestions(issue: NumberingIssue): RuleSuggestion[] | undefined {
  const out: RuleSuggestion[] = [];
  if (issue.suggestedFix && issue.expected) {
    out.push({
      message: { 'zh-CN': `改为“${issue.expected}”`, en: `Write “${issue.expected}”` },
      edits: [issue.suggestedFix],
    });
  }
  if (issue.renumber?.length) {
    const count = issue.renumber.length;
    const message: Localized = {
      'zh-CN': `从此处起重新编号（改 ${count} 处）`,
      en: `Renumber the run from here (${count} ${count === 1 ? 'change' : 'changes'})`,
    };
    out.push({ message, edits: issue.renumber });
  }
  return out.length ? out : undefined;
}
