import { indexKeyStarts, keysStartingAt, type KeyStarts } from './keyStarts';
import { wordingEntries, type WordingContext, type WordingEntry, type WordingMatch } from './wording-entries';

export { wordingEntries, type WordingEntry, type WordingMatch } from './wording-entries';

export interface WordingHit extends WordingMatch {
  entry: WordingEntry;
}

/**
 * Paragraph text (and document year) → hits, so that a keystroke re-reads only the paragraph it
 * changed. Bounded: cleared when it grows past the size of a few large reports.
 */
const cache = new Map<string, WordingHit[]>();

/**
 * All entries' keys by their first two characters, longest first (one scan of a paragraph tells
 * which entries can match there), and by key the entries it stands for. Built on the first check,
 * not when the module loads: the extension's activation does not wait for it.
 * (Every key has two characters at least.)
 */
interface KeyIndex {
  starts: KeyStarts;
  byKey: Map<string, WordingEntry[]>;
}
let keyIndex: KeyIndex | undefined;

function wordingKeys(): KeyIndex {
  if (keyIndex) return keyIndex;
  const keys = [...new Set(wordingEntries().flatMap((e) => e.keys))].sort((a, b) => b.length - a.length);
  const order = new Map(wordingEntries().map((e, i) => [e, i]));
  const direct = new Map<string, WordingEntry[]>();
  for (const e of wordingEntries()) {
    for (const k of e.keys) {
      const list = direct.get(k);
      if (!list) direct.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  // A key found also stands for every shorter key inside it (习近平总书记关于 holds 习近平); the
  // entries in the dictionary's order.
  const byKey = new Map<string, WordingEntry[]>();
  for (const other of keys) {
    const entries = new Set<WordingEntry>();
    for (const k of keys) if (other.includes(k)) for (const e of direct.get(k)!) entries.add(e);
    byKey.set(other, [...entries].sort((a, b) => order.get(a)! - order.get(b)!));
  }
  keyIndex = { starts: indexKeyStarts(keys), byKey };
  return keyIndex;
}
const CACHE_LIMIT = 20000;

/** Forgets the per-paragraph results (benchmarks measure a cold check with it). */
export function clearWordingCache(): void {
  cache.clear();
}

/** Every wording hit in one paragraph of prose, sorted by position; overlapping hits keep the first, longest. */
export function findWording(text: string, context: WordingContext = {}): WordingHit[] {
  const key = `${context.documentYear ?? ''}${context.newEra ? '+' : ''}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const hits: WordingHit[] = [];
  const candidates = new Set<WordingEntry>();
  const { starts, byKey } = wordingKeys();
  // Single quotes written where double ones belong (‘十五五’规划, the 三会一课 in ‘’) are read as
  // double: the entries' patterns know the formulas in “”. (One character for one: positions hold.)
  const singleQuoted = text.includes('‘') || text.includes('’');
  const read = singleQuoted ? text.replace(/‘/g, '“').replace(/’/g, '”') : text;
  // At each position the longest key that begins there (it stands for the shorter ones inside it).
  // (Each position, not past the key: keys overlap, 十五五 and 五规划 of 十五五规划.)
  for (let i = 0; i + 1 < read.length; i++) {
    const keys = keysStartingAt(starts, read, i);
    if (!keys) continue;
    const k = keys.find((key) => read.startsWith(key, i));
    if (k !== undefined) for (const e of byKey.get(k)!) candidates.add(e);
  }
  // (The candidates, not all entries: most paragraphs name a few of them.)
  for (const entry of candidates) {
    for (const m of entry.find(read, context)) {
      // (A replacement over the writer's own single quotes keeps them.)
      const own = singleQuoted ? text.slice(m.index, m.index + m.length) : '';
      const replacement = /[‘’]/.test(own) ? m.replacement.replace(/“/g, '‘').replace(/”/g, '’') : m.replacement;
      hits.push({ ...m, replacement, entry });
    }
  }
  hits.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: WordingHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.index < end) continue;
    out.push(h);
    end = h.index + h.length;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * The year a report is about, for 今年: a 20XX年 in its title (the first non-empty line, short,
 * not a numbered heading such as 一、2024年工作回顾), in a title that is not a plan for the coming year.
 */
export function documentYear(text: string): number | undefined {
  const m = /^\s*(.*)/.exec(text);
  const title = m ? m[1].trim() : '';
  if (title.length > 40 || /^[一二三四五六七八九十]+、|^第/.test(title) || /计划|规划|打算|展望|回顾/.test(title)) return undefined;
  const y = /(20\d{2})\s*年/.exec(title);
  return y ? Number(y[1]) : undefined;
}

/** What only a document of the new era names (see WordingContext.newEra). */
const NEW_ERA_MARKS = /习近平新时代中国特色社会主义思想|(?:十九|二十)届[一二三四五六七]中全会|党的二十大|二十大(?:精神|报告)|[“"]?十[四五]五[”"]?(?:规划|时期|期间)/;

/** Whether the document names what exists only since the 19th Congress (WordingContext.newEra). */
export function documentOfNewEra(text: string): boolean {
  return NEW_ERA_MARKS.test(text);
}

/** What the wording entries read from the whole document: its year and its era. */
export function wordingContextOf(text: string): WordingContext {
  return { documentYear: documentYear(text), newEra: documentOfNewEra(text) };
}
