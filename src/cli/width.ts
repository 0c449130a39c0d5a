import { eastAsianWidth } from 'get-east-asian-width';

/** Combining marks, format characters (zero-width joiners, variation selectors): no column. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/**
 * Columns a character takes in a terminal: 2 for East Asian Wide and Fullwidth characters
 * (汉字, full-width punctuation such as “，”), 0 for combining and format characters, 1 otherwise.
 * Ambiguous characters (“…”, “—”) count 1, as most terminals draw them.
 */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x7f) return cp < 0x20 ? 0 : 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(cp);
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}
