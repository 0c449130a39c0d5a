/**
 * The half-width marks Chinese text must not hold, with the full-width form punctuation-halfwidth's
 * fix makes of each. One table for every rule that judges text as it will be once they are fixed
 * (ascii-quotes, spacing, the placeholders' bold test), so that a fix never changes their verdict.
 */
export const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Whether ch is one of those half-width marks. */
export function isHalfWidthMark(ch: string | undefined): boolean {
  return ch !== undefined && Object.prototype.hasOwnProperty.call(HALF_TO_FULL, ch);
}
