/**
 * Literal keys of two characters or more, indexed by their first two code units, so that a
 * paragraph is read once for all of them: a byte per code unit says where a key can begin, then
 * one map lookup gives the keys beginning with that pair. (Shared by the wording dictionary and
 * the context patterns: a lookup per position costs a fraction of a regular expression of all the
 * keys as alternatives, or of an `includes` per key.)
 */
export interface KeyStarts {
  /** 1 for a code unit some key begins with: most positions are passed over on this alone. */
  firstChars: Uint8Array;
  /** The keys by their first two code units (startOf), in the order they were given. */
  byStart: Map<number, string[]>;
}

/** The first two code units at i as one number. */
export const startOf = (text: string, i: number): number => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

/** The index of `keys` (each two characters or more), keeping their order within each pair. */
export function indexKeyStarts(keys: Iterable<string>): KeyStarts {
  const firstChars = new Uint8Array(0x10000);
  const byStart = new Map<number, string[]>();
  for (const key of keys) {
    firstChars[key.charCodeAt(0)] = 1;
    const list = byStart.get(startOf(key, 0));
    if (list) list.push(key);
    else byStart.set(startOf(key, 0), [key]);
  }
  return { firstChars, byStart };
}

/** The keys whose first two code units are those at i (they may be longer: ask `startsWith`). */
export function keysStartingAt(index: KeyStarts, text: string, i: number): readonly string[] | undefined {
  if (index.firstChars[text.charCodeAt(i)] === 0 || i + 1 >= text.length) return undefined;
  return index.byStart.get(startOf(text, i));
}
