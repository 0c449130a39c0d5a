import type { Line, Position, Range, Span } from './types';

/**
 * Splits text into lines and maps offsets to positions. CRLF, LF and lone CR
 * all end a line, so a file saved on Windows yields the same line and column
 * as the same file saved on Linux.
 */
export class LineIndex {
  readonly lines: Line[];

  constructor(readonly text: string) {
    const lines: Line[] = [];
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
    lines.push({ index: lines.length, start, end: n, text: text.slice(start, n) });
    this.lines = lines;
  }

  /** The line containing `offset` (binary search). */
  lineAt(offset: number): Line {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line: line.index, character: Math.min(offset, line.end) - line.start };
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  offsetAt(position: Position): number {
    const line = this.lines[Math.max(0, Math.min(position.line, this.lines.length - 1))];
    return Math.min(line.start + Math.max(0, position.character), line.end);
  }
}
