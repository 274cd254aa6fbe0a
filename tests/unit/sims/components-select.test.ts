import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderStatistics } from '../../../src/sims/components/select';
import { quantileSorted, summariseFloat32, summariseLayer } from '../../../src/sims/components/summary';
import { sortedMagnitudes } from '../../../src/sims/components/radix';
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

describe('sortedMagnitudes: a radix sort of float32 bits', () => {
  const f32 = fc.float({ noNaN: false, noDefaultInfinity: false });
  it('gives the finite |x| in the order a numeric sort gives, and counts zeros and non-finite values', () => {
    fc.assert(fc.property(fc.array(f32, { maxLength: 600 }), (xs) => {
      const values = Float32Array.from(xs);
      const finite = Array.from(values, Math.abs).filter(Number.isFinite);
      const want = Float64Array.from(finite).sort();
      const got = sortedMagnitudes(values);
      expect(Array.from(got.sorted)).toEqual(Array.from(want));
      expect(got.zeros).toBe(finite.filter((v) => v === 0).length);
      expect(got.nonFinite).toBe(values.length - finite.length);
    }), { numRuns: 300 });
  });

  it('handles subnormals, −0 and a view into a larger buffer without touching the rest', () => {
    const buf = new Float32Array([9, -1e-45, 3e-39, -0, 0, -2, 1e-40, 9]);
    const view = buf.subarray(1, 7);
    const got = sortedMagnitudes(view);
    expect(Array.from(got.sorted)).toEqual([0, 0, Math.fround(1e-45), Math.fround(1e-40), Math.fround(3e-39), 2]);
    expect(got.zeros).toBe(2);
    expect(Array.from(buf)).toEqual(Array.from(new Float32Array([9, -1e-45, 3e-39, -0, 0, -2, 1e-40, 9])));
  });
});

describe('summariseFloat32 equals summariseLayer bit for bit', () => {
  it('on random float32 layers', () => {
    fc.assert(fc.property(fc.array(fc.float({ noNaN: false }), { minLength: 0, maxLength: 400 }), (xs) => {
      const values = Float32Array.from(xs);
      expect(summariseFloat32(2, values)).toEqual(summariseLayer(2, values));
    }), { numRuns: 300 });
  });
});
