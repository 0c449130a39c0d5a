/**
 * How often each of `sequences` (2–4 characters) and of `chars` occurs in text, in one pass:
 * a table of the characters they start with, then a look at the few positions that hold one.
 * Counts of sequences stop at `sequenceCap` (2 unless said) and of characters at `charCap`: that is all the callers ask
 * (a search of the whole document for each sequence was quadratic on a large one).
 */
export function countInText(charCap: number, text: string, sequences: string[], chars: string[] = [], sequenceCap = 2): Map<string, number> {
  const counts = new Map<string, number>();
  const single = new Set(chars.filter((ch) => ch.length === 1));
  if (!sequences.length && !single.size) return counts;
  // (By length, each position looking its few lengths up in a set: a list per first character,
  // tried in turn, was quadratic where thousands of names share one, as in a list of villages.)
  const lengths: number[] = [];
  const starts = new Uint8Array(0x10000);
  for (const s of new Set(sequences)) {
    counts.set(s, 0);
    if (!lengths.includes(s.length)) lengths.push(s.length);
    starts[s.charCodeAt(0)] = 1;
  }
  for (const ch of single) {
    counts.set(ch, 0);
    starts[ch.charCodeAt(0)] = 1;
  }
  for (let i = 0; i < text.length; i++) {
    if (!starts[text.charCodeAt(i)]) continue;
    const ch = text[i];
    const n = single.has(ch) ? (counts.get(ch) ?? 0) : charCap;
    if (n < charCap) counts.set(ch, n + 1);
    for (const L of lengths) {
      if (i + L > text.length) continue;
      const s = text.slice(i, i + L);
      const k = counts.get(s);
      // (A character counted above is no sequence here: sequences are 2–4 characters long.)
      if (k !== undefined && k < sequenceCap && s.length > 1) counts.set(s, k + 1);
    }
  }
  return counts;
}
