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

export function bloomCreate(n, p) {
  const m = Math.ceil((-n * Math.log(p)) / (Math.LN2 * Math.LN2));
  const k = Math.max(1, Math.round((m / n) * Math.LN2));
  return { m, k, bits: new Uint8Array(Math.ceil(m / 8)) };
}

export function bloomAdd(b, s) {
  const [h1, h2] = hashes(s);
  for (let i = 0; i < b.k; i++) {
    const bit = (h1 + Math.imul(i, h2)) >>> 0;
    const x = bit % b.m;
    b.bits[x >>> 3] |= 1 << (x & 7);
  }
}

export function bloomEncode(b) {
  return { m: b.m, k: b.k, bits: Buffer.from(b.bits).toString('base64') };
}
