import { wordingEntries } from './wording-entries';
import initials from './phrase-initials.json';

export interface Phrase {
  text: string;
  /** Pinyin initials (习近平新时代… → xjpxsd…), computed by scripts/build-language-data.mjs with pinyin-pro. */
  initials: string;
  source: string;
}

let bank: Phrase[] | undefined;

/**
 * The phrase bank for drafting: every canonical expression of the wording dictionary once (the
 * forms with a gap, 关于……的重要论述, are templates, not phrases).
 */
export function phraseBank(): readonly Phrase[] {
  if (!bank) {
    const table = initials as Record<string, string>;
    const seen = new Set<string>();
    bank = [];
    for (const e of wordingEntries()) {
      if (seen.has(e.canonical) || e.canonical.includes('……')) continue;
      seen.add(e.canonical);
      bank.push({ text: e.canonical, initials: table[e.canonical] ?? '', source: e.source });
    }
  }
  return bank;
}

/** The canonical texts whose initials scripts/build-language-data.mjs --phrases computes. */
export function phraseTexts(): string[] {
  return [...new Set(wordingEntries().map((e) => e.canonical).filter((t) => !t.includes('……')))];
}
