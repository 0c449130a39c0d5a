/**
 * A Bloom filter as scripts/language-bloom.mjs writes it: a set of strings in ~1.5 bytes each,
 * with a small rate of false "present" answers (for the typo check, a slip taken for a known
 * word is a miss, never a false alarm).
 */
export interface EncodedBloom {
  m: number;
  k: number;
  /**
   * Blocked: an entry's k bits lie in one 512-bit block chosen by the first hash, so a lookup
   * reads one cache line (scripts/language-bloom.mjs). Without it, the classic layout of older data.
   */
  blocked?: boolean;
  /** The bit array, base64. */
  bits: string;
}

const BLOCK_BITS = 512;

export class Bloom {
  private readonly bits: Uint8Array;
  private readonly m: number;
  private readonly k: number;
  /** Number of 512-bit blocks; 0 for a classic filter. */
  private readonly blocks: number;
  private readonly inverse: number;

  constructor(encoded: EncodedBloom) {
    this.m = encoded.m;
    this.k = encoded.k;
    this.blocks = encoded.blocked ? encoded.m / BLOCK_BITS : 0;
    this.inverse = this.blocks ? 1 / this.blocks : 0;
    this.bits = decodeBase64(encoded.bits);
  }

  has(s: string): boolean {
    return this.hasRange(s, 0, s.length);
  }

  /** Whether s.slice(start, end) is in the set, without making the substring. */
  hasRange(s: string, start: number, end: number): boolean {
    let h1 = 0x811c9dc5 | 0;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    return this.probe(h1, h2);
  }

  /**
   * Adds s to the set, as scripts/language-bloom.mjs does (for words the data lists apart: see
   * `young` in typo.ts). Only blocked filters, the layout every build since writes.
   */
  add(s: string): void {
    if (this.blocks === 0) return;
    let h1 = 0x811c9dc5 | 0;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h2 |= 1;
    const base = ((h1 >>> 0) % this.blocks) * BLOCK_BITS;
    const step = (h1 >>> 9) | 1;
    for (let i = 0; i < this.k; i++) {
      const x = base + ((h2 + Math.imul(i, step)) & (BLOCK_BITS - 1));
      this.bits[x >>> 3] |= 1 << (x & 7);
    }
  }

  /** Whether s.slice(start, end) with the code units at q and q + 1 swapped is in the set, without making it. */
  hasSwapped(s: string, start: number, end: number, q: number): boolean {
    let h1 = 0x811c9dc5 | 0;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i === q ? q + 1 : i === q + 1 ? q : i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    return this.probe(h1, h2);
  }

  /** Whether the two UTF-16 code units a, b (a bigram) are in the set, without concatenating them. */
  hasPair(a: number, b: number): boolean {
    let h1 = Math.imul(0x811c9dc5 ^ a, 0x01000193);
    let h2 = Math.imul((0x01000193 ^ 0x5bd1e995) ^ a, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    return this.probe(h1, h2);
  }

  /**
   * h1, h2 are the two hashes as int32 bit patterns: V8 keeps int32 in registers, while a uint32
   * above 2^31 (what `>>> 0` makes) becomes a heap number, and the modulo below a float division.
   */
  private probe(h1: number, h2: number): boolean {
    h2 |= 1;
    const bits = this.bits;
    if (this.blocks > 0) {
      // (h1 as uint32) % blocks, by a multiplication with the reciprocal, exact after one
      // correction (integer division is the slowest step of a lookup).
      const blocks = this.blocks;
      const h = h1 >>> 0;
      let r = h - Math.floor(h * this.inverse) * blocks;
      if (r < 0) r += blocks;
      else if (r >= blocks) r -= blocks;
      const base = r * BLOCK_BITS;
      const step = (h1 >>> 9) | 1;
      for (let i = 0; i < this.k; i++) {
        const x = base + ((h2 + Math.imul(i, step)) & (BLOCK_BITS - 1));
        if ((bits[x >>> 3] & (1 << (x & 7))) === 0) return false;
      }
      return true;
    }
    for (let i = 0; i < this.k; i++) {
      const x = ((h1 + Math.imul(i, h2)) >>> 0) % this.m;
      if ((bits[x >>> 3] & (1 << (x & 7))) === 0) return false;
    }
    return true;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) LOOKUP[B64.charCodeAt(i)] = i;

/** Base64 to bytes, by table: Node's atob is slow on megabytes, and Buffer is not in the web host. */
function decodeBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = LOOKUP[s.charCodeAt(i)];
    const b = LOOKUP[s.charCodeAt(i + 1)];
    const c = i + 2 < len ? LOOKUP[s.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? LOOKUP[s.charCodeAt(i + 3)] : 0;
    out[o++] = (a << 2) | (b >> 4);
    if (o < out.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < out.length) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}
