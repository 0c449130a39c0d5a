import type { OutlineStats, Span } from './types';

export function isCjkIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12;
}

/**
 * Prefix sums of character counts, so that any section's counts cost two
 * lookups instead of a rescan.
 */
export class TextStats {
  private readonly chinese: Uint32Array;
  private readonly visible: Uint32Array;

  constructor(text: string) {
    const n = text.length;
    this.chinese = new Uint32Array(n + 1);
    this.visible = new Uint32Array(n + 1);
    let cn = 0;
    let vis = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isCjkIdeograph(c)) cn++;
      // A surrogate pair counts once, at its high half.
      if (!isWhitespace(c) && !(c >= 0xdc00 && c <= 0xdfff)) vis++;
      this.chinese[i + 1] = cn;
      this.visible[i + 1] = vis;
    }
  }

  count(span: Span): OutlineStats {
    return {
      chineseChars: this.chinese[span.end] - this.chinese[span.start],
      chars: this.visible[span.end] - this.visible[span.start],
    };
  }
}
