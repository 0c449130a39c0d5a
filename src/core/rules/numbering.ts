import { formatArabicLike, toChineseNumeral } from '../numerals';
import type { OutlineNode, SectionNode } from '../types';

/** Sibling headings of one level under one parent, in document order. */
export function siblingRuns(roots: OutlineNode[], groupBreaks: Set<number>): SectionNode[][] {
  const runs: SectionNode[][] = [];
  const visit = (children: OutlineNode[]) => {
    const current = new Map<string, SectionNode[]>();
    for (const child of children) {
      if (child.kind !== 'section') continue;
      const key = `${child.level}`;
      let run = current.get(key);
      if (!run || (child.ordinal === 1 && groupBreaks.has(child.line))) {
        run = [];
        current.set(key, run);
        runs.push(run);
      }
      run.push(child);
    }
    for (const child of children) if (child.children.length) visit(child.children);
  };
  visit(roots);
  return runs;
}

/** The marker `node` would have with ordinal `n`, keeping its own style. */
export function markerWithOrdinal(node: SectionNode, n: number, text: string): string {
  const numeral = text.slice(node.numeralSpan.start, node.numeralSpan.end);
  const written = node.numeral === 'chinese' ? toChineseNumeral(n) : formatArabicLike(n, numeral);
  // A misspelt marker is shown in its correct form; numbering-punctuation reports the misspelling.
  if (node.badPunctuation) return node.badPunctuation.expected.replace(numeral, written);
  return (
    text.slice(node.markerSpan.start, node.numeralSpan.start) + written + text.slice(node.numeralSpan.end, node.markerSpan.end)
  );
}

export function numeralFor(node: SectionNode, n: number, text: string): string {
  const numeral = text.slice(node.numeralSpan.start, node.numeralSpan.end);
  return node.numeral === 'chinese' ? toChineseNumeral(n) : formatArabicLike(n, numeral);
}

export const LEVEL_SHAPES = ['第一部分', '一、', '（一）', '1.', '（1）'];
