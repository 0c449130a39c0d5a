import type { LineIndex } from './lines';
import type { MarkdownFacts } from './markdown';

/**
 * Inline switches, written as HTML comments in Markdown (plain text has no
 * comment syntax):
 *   <!-- report-check-disable rule-a rule-b -->   from here on (no ids: all rules)
 *   <!-- report-check-enable rule-a -->           back on
 *   <!-- report-check-disable-line rule-a -->     this line
 *   <!-- report-check-disable-next-line rule-a --> the next line
 */
export interface Directives {
  isDisabled(ruleId: string, line: number): boolean;
  readonly isEmpty: boolean;
}

const DIRECTIVE = /^report-check-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;
const ALL = '*';

const NONE: Directives = { isDisabled: () => false, isEmpty: true };

export function readDirectives(markdown: MarkdownFacts | null, index: LineIndex): Directives {
  if (!markdown || markdown.comments.length === 0) return NONE;
  const ranges: { rule: string; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  for (const c of markdown.comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const rules = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const ids = rules.length ? rules : [ALL];
    const line = index.positionAt(c.span.start).line;
    for (const id of ids) {
      switch (m[1]) {
        case 'disable':
          if (!open.has(id)) open.set(id, line);
          break;
        case 'enable': {
          const from = open.get(id);
          if (from !== undefined) ranges.push({ rule: id, from, to: line });
          open.delete(id);
          if (id === ALL) {
            for (const [rule, f] of open) ranges.push({ rule, from: f, to: line });
            open.clear();
          }
          break;
        }
        case 'disable-line':
          ranges.push({ rule: id, from: line, to: line });
          break;
        case 'disable-next-line':
          ranges.push({ rule: id, from: line + 1, to: line + 1 });
          break;
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Number.MAX_SAFE_INTEGER });
  if (ranges.length === 0) return NONE;
  return {
    isEmpty: false,
    isDisabled: (ruleId, line) => ranges.some((r) => (r.rule === ruleId || r.rule === ALL) && line >= r.from && line <= r.to),
  };
}
