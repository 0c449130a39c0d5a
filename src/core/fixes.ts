import type { Finding, TextEdit } from './types';
import { partitionPoint } from './partition';

const byPosition = (a: TextEdit, b: TextEdit): number => a.span.start - b.span.start || a.span.end - b.span.end;

/**
 * Disjoint edits kept sorted by position. Findings come in document order and most fixes
 * touch their own finding, so an edit is nearly always appended at the end; one that lands
 * earlier (a renumbered run) is found by binary search. Checks and inserts are O(log n)
 * plus, for the rare out-of-order insert, one array move.
 */
class EditSet {
  readonly edits: TextEdit[] = [];
  /** `start:end` → the edit taken with exactly that span. */
  private readonly bySpan = new Map<string, TextEdit>();

  same(e: TextEdit): TextEdit | undefined {
    return this.bySpan.get(`${e.span.start}:${e.span.end}`);
  }

  /** Index of the first edit that is not before `e` in position order. */
  private lowerBound(e: TextEdit): number {
    return partitionPoint(this.edits, (x) => byPosition(x, e) < 0);
  }

  /** Whether `e` overlaps an edit taken (same span counts: two insertions at one point clash). */
  overlaps(e: TextEdit): boolean {
    if (this.same(e)) return true;
    const edits = this.edits;
    const i = this.lowerBound(e);
    // Taken edits are disjoint, so only the neighbours on either side can overlap `e`;
    // edits that start at e's start with a longer span sort after it, hence the scan.
    for (let j = i; j < edits.length && edits[j].span.start < Math.max(e.span.end, e.span.start + 1); j++) {
      if (overlapping(edits[j], e)) return true;
    }
    const before = edits[i - 1];
    return before !== undefined && overlapping(before, e);
  }

  add(e: TextEdit): void {
    const edits = this.edits;
    if (!edits.length || byPosition(edits[edits.length - 1], e) <= 0) edits.push(e);
    else edits.splice(this.lowerBound(e), 0, e);
    this.bySpan.set(`${e.span.start}:${e.span.end}`, e);
  }
}

function overlapping(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === b.span.start && a.span.end === b.span.end) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * The edits of every finding that has a fix, without conflicts, sorted by
 * position: an edit equal to one already taken is shared (a renumbered run is
 * reported once per wrong ordinal but fixed once); a finding whose edits clash
 * with those taken is left out whole, for a second pass.
 */
export function collectFixes(findings: readonly Finding[]): TextEdit[] {
  return collectFixGroups(findings).edits;
}

/**
 * As collectFixes, also telling which findings were taken: `taken[i]` lists, for the
 * i-th taken finding, the edits of its fix (shared edits included), so a caller can
 * drop one finding's fix and keep the rest.
 */
export function collectFixGroups(findings: readonly Finding[]): { edits: TextEdit[]; taken: Finding[] } {
  const set = new EditSet();
  const taken: Finding[] = [];
  for (const f of findings) {
    if (!f.fix?.length) continue;
    const fresh: TextEdit[] = [];
    let clash = false;
    for (const e of f.fix) {
      const same = set.same(e);
      if (same) {
        if (same.newText !== e.newText) clash = true;
        continue;
      }
      if (set.overlaps(e) || fresh.some((t) => overlapping(t, e))) {
        clash = true;
        break;
      }
      fresh.push(e);
    }
    if (clash) continue;
    for (const e of fresh) set.add(e);
    taken.push(f);
  }
  return { edits: set.edits, taken };
}

/** Applies non-overlapping edits to `text`, in one pass over it. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = isSorted(edits) ? edits : [...edits].sort(byPosition);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = Math.max(at, e.span.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function isSorted(edits: readonly TextEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (byPosition(edits[i - 1], edits[i]) > 0) return false;
  return true;
}

/**
 * Several edits as one replacement of the span that covers them all, as eslint reports a fix:
 * what `--format json` prints, so a script applies one `{range, text}` per finding.
 */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  const sorted = [...edits].sort(byPosition);
  const start = sorted[0].span.start;
  let end = start;
  for (const e of sorted) end = Math.max(end, e.span.end);
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return { span: { start, end }, newText: out + text.slice(at, end) };
}
