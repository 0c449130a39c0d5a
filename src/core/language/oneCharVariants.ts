import type { TypoModel } from './typo';

/**
 * Every spelling of `word` one character away from it by the model's sets: a same-sounding or
 * near-sounding character ('pinyin'), then a look-alike ('shape'), each position in turn, CJK
 * characters only. The leaders' names (leaders.ts) and the key phrases (keyPhrases.ts) index
 * their misspellings so.
 */
export function* oneCharVariants(m: TypoModel, word: string): Generator<{ variant: string; kind: 'pinyin' | 'shape' }> {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    const sets = [
      [m.soundsLike(c) + m.soundsNear(c), 'pinyin'],
      [m.looksLike(c), 'shape'],
    ] as const;
    for (const [set, kind] of sets) {
      for (const ch of set) {
        if (ch !== word[i]) yield { variant: word.slice(0, i) + ch + word.slice(i + 1), kind };
      }
    }
  }
}
