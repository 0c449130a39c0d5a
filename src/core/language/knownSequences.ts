import type { Bloom } from './bloom';

/**
 * The ordinary pairs (the bigrams of the official texts and of jieba's words), asked through their
 * Bloom filter, with the last answers kept by pair: prose asks the same few thousand pairs again
 * and again, and a slot read costs less than a probe of the filter.
 */
export class OrdinaryPairs {
  /** A slot holds a pair's two code units, and its answer: bit 0 asked, bit 1 ordinary. */
  private readonly cachedPairs = new Uint32Array(PAIR_CACHE_SIZE);
  private readonly cachedAnswers = new Uint8Array(PAIR_CACHE_SIZE);

  constructor(private readonly filter: Bloom) {}

  has(a: number, b: number): boolean {
    const key = ((a << 16) | b) >>> 0;
    const slot = Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_CACHE_BITS);
    if (this.cachedPairs[slot] === key && this.cachedAnswers[slot] !== 0) return this.cachedAnswers[slot] === 3;
    const answer = this.filter.hasPair(a, b);
    this.cachedPairs[slot] = key;
    this.cachedAnswers[slot] = answer ? 3 : 1;
    return answer;
  }
}

const PAIR_CACHE_BITS = 12;
const PAIR_CACHE_SIZE = 1 << PAIR_CACHE_BITS;

/**
 * A set of sequences (the known sequences, of two to four characters) asked through its Bloom
 * filter and confirmed by the ordinary pairs.
 *
 * Every sequence these sets hold is made of ordinary pairs: the build puts in the pairs' filter
 * every pair of the official texts and of jieba's words, which are where the sequences come from,
 * and the words the data lists apart add theirs when loaded. A sequence the filter answers
 * "present" for while one of its pairs is no ordinary pair is therefore one of the filter's false
 * answers, never a real one. (Measured: some 0.3% of made-up four-character windows of common
 * characters were answered "known"; a slip inside such a window, 交易瓶台 of 交易平台,
 * was covered by it and never looked at, and 旅客滞流 was corrected into a 旅客直流 the filter
 * made up. A pair is confirmed the same way: 罚展 was known, so 经济罚展 became 经济法.)
 *
 * The one kind of sequence whose pairs need not be ordinary: those many of the project's reports
 * hold (`reportSequences`, 视频监控 of whose pair 频监 is none), kept apart, exactly.
 */
export class SequenceFilter {
  private readonly unpaired = new Set<string>();

  constructor(
    private readonly filter: Bloom,
    private readonly pairs: OrdinaryPairs,
  ) {}

  /** Adds a sequence whose pairs are ordinary ones (or are made so by the caller). */
  add(s: string): void {
    this.filter.add(s);
  }

  /** Adds a sequence whose pairs need not be ordinary ones (a report sequence across two words). */
  addUnpaired(s: string): void {
    this.filter.add(s);
    this.unpaired.add(s);
  }

  has(s: string): boolean {
    return this.hasRange(s, 0, s.length);
  }

  /** Whether s.slice(start, end) is in the set. */
  hasRange(s: string, start: number, end: number): boolean {
    if (!this.filter.hasRange(s, start, end)) return false;
    for (let i = start; i + 1 < end; i++) if (!this.pairs.has(s.charCodeAt(i), s.charCodeAt(i + 1))) return this.unpaired.has(s.slice(start, end));
    return true;
  }

  /** Whether s.slice(start, end), its code units at q and q + 1 swapped, is in the set. */
  hasSwapped(s: string, start: number, end: number, q: number): boolean {
    if (!this.filter.hasSwapped(s, start, end, q)) return false;
    const at = (i: number) => s.charCodeAt(i === q ? q + 1 : i === q + 1 ? q : i);
    for (let i = start; i + 1 < end; i++) {
      if (!this.pairs.has(at(i), at(i + 1))) {
        let w = '';
        for (let j = start; j < end; j++) w += String.fromCharCode(at(j));
        return this.unpaired.has(w);
      }
    }
    return true;
  }
}
