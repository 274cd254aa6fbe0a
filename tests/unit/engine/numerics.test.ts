// PRNG, special functions, activations (values, derivatives, kinks) and the blocked matrix kernel.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ACTIVATIONS, ACTIVATION_NAMES, Random, erf, erfc, gemm, mulberry32 } from '../../../src/engine/index.ts';
import { GRAD_CHECK_STEP, GRAD_CHECK_TOLERANCE } from '../../../src/engine/constants.ts';

/** Kernel results are compared with a naive triple loop in float64 to this relative accuracy. */
const GEMM_TOLERANCE = 1e-12;
/** Reference values of erf/erfc (Abramowitz & Stegun tables, DLMF), to this relative accuracy. */
const ERF_TEST_TOLERANCE = 1e-14;

describe('mulberry32 and Random', () => {
  test('same seed, same stream; different seeds differ; values in [0, 1)', () => {
    const a = mulberry32(42), b = mulberry32(42), c = mulberry32(43);
    const xa = Array.from({ length: 1000 }, a), xb = Array.from({ length: 1000 }, b), xc = Array.from({ length: 1000 }, c);
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
    for (const x of xa) { expect(x).toBeGreaterThanOrEqual(0); expect(x).toBeLessThan(1); }
  });

  test('uniform mean ½ and variance 1/12; normal mean 0, variance 1 (n = 1e5, 6 standard errors)', () => {
    const n = 100_000;
    const r = new Random(9);
    let s = 0, s2 = 0, z = 0, z2 = 0;
    for (let i = 0; i < n; i++) { const u = r.uniform(); s += u; s2 += u * u; const g = r.normal(); z += g; z2 += g * g; }
    const se = 6 / Math.sqrt(n);
    expect(Math.abs(s / n - 0.5)).toBeLessThan(se * Math.sqrt(1 / 12));
    expect(Math.abs(s2 / n - (s / n) ** 2 - 1 / 12)).toBeLessThan(se * 0.075);
    expect(Math.abs(z / n)).toBeLessThan(se);
    expect(Math.abs(z2 / n - 1)).toBeLessThan(se * Math.SQRT2);
  });
});

describe('erf / erfc', () => {
  test.each([
    [0.5, 0.5204998778130465], [1, 0.8427007929497149], [2, 0.9953222650189527], [-1, -0.8427007929497149],
  ])('erf(%f)', (x, v) => expect(Math.abs(erf(x) - v) / Math.abs(v)).toBeLessThan(ERF_TEST_TOLERANCE));

  test.each([
    [3, 2.209049699858544e-5], [5, 1.5374597944280349e-12], [10, 2.088487583762545e-45],
  ])('erfc(%f) keeps relative accuracy in the tail', (x, v) => expect(Math.abs(erfc(x) - v) / v).toBeLessThan(ERF_TEST_TOLERANCE * 10));

  test('erf + erfc = 1 and continuity across the series / continued-fraction switch', () => {
    for (let x = -4; x <= 4; x += 0.01) expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThan(1e-15);
    const below = erfc(2.5 - 1e-12), above = erfc(2.5);
    expect(Math.abs(below - above) / above).toBeLessThan(1e-11);
  });
});

describe('activations', () => {
  const grid = Array.from({ length: 161 }, (_, i) => -8 + i * 0.1 + 0.0137); // avoids the kink at 0

  test.each(ACTIVATION_NAMES)('%s: df matches central differences of f (float64)', (name) => {
    const a = ACTIVATIONS[name];
    for (const z of grid) {
      const fd = (a.f(z + GRAD_CHECK_STEP) - a.f(z - GRAD_CHECK_STEP)) / (2 * GRAD_CHECK_STEP);
      const d = a.df(z);
      expect(Math.abs(fd - d) / Math.max(Math.abs(d), 1e-3)).toBeLessThan(GRAD_CHECK_TOLERANCE);
    }
  });

  test.each(ACTIVATION_NAMES)('%s: maxDerivative bounds |df| and is attained', (name) => {
    const a = ACTIVATIONS[name];
    let max = 0;
    for (let z = -10; z <= 10; z += 1e-3) max = Math.max(max, Math.abs(a.df(z)));
    for (const z of [-40, 20, 40]) max = Math.max(max, Math.abs(a.df(z))); // softplus′ → 1 only as z → ∞
    expect(max).toBeLessThanOrEqual(a.maxDerivative + 1e-12);
    expect(max).toBeGreaterThan(a.maxDerivative - 1e-6);
  });

  test('values at known points', () => {
    expect(ACTIVATIONS.sigmoid.f(0)).toBe(0.5);
    expect(ACTIVATIONS.sigmoid.df(0)).toBe(0.25);
    expect(ACTIVATIONS.tanh.df(0)).toBe(1);
    expect(ACTIVATIONS.softplus.f(0)).toBeCloseTo(Math.LN2, 15);
    expect(ACTIVATIONS.gelu.f(1)).toBeCloseTo(0.8413447460685429, 15); // Φ(1)
    expect(ACTIVATIONS.gelu.df(0)).toBe(0.5);
    expect(ACTIVATIONS.silu.df(0)).toBe(0.5);
    expect(ACTIVATIONS.elu.f(-1)).toBeCloseTo(Math.exp(-1) - 1, 15);
    expect(ACTIVATIONS['leaky-relu'].f(-2)).toBeCloseTo(-0.02, 15);
    expect(ACTIVATIONS['leaky-relu'].f(-2, 0.2)).toBeCloseTo(-0.4, 15);
    expect(ACTIVATIONS.elu.df(-1, 2)).toBeCloseTo(2 * Math.exp(-1), 15);
  });

  test('kinks: relu′(0) = 0, leaky-relu′(0) = slope, elu′(0) = alpha (left derivatives)', () => {
    expect(ACTIVATIONS.relu.f(0)).toBe(0);
    expect(ACTIVATIONS.relu.df(0)).toBe(0);
    expect(ACTIVATIONS['leaky-relu'].df(0)).toBe(ACTIVATIONS['leaky-relu'].defaultParam);
    expect(ACTIVATIONS.elu.df(0)).toBe(ACTIVATIONS.elu.defaultParam);
  });

  test.each(ACTIVATION_NAMES)('%s: finite at ±1000, NaN in NaN out, never throws', (name) => {
    const a = ACTIVATIONS[name];
    for (const z of [-1000, 1000, -Infinity, Infinity]) {
      expect(Number.isNaN(a.df(z))).toBe(false);
      expect(Number.isNaN(a.f(z))).toBe(false);
    }
    expect(Number.isNaN(a.df(NaN))).toBe(name !== 'linear');
    expect(Number.isFinite(a.f(-1000))).toBe(true);
    expect(Number.isNaN(a.f(NaN))).toBe(true);
  });
});

describe('gemm (4×4 register-blocked, strided)', () => {
  function naive(M: number, N: number, K: number, a: Float64Array, ars: number, acs: number, b: Float64Array, brs: number, bcs: number) {
    const c = new Float64Array(M * N);
    for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) {
      let s = 0;
      for (let p = 0; p < K; p++) s += a[i * ars + p * acs] * b[p * brs + j * bcs];
      c[i * N + j] = s;
    }
    return c;
  }

  test('matches a naive triple loop for random shapes, transposes and ragged edges', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 11 }),
      fc.boolean(), fc.boolean(), fc.boolean(), fc.integer(),
      (M, N, K, ta, tb, acc, seed) => {
        const r = new Random(seed);
        const a = Float64Array.from({ length: M * K }, () => r.normal());
        const b = Float64Array.from({ length: K * N }, () => r.normal());
        const [ars, acs] = ta ? [1, M] : [K, 1];
        const [brs, bcs] = tb ? [1, K] : [N, 1];
        const start = Float64Array.from({ length: M * N }, () => r.normal());
        const c = Float64Array.from(start);
        gemm(M, N, K, a, ars, acs, b, brs, bcs, c, acc);
        const ref = naive(M, N, K, a, ars, acs, b, brs, bcs);
        for (let i = 0; i < M * N; i++) {
          const expected = ref[i] + (acc ? start[i] : 0);
          expect(Math.abs(c[i] - expected)).toBeLessThan(GEMM_TOLERANCE * (1 + Math.abs(expected)) * K);
        }
      },
    ), { numRuns: 200 });
  });

  test('float32 output is the double-accumulated sum rounded once', () => {
    const K = 1000;
    const a = new Float32Array(K).fill(Math.fround(0.1));
    const b = new Float32Array(K).fill(1);
    const c = new Float32Array(1);
    gemm(1, 1, K, a, K, 1, b, 1, 1, c, false);
    let s = 0;
    for (let i = 0; i < K; i++) s += Math.fround(0.1);
    expect(c[0]).toBe(Math.fround(s));
  });
});
