// Mean-field theory (Schoenholz et al. 2017) and the Gauss–Hermite rule under it.
import { describe, expect, it } from 'vitest';
import { gaussHermite, gaussianExpectation, GAUSS_HERMITE_POINTS } from '../../../src/engine/theory/gauss-hermite.ts';
import { gaussLegendre } from '../../../src/engine/theory/gauss-legendre.ts';
import { scaledGaussianExpectation } from '../../../src/engine/theory/expectation.ts';
import { chiAt, lengthMap, meanFieldFor } from '../../../src/engine/theory/length-map.ts';
import { criticalSigmaW, meanField } from '../../../src/engine/theory/mean-field.ts';
import { ACTIVATIONS, ACTIVATION_NAMES } from '../../../src/engine/activations.ts';

const QUADRATURE_TOLERANCE = 1e-12;
/** Tolerance on a critical σ_w² found by bisection against a value quoted to two decimals. */
const QUOTED_TOLERANCE = 0.01;

/** E[z^k] for z ~ N(0, 1): 0 for odd k, (k − 1)!! for even k. */
function normalMoment(k: number): number {
  if (k % 2 === 1) return 0;
  let m = 1;
  for (let j = k - 1; j > 1; j -= 2) m *= j;
  return m;
}

/** Bisection on σ_w² for χ₁(σ_w², σ_b) = 1 over [lo, hi]. */
function criticalSigmaW2(name: 'tanh' | 'relu', sigmaB: number, lo: number, hi: number): number {
  const f = (s2: number) => meanField(name, Math.sqrt(s2), sigmaB).chi1 - 1;
  expect(f(lo)).toBeLessThan(0);
  expect(f(hi)).toBeGreaterThan(0);
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

describe('Gauss–Hermite quadrature', () => {
  it('integrates polynomials of degree ≤ 2n − 1 exactly (moments of N(0, 1))', () => {
    const rule = gaussHermite(10);
    for (let k = 0; k <= 19; k++) {
      const got = gaussianExpectation((z) => z ** k, rule);
      // Odd moments cancel terms of size ~ E|z|^k, so scale the tolerance by √E[z^2k].
      const scale = Math.sqrt(normalMoment(2 * k));
      expect(Math.abs(got - normalMoment(k))).toBeLessThanOrEqual(QUADRATURE_TOLERANCE * scale);
    }
  });

  it('has the default size, ascending symmetric nodes, positive weights summing to 1', () => {
    const { nodes, weights } = gaussHermite(GAUSS_HERMITE_POINTS);
    expect(nodes.length).toBe(GAUSS_HERMITE_POINTS);
    let sum = 0;
    for (let i = 0; i < nodes.length; i++) {
      sum += weights[i];
      expect(weights[i]).toBeGreaterThan(0);
      expect(nodes[i] + nodes[nodes.length - 1 - i]).toBeCloseTo(0, 12);
      if (i > 0) expect(nodes[i]).toBeGreaterThan(nodes[i - 1]);
    }
    expect(sum).toBeCloseTo(1, 14);
  });

  it('is exact on high moments with the default rule, and matches a known value of a smooth function', () => {
    const rule = gaussHermite(GAUSS_HERMITE_POINTS);
    for (const k of [2, 8, 20, 40]) {
      expect(gaussianExpectation((z) => z ** k, rule) / normalMoment(k)).toBeCloseTo(1, 10);
    }
    // E[cos z] = e^{-1/2}
    expect(gaussianExpectation(Math.cos, rule)).toBeCloseTo(Math.exp(-0.5), 14);
  });

  it('has an exact middle node at 0 for odd n and rejects bad sizes', () => {
    expect(gaussHermite(7).nodes[3]).toBe(0);
    expect(() => gaussHermite(0)).toThrow(RangeError);
  });
});

/** E[h(z)] by brute force: 8-point Gauss–Legendre on 8 000 panels of [0, 16], both signs of z. */
function bruteForceExpectation(h: (z: number) => number): number {
  const { nodes, weights } = gaussLegendre(8);
  const panels = 8000;
  const width = 16 / panels;
  let sum = 0;
  for (let k = 0; k < panels; k++) {
    const mid = (k + 0.5) * width;
    for (let i = 0; i < nodes.length; i++) {
      const z = mid + 0.5 * width * nodes[i];
      sum += 0.5 * width * weights[i] * (h(z) + h(-z)) * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
  }
  return sum;
}

describe('the mean-field integrals E[g(√q z)²] and E[g\'(√q z)²]', () => {
  it('Gauss–Legendre integrates polynomials of degree ≤ 2m − 1 exactly on [-1, 1]', () => {
    const { nodes, weights } = gaussLegendre(7);
    for (let k = 0; k <= 13; k++) {
      let got = 0;
      for (let i = 0; i < nodes.length; i++) got += weights[i] * nodes[i] ** k;
      expect(got).toBeCloseTo(k % 2 === 1 ? 0 : 2 / (k + 1), 14);
    }
  });

  it('the composite rule matches brute force for every activation from q = 1e-4 to 1e4', () => {
    for (const name of ACTIVATION_NAMES) {
      const act = ACTIVATIONS[name];
      for (const s of [0.01, 0.7, 2, 10, 100]) {
        const d2 = scaledGaussianExpectation((u) => act.df(u) ** 2, s);
        const f2 = scaledGaussianExpectation((u) => act.f(u) ** 2, s);
        expect(d2 / bruteForceExpectation((z) => act.df(s * z) ** 2)).toBeCloseTo(1, 10);
        expect(f2 / bruteForceExpectation((z) => act.f(s * z) ** 2)).toBeCloseTo(1, 10);
      }
    }
  });

  it('is why plain Gauss–Hermite is not used: 96 nodes miss tanh\'s spike at q = 16 by > 1 %', () => {
    const rule = gaussHermite(GAUSS_HERMITE_POINTS);
    const s = 4;
    const dtanh2 = (z: number) => ACTIVATIONS.tanh.df(s * z) ** 2;
    const truth = bruteForceExpectation(dtanh2);
    expect(Math.abs(gaussianExpectation(dtanh2, rule) / truth - 1)).toBeGreaterThan(0.01);
    expect(scaledGaussianExpectation((u) => ACTIVATIONS.tanh.df(u) ** 2, s) / truth).toBeCloseTo(1, 10);
  });
});

describe('mean field: the length map and χ₁', () => {
  it('ReLU: χ₁ = σ_w²/2 at every σ_w, whether q* is 0, finite or ∞', () => {
    for (const s2 of [0.5, 1, 2, 3, 8]) {
      for (const sigmaB of [0, 0.1]) {
        const { chi1 } = meanField('relu', Math.sqrt(s2), sigmaB);
        expect(chi1).toBeCloseTo(s2 / 2, 12);
      }
    }
    expect(meanField('relu', Math.sqrt(3), 0).qStar).toBe(Infinity);
    expect(meanField('relu', 1, 0).qStar).toBe(0);
    expect(meanField('relu', Math.SQRT2, 0).qStar).toBeCloseTo(1, 12); // the length map is the identity
  });

  it('ReLU: the critical σ_w² is 2', () => {
    expect(criticalSigmaW2('relu', 0, 1, 3)).toBeCloseTo(2, 8);
    expect(meanField('relu', Math.SQRT2, 0).chi1).toBeCloseTo(1, 12);
  });

  it('tanh, σ_b = 0: q* = 0 and χ₁ = σ_w² g\'(0)² = σ_w² for σ_w ≤ 1; the critical σ_w² is 1', () => {
    for (const s of [0.3, 0.8, 1]) {
      const r = meanField('tanh', s, 0);
      expect(r.qStar).toBe(0);
      expect(r.chi1).toBeCloseTo(s * s, 12);
    }
    expect(meanField('tanh', 1, 0).chi1).toBeCloseTo(1, 12);
    expect(meanField('tanh', 1.5, 0).qStar).toBeGreaterThan(0);
    expect(criticalSigmaW2('tanh', 0, 0.5, 2)).toBeCloseTo(1, 6);
  });

  it('tanh just above criticality: q* ≈ (σ_w² − 1)/2 from the expansion tanh²x ≈ x² − 2x⁴/3 (slow path)', () => {
    const s = 1.001;
    const { qStar, chi1 } = meanField('tanh', s, 0);
    // q = σ_w²(q − 2q²) ⇒ q* ≈ (σ_w² − 1)/(2σ_w²)
    expect(qStar / ((s * s - 1) / (2 * s * s))).toBeCloseTo(1, 2);
    expect(chi1).toBeGreaterThan(1);
    expect(chi1).toBeLessThan(1 + 1e-4);
  });

  it('tanh, σ_b² = 0.05: the critical σ_w² is about 1.76 (bisection on χ₁ = 1)', () => {
    const s2 = criticalSigmaW2('tanh', Math.sqrt(0.05), 1, 3);
    expect(Math.abs(s2 - 1.76)).toBeLessThan(QUOTED_TOLERANCE);
    // criticalSigmaW agrees with the test's own bisection
    expect(criticalSigmaW('tanh', Math.sqrt(0.05)) ** 2).toBeCloseTo(s2, 8);
  });

  it('q* is a fixed point of the length map, and χ₁ is evaluated there', () => {
    const cases: [(typeof ACTIVATION_NAMES)[number], number, number][] = [
      ['tanh', 1.5, 0.3], ['sigmoid', 2, 0.1], ['tanh', 2.5, 0], ['gelu', 1.2, 0.2], ['softplus', 0.8, 0.1],
    ];
    for (const [name, sw, sb] of cases) {
      const act = ACTIVATIONS[name];
      const { qStar, chi1 } = meanField(name, sw, sb);
      expect(Number.isFinite(qStar)).toBe(true);
      expect(lengthMap(act, qStar, sw, sb) / qStar).toBeCloseTo(1, 9);
      expect(chi1).toBeCloseTo(chiAt(act, qStar, sw), 12);
    }
  });

  it('linear: χ₁ = σ_w² exactly; with σ_b > 0 at σ_w = 1 the length grows without bound', () => {
    for (const s of [0.5, 1, 1.5]) expect(meanField('linear', s, 0).chi1).toBeCloseTo(s * s, 12);
    expect(meanField('linear', 1, 0.1).qStar).toBe(Infinity);
  });

  it('leaky ReLU: χ₁ = σ_w²(1 + a²)/2 for any slope a passed as param', () => {
    for (const a of [0.01, 0.2]) {
      expect(meanField('leaky-relu', 1.3, 0, a).chi1).toBeCloseTo((1.69 * (1 + a * a)) / 2, 10);
    }
  });

  it('every activation gives a finite, non-negative χ₁ at ordinary settings', () => {
    for (const name of ACTIVATION_NAMES) {
      for (const sw of [0.5, 1, 2, 4]) {
        const { chi1, qStar } = meanField(name, sw, 0.1);
        expect(Number.isFinite(chi1)).toBe(true);
        expect(chi1).toBeGreaterThanOrEqual(0);
        expect(qStar).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('works on any {f, df} pair without the table (meanFieldFor)', () => {
    const cube = { f: (z: number) => z, df: () => 1 };
    expect(meanFieldFor(cube, 0.9, 0).chi1).toBeCloseTo(0.81, 12);
  });
});
