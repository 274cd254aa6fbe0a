// Initialisers: empirical variance against the formula, uniform bounds, orthogonality, biases.
import { describe, expect, test } from 'vitest';
import { INIT_NAMES, Random } from '../../../src/engine/index.ts';
import type { InitName } from '../../../src/engine/index.ts';
import { initBias, initWeights } from '../../../src/engine/init.ts';

const FAN_IN = 200;
const FAN_OUT = 300;
const SIGMA_W = 1.7;
/** Relative band on a variance estimated from 60 000 draws (standard error ≈ 0.6 %). */
const VARIANCE_BAND = 0.05;
/** Orthogonality is exact up to float64 roundoff. */
const ORTHO_TOLERANCE = 1e-12;

const expectedVariance: Record<InitName, number> = {
  normal: SIGMA_W ** 2 / FAN_IN,
  uniform: SIGMA_W ** 2 / FAN_IN,
  'xavier-normal': 2 / (FAN_IN + FAN_OUT),
  'xavier-uniform': 2 / (FAN_IN + FAN_OUT),
  'he-normal': 2 / FAN_IN,
  'he-uniform': 2 / FAN_IN,
  'lecun-normal': 1 / FAN_IN,
  orthogonal: SIGMA_W ** 2 / FAN_OUT, // wide: fan_in orthonormal rows scaled by σ_w, so ‖W‖_F² = σ_w² fan_in
  standard: 1 / (3 * FAN_IN),
};

describe('initialisers', () => {
  test.each(INIT_NAMES)('%s: empirical variance matches the formula, mean ≈ 0', (init) => {
    const w = new Float64Array(FAN_IN * FAN_OUT);
    initWeights(w, FAN_IN, FAN_OUT, init, SIGMA_W, new Random(5));
    let s = 0, s2 = 0;
    for (const x of w) { s += x; s2 += x * x; }
    const v = s2 / w.length;
    expect(Math.abs(v / expectedVariance[init] - 1)).toBeLessThan(VARIANCE_BAND);
    expect(Math.abs(s / w.length)).toBeLessThan(6 * Math.sqrt(v / w.length));
  });

  test.each([
    ['uniform', SIGMA_W * Math.sqrt(3 / FAN_IN)], ['xavier-uniform', Math.sqrt(6 / (FAN_IN + FAN_OUT))],
    ['he-uniform', Math.sqrt(6 / FAN_IN)], ['standard', 1 / Math.sqrt(FAN_IN)],
  ] as const)('%s stays within ±%f', (init, limit) => {
    const w = new Float64Array(FAN_IN * FAN_OUT);
    initWeights(w, FAN_IN, FAN_OUT, init, SIGMA_W, new Random(6));
    for (const x of w) expect(Math.abs(x)).toBeLessThanOrEqual(limit);
  });

  test.each([[8, 8], [12, 5], [5, 12]])('orthogonal %i × %i: WᵀW = σ_w² I (tall) or W Wᵀ = σ_w² I (wide)', (fanIn, fanOut) => {
    const w = new Float64Array(fanIn * fanOut);
    initWeights(w, fanIn, fanOut, 'orthogonal', SIGMA_W, new Random(7));
    const tall = fanIn >= fanOut;
    const k = Math.min(fanIn, fanOut);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) {
      let dot = 0;
      if (tall) for (let i = 0; i < fanIn; i++) dot += w[i * fanOut + a] * w[i * fanOut + b];
      else for (let j = 0; j < fanOut; j++) dot += w[a * fanOut + j] * w[b * fanOut + j];
      expect(Math.abs(dot - (a === b ? SIGMA_W ** 2 : 0))).toBeLessThan(ORTHO_TOLERANCE);
    }
  });

  test('biases N(0, σ_b²)', () => {
    const b = new Float64Array(50_000);
    initBias(b, 0.3, new Random(8));
    const v = b.reduce((s, x) => s + x * x, 0) / b.length;
    expect(Math.abs(v / 0.09 - 1)).toBeLessThan(VARIANCE_BAND);
  });
});
