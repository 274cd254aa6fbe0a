import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderStatistics } from '../../../src/sims/components/select';
import { quantileSorted, summariseLayer } from '../../../src/sims/components/summary';
import { QUANTILE_PROBS } from '../../../src/sims/components/defaults';

describe('orderStatistics: exact ranks without a sort', () => {
  it('finds what a sorted copy holds at each rank, ties and zeros included', () => {
    const values = fc.oneof(fc.double({ noNaN: true, min: -1e30, max: 1e30 }), fc.constantFrom(0, -0, 1, 1e-45, 2 ** -126));
    fc.assert(fc.property(fc.array(values, { minLength: 1, maxLength: 300 }), fc.array(fc.nat(400), { maxLength: 20 }), (xs, picks) => {
      const sorted = Float64Array.from(xs).sort();
      const ranks = [...picks.map((p) => p % xs.length), 0, xs.length - 1];
      const got = orderStatistics(Float64Array.from(xs), ranks);
      // toBe-equal including the sign of zero is not asked: a sort and a select may keep either of 0 and −0
      expect(got.map((v) => v + 0)).toEqual(ranks.map((r) => sorted[r] + 0));
    }), { numRuns: 300 });
  });

  it('gives NaN for a rank outside the array and leaves an empty array alone', () => {
    expect(orderStatistics(new Float64Array([3, 1, 2]), [-1, 3, 1.5, 1])).toEqual([NaN, NaN, NaN, 2]);
    expect(orderStatistics(new Float64Array(0), [0])).toEqual([NaN]);
  });

  it('a large layer (sizes the island uses) agrees with the sort, rank by rank', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const n of [1024, 1025, 4096]) {
      const xs = Float64Array.from({ length: n }, () => Math.exp(-60 * rnd()));
      const sorted = xs.slice().sort();
      const ranks = Array.from({ length: 40 }, (_, i) => Math.floor((i * (n - 1)) / 39));
      expect(orderStatistics(xs.slice(), ranks)).toEqual(ranks.map((r) => sorted[r]));
    }
  });
});

describe('summariseLayer by selection equals the sort-based quantiles', () => {
  it('every quantile, bit for bit, on random layers', () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), { minLength: 1, maxLength: 500 }), (xs) => {
      const sorted = Float64Array.from(xs.map(Math.abs)).sort();
      const q = summariseLayer(4, xs);
      expect(q.min).toBe(sorted[0]);
      expect(q.max).toBe(sorted[sorted.length - 1]);
      for (const [key, p] of Object.entries(QUANTILE_PROBS)) expect(q[key as keyof typeof QUANTILE_PROBS]).toBe(quantileSorted(sorted, p));
    }), { numRuns: 300 });
  });
});
