// The Bloom filter of the typo data, as the build writes it. The reader is
// src/core/language/bloom.ts: the two must hash alike (test/unit/typo.test.ts checks it on the built data).
export function hashes(s) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

/**
 * A blocked Bloom filter: each entry sets its k bits inside one 512-bit (64-byte) block chosen by
 * the first hash, so a lookup reads one cache line instead of k scattered ones (the typo check
 * looks up several windows per character). Sized a little larger than a classic filter for the
 * same false-positive rate p, since bits crowd within a block.
 */
export const BLOCK_BITS = 512;

export function bloomCreate(n, p) {
  const classic = Math.ceil((-n * Math.log(p)) / (Math.LN2 * Math.LN2));
  const k = Math.max(1, Math.round((classic / n) * Math.LN2));
  const blocks = Math.ceil((classic * 1.15) / BLOCK_BITS);
  return { m: blocks * BLOCK_BITS, k, blocked: true, bits: new Uint8Array((blocks * BLOCK_BITS) / 8) };
}

/** The bit positions of an entry (h1, h2 from `hashes`), as src/core/language/bloom.ts computes them. */
export function bloomBits(b, h1, h2) {
  const base = (h1 % (b.m / BLOCK_BITS)) * BLOCK_BITS;
  const step = ((h1 >>> 9) | 1) >>> 0;
  const out = [];
  for (let i = 0; i < b.k; i++) out.push(base + ((h2 + Math.imul(i, step)) & (BLOCK_BITS - 1)));
  return out;
}

export function bloomAdd(b, s) {
  const [h1, h2] = hashes(s);
  for (const x of bloomBits(b, h1, h2)) b.bits[x >>> 3] |= 1 << (x & 7);
}

export function bloomEncode(b) {
  return { m: b.m, k: b.k, blocked: true, bits: Buffer.from(b.bits).toString('base64') };
}
