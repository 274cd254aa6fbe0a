import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headline, quantileSorted, summariseLayer } from '../../../src/sims/components/summary';

describe('components summary: quantiles per layer', () => {
  it('takes magnitudes, counts zeros and non-finite values apart', () => {
    // |values| finite: 0 1 2 3 4 → type-7 quantiles fall on order statistics at 0.25, 0.5, 0.75
    const q = summariseLayer(3, [-4, 3, 0, 1, Number.NaN, -2, Number.POSITIVE_INFINITY]);
    expect(q.layer).toBe(3);
    expect(q.count).toBe(7);
    expect(q.zeros).toBe(1);
    expect(q.nonFinite).toBe(2);
    expect(q.min).toBe(0);
    expect(q.q1).toBe(1);
    expect(q.median).toBe(2);
    expect(q.q3).toBe(3);
    expect(q.max).toBe(4);
    // p01 = 0 + 0.04 * (1 - 0), p99 = 3 + 0.96 * (4 - 3)
    expect(q.p01).toBeCloseTo(0.04, 12);
    expect(q.p99).toBeCloseTo(3.96, 12);
  });

  it('interpolates between order statistics', () => {
    expect(quantileSorted([10, 20], 0.5)).toBe(15);
    expect(quantileSorted([7], 0.99)).toBe(7);
    expect(Number.isNaN(quantileSorted([], 0.5))).toBe(true);
  });

  it('an empty or all-NaN layer gives NaN quantiles, never a throw', () => {
    const q = summariseLayer(1, [Number.NaN, Number.NaN]);
    expect(q.nonFinite).toBe(2);
    expect(Number.isNaN(q.median)).toBe(true);
  });

  it('quantiles are ordered and bracketed by min and max, and the input is untouched', () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, min: -1e30, max: 1e30 }), { minLength: 1, maxLength: 200 }), (xs) => {
      const input = Float64Array.from(xs);
      const copy = Float64Array.from(xs);
      const q = summariseLayer(1, input);
      expect(input).toEqual(copy);
      const chain = [q.min, q.p01, q.q1, q.median, q.q3, q.p99, q.max];
      for (let i = 1; i < chain.length; i++) expect(chain[i]).toBeGreaterThanOrEqual(chain[i - 1] * (1 - 1e-12));
      expect(q.min).toBe(Math.min(...xs.map(Math.abs)));
      expect(q.max).toBe(Math.max(...xs.map(Math.abs)));
    }));
  });
});

describe('components headline', () => {
  const layer = (l: number, median: number) => summariseLayer(l, [median, median, median]);

  it('reports the orders of magnitude between the first and last median gradient', () => {
    const h = headline([layer(1, 0.5), layer(2, 0.1)], [layer(1, 1e-7), layer(2, 1e-2)]);
    expect(h.firstLayer).toBe(1);
    expect(h.lastLayer).toBe(2);
    expect(h.gradLog10Ratio).toBeCloseTo(5, 10);
    expect(h.weightFactor).toBeCloseTo(5, 10);
    expect(h.firstGradZero).toBe(false);
  });

  it('a zero median gradient at layer 1 gives no ratio and says so', () => {
    const h = headline([layer(1, 1), layer(2, 1)], [layer(1, 0), layer(2, 1e-3)]);
    expect(h.gradLog10Ratio).toBeNull();
    expect(h.firstGradZero).toBe(true);
  });
});
