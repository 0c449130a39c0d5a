import type { Finding, TextEdit } from './types';

function sameSpan(a: TextEdit, b: TextEdit): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (sameSpan(a, b)) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * The edits of every finding that has a fix, without conflicts, sorted by
 * position: an edit equal to one already taken is shared (a renumbered run is
 * reported once per wrong ordinal but fixed once); a finding whose edits clash
 * with those taken is left out whole, for a second pass.
 */
export function collectFixes(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix?.length) continue;
    const fresh: TextEdit[] = [];
    let clash = false;
    for (const e of f.fix) {
      const same = taken.find((t) => sameSpan(t, e));
      if (same) {
        if (same.newText !== e.newText) clash = true;
        continue;
      }
      if (taken.some((t) => overlaps(t, e)) || fresh.some((t) => overlaps(t, e))) clash = true;
      fresh.push(e);
    }
    if (!clash) taken.push(...fresh);
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

/**
 * Several edits as one replacement of the span that covers them all, as eslint reports a fix:
 * what `--format json` prints, so a script applies one `{range, text}` per finding.
 */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const start = sorted[0].span.start;
  const end = Math.max(...sorted.map((e) => e.span.end));
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return { span: { start, end }, newText: out + text.slice(at, end) };
}
