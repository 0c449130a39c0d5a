import type { OutlineStats, Span } from './types';

export function isCjkIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12;
}

/** Characters between two stored prefix sums (see TextStats). */
const STEP = 32;

function isVisible(c: number): boolean {
  // A surrogate pair counts once, at its high half.
  return !isWhitespace(c) && !(c >= 0xdc00 && c <= 0xdfff);
}

/**
 * Prefix sums of character counts, so that any section's counts cost two
 * lookups and a short scan instead of a rescan. A sum is kept every STEP
 * characters, not at every one: 0.25 bytes a character instead of 8 (a 50 MB
 * report's sums took 170 MB), for at most 2 × STEP characters read a count.
 */
export class TextStats {
  private readonly chinese: Uint32Array;
  private readonly visible: Uint32Array;

  constructor(private readonly text: string) {
    const n = text.length;
    this.chinese = new Uint32Array(Math.floor(n / STEP) + 1);
    this.visible = new Uint32Array(Math.floor(n / STEP) + 1);
    let cn = 0;
    let vis = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isCjkIdeograph(c)) cn++;
      if (isVisible(c)) vis++;
      if ((i + 1) % STEP === 0) {
        this.chinese[(i + 1) / STEP] = cn;
        this.visible[(i + 1) / STEP] = vis;
      }
    }
  }

  count(span: Span): OutlineStats {
    const start = this.before(span.start);
    const startChinese = this.chineseBefore;
    const end = this.before(span.end);
    return { chineseChars: this.chineseBefore - startChinese, chars: end - start };
  }

  /** Chinese characters before the offset last given to `before`. */
  private chineseBefore = 0;

  /** Visible characters before `offset` (and the Chinese ones, in chineseBefore): one short scan. */
  private before(offset: number): number {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const k = Math.floor(at / STEP);
    let chinese = this.chinese[k];
    let visible = this.visible[k];
    for (let i = k * STEP; i < at; i++) {
      const c = this.text.charCodeAt(i);
      if (isCjkIdeograph(c)) chinese++;
      if (isVisible(c)) visible++;
    }
    this.chineseBefore = chinese;
    return visible;
  }
}
