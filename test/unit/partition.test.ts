import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/core/partition';

describe('partitionPoint', () => {
  it('counts the leading items the predicate holds for', () => {
    const xs = [1, 3, 3, 5, 8];
    expect(partitionPoint(xs, (x) => x < 3)).toBe(1);
    expect(partitionPoint(xs, (x) => x <= 3)).toBe(3);
    expect(partitionPoint(xs, (x) => x < 0)).toBe(0);
    expect(partitionPoint(xs, (x) => x < 100)).toBe(5);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('agrees with a linear scan on random sorted lists', () => {
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 50;
    for (let k = 0; k < 200; k++) {
      const xs = Array.from({ length: next() }, next).sort((a, b) => a - b);
      const at = next();
      expect(partitionPoint(xs, (x) => x < at)).toBe(xs.filter((x) => x < at).length);
    }
  });
});
