import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRODUCT_CODEC, type ProductState } from '../../../src/sims/product/state';
import {
  ACTIVATION_OPTIONS, DEPTH_MAX, GOAL_OPTIONS, INIT_OPTIONS, SIGMA_W_MAX, SIGMA_W_MIN,
} from '../../../src/sims/product/defaults';
import { effectiveSigmaW, float32Kind, float32ZeroFound, productBand, productModel } from '../../../src/sims/product/model';
import { SEED_MAX } from '../../../src/sims/url-state';

const D = PRODUCT_CODEC.defaults();
const isValid = (s: ProductState) =>
  Number.isInteger(s.depth) && s.depth >= 1 && s.depth <= DEPTH_MAX
  && ACTIVATION_OPTIONS.includes(s.activation) && INIT_OPTIONS.includes(s.init)
  && s.sigmaW >= SIGMA_W_MIN && s.sigmaW <= SIGMA_W_MAX && s.sigmaB >= 0 && s.sigmaB <= 2
  && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX
  && (GOAL_OPTIONS as readonly string[]).includes(s.goal)
  && Number.isInteger(s.layer) && s.layer >= 0 && s.layer <= DEPTH_MAX;

describe('product codec', () => {
  it('defaults to the lesson: depth 20, sigmoid, normal init, σ_w = 1', () => {
    expect(D).toMatchObject({ depth: 20, activation: 'sigmoid', init: 'normal', sigmaW: 1, sigmaB: 0, goal: 'none' });
  });
  it('round-trips random valid states', () => {
    const state = fc.record({
      depth: fc.integer({ min: 1, max: DEPTH_MAX }),
      activation: fc.constantFrom(...ACTIVATION_OPTIONS),
      init: fc.constantFrom(...INIT_OPTIONS),
      sigmaW: fc.integer({ min: 0, max: 78 }).map((k) => Number((0.1 + k * 0.05).toFixed(2))),
      sigmaB: fc.integer({ min: 0, max: 40 }).map((k) => Number((k * 0.05).toFixed(2))),
      seed: fc.integer({ min: 0, max: SEED_MAX }),
      goal: fc.constantFrom(...GOAL_OPTIONS),
      layer: fc.integer({ min: 0, max: DEPTH_MAX }),
    });
    fc.assert(fc.property(state, (s) => {
      const d = PRODUCT_CODEC.decode(PRODUCT_CODEC.encode(s));
      expect(d.state).toEqual(s);
      expect(d.notices).toEqual([]);
    }), { numRuns: 200 });
  });
  it('always decodes random strings to a valid state', () => {
    const key = fc.constantFrom('depth', 'activation', 'init', 'sigmaW', 'sigmaB', 'seed', 'goal', 'layer', 'lock', 'sw');
    fc.assert(fc.property(fc.array(fc.tuple(key, fc.string()), { maxLength: 6 }), (pairs) =>
      isValid(PRODUCT_CODEC.decode(pairs.map(([k, v]) => `product.${k}=${encodeURIComponent(v)}`).join('&')).state)));
  });
  it('maps the issue’s bad links to the nearest valid state with notices', () => {
    const d = PRODUCT_CODEC.decode('?product.depth=10000&product.activation=swishy&product.sigmaW=x');
    expect(d.state).toMatchObject({ depth: DEPTH_MAX, activation: 'sigmoid', sigmaW: 1 });
    expect(d.notices.map((n) => n.reason)).toEqual(['out-of-range', 'unknown-value', 'not-a-number']);
  });
});

describe('product model: the claims the figure and caption make', () => {
  it('at depth 20 with the sigmoid, P_1 is below 1e-10 and below the 0.25^20 bound', () => {
    const d = productModel(D);
    expect(d.first.log10Product).toBeLessThan(-10);
    expect(d.first.log10Product).toBeLessThanOrEqual(20 * Math.log10(0.25) + 1e-9);
    expect(d.first.float32Kind).toBe('normal');
  });
  it('the product shrinks toward the input, one factor ≤ 1/4 per layer', () => {
    const d = productModel(D);
    for (let k = 0; k + 1 < d.layers.length; k++) {
      const step = d.layers[k].log10Product - d.layers[k + 1].log10Product;
      expect(step).toBeLessThanOrEqual(Math.log10(0.25) + 1e-9);
    }
  });
  it('float32 holds a subnormal and then exactly 0 at layer 1 as depth grows', () => {
    const kinds = [40, 70, 100].map((depth) => productModel({ ...D, depth }).first.float32Kind);
    expect(kinds).toEqual(['normal', 'subnormal', 'zero']);
  });
  it('at depth 100 the float64 product is still a number (about 1e-60 or below), not 0', () => {
    const d = productModel({ ...D, depth: 100 });
    expect(d.first.log10Product).toBeLessThan(-60);
    expect(Number.isFinite(d.first.log10Product)).toBe(true);
  });
  it('the goal check finds a depth whose float32 P_1 is 0 while one layer less is not', () => {
    let found = 0;
    for (let depth = 60; depth <= DEPTH_MAX && !found; depth++) {
      const s = { ...D, depth };
      if (float32ZeroFound(s, productModel(s))) found = depth;
    }
    expect(found).toBeGreaterThan(60);
    expect(productModel({ ...D, depth: found }).first.float32Product).toBe(0);
    expect(productModel({ ...D, depth: found - 1 }).first.float32Product).toBeGreaterThan(0);
  });
  it('mean field: χ₁ < 1 for the default sigmoid, and the line passes through ‖Δ^(L)‖', () => {
    const d = productModel(D);
    expect(d.chi1).toBeLessThan(1);
    const last = d.layers[d.depth - 1];
    expect(last.log10MeanField).toBeCloseTo(Math.log10(last.deltaNorm), 9);
    expect(d.first.log10MeanField).toBeLessThan(last.log10MeanField);
  });
  it('ReLU with σ_w = 4 at depth 100 overflows float32: ‖Δ‖ is never a normal number at layer 1', () => {
    const d = productModel({ ...D, activation: 'relu', sigmaW: 4, depth: 100 });
    expect(d.chi1).toBeGreaterThan(1);
    expect(['zero', 'infinite', 'nan']).toContain(d.first.deltaKind);
  });
  it('initialisers map to their effective σ_w', () => {
    expect(effectiveSigmaW('normal', 2.5)).toBe(2.5);
    expect(effectiveSigmaW('he-normal', 0.3)).toBeCloseTo(Math.SQRT2, 12);
    expect(effectiveSigmaW('xavier-normal', 3)).toBe(1);
  });
  it('float32Kind names every case', () => {
    expect([1, 2 ** -130, 0, Infinity, NaN].map(float32Kind)).toEqual(['normal', 'subnormal', 'zero', 'infinite', 'nan']);
  });
  it('the seed band brackets the current seed’s ‖Δ‖ within its min–max', () => {
    const s = { ...D, depth: 10 };
    const band = productBand(s, 4);
    const d = productModel(s);
    expect(band).toHaveLength(10);
    for (const b of band) {
      const v = Math.log10(d.layers[b.layer - 1].deltaNorm);
      expect(v).toBeGreaterThanOrEqual(b.deltaMin - 1e-9);
      expect(v).toBeLessThanOrEqual(b.deltaMax + 1e-9);
      expect(b.deltaQ1).toBeLessThanOrEqual(b.deltaQ3);
    }
  });
});
