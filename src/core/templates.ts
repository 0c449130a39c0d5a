/**
 * Numbering for a heading inserted into a report (the Insert Section Template
 * command): which number the new heading takes at an offset, and the edits that
 * renumber the siblings after it. Pure, so it is tested without an editor.
 */
import type { ReportModel } from './document';
import { formatArabicLike, toChineseNumeral } from './numerals';
import type { OutlineNode, SectionLevel, SectionNode, TextEdit } from './types';

/** The marker of `ordinal` at `level` in the standard form of GB/T 9704-2012 §7.3.3. */
export function headingMarker(level: SectionLevel, ordinal: number): string {
  switch (level) {
    case 0:
      return `第${toChineseNumeral(ordinal)}部分`;
    case 1:
      return `${toChineseNumeral(ordinal)}、`;
    case 2:
      return `（${toChineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

export interface SectionInsertPlan {
  level: SectionLevel;
  ordinal: number;
  /** The marker the new heading takes, e.g. `三、`. */
  marker: string;
  /** The heading before the insertion point in the same run, if any. */
  previous: SectionNode | null;
  /** Renumbering of the following siblings (numeral spans only), in document order. */
  renumber: TextEdit[];
}

/**
 * The sibling list a new heading of `level` at `offset` joins: descend from the
 * roots through every node that contains the offset and ranks above `level`
 * (a higher section or a Markdown `#` heading).
 */
function siblingsAt(roots: OutlineNode[], offset: number, level: SectionLevel): OutlineNode[] {
  let list = roots;
  for (;;) {
    // The last node that starts before the offset governs it (trailing blank lines included).
    const holder = list.filter((n) => n.kind !== 'point' && n.sectionSpan.start < offset).pop();
    if (!holder) return list;
    if (holder.kind === 'section' && holder.level >= level) return list;
    if (holder.kind === 'point') return list;
    list = holder.children;
  }
}

/** Plans the number of a new `level` heading inserted at `offset`. */
export function planSectionInsert(model: ReportModel, offset: number, level: SectionLevel): SectionInsertPlan {
  const siblings = siblingsAt(model.outline, offset, level).filter(
    (n): n is SectionNode => n.kind === 'section' && n.level === level,
  );
  const before = siblings.filter((n) => n.span.start < offset);
  const after = siblings.filter((n) => n.span.start >= offset);
  const previous = before.length ? before[before.length - 1] : null;
  const ordinal = previous ? previous.ordinal + 1 : 1;
  const renumber: TextEdit[] = [];
  let next = ordinal + 1;
  for (const node of after) {
    if (node.ordinal !== next) {
      const written = model.text.slice(node.numeralSpan.start, node.numeralSpan.end);
      const newText = node.numeral === 'chinese' ? toChineseNumeral(next) : formatArabicLike(next, written);
      renumber.push({ span: node.numeralSpan, newText });
    }
    next++;
  }
  return { level, ordinal, marker: headingMarker(level, ordinal), previous, renumber };
}
