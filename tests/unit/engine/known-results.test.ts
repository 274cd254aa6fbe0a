// Known results of the literature, reproduced statistically: per-layer medians over several seeds
// (runSeeds), fitted as a per-layer factor of ‖Δ^(l)‖², with wide margins around the value the math gives.
import { describe, expect, test } from 'vitest';
import { DEFAULT_NETWORK_CONFIG, runSeeds } from '../../../src/engine/index.ts';
import type { NetworkConfig } from '../../../src/engine/index.ts';

const SEEDS = 5;
const BATCH = 32;

function medians(over: Partial<NetworkConfig>, batch = BATCH): number[] {
  const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, inputDim: 8, outputDim: 4, sigmaB: 0, ...over };
  return runSeeds(config, { seeds: SEEDS, batch }).slice(0, config.depth).map((s) => s.deltaNorm.median);
}

/**
 * Geometric-mean factor by which ‖Δ‖² shrinks per layer going back toward the input, fitted by least squares
 * on ln ‖Δ^(l)‖² over the interior hidden layers (the first and last are boundary layers).
 * < 1: vanishing toward the input; > 1: exploding toward the input.
 */
function backwardFactor(deltaNorms: number[]): number {
  const ys = deltaNorms.slice(1, -1).map((v) => Math.log(v * v));
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0;
  ys.forEach((y, i) => { sxy += (i - mx) * (y - my); sxx += (i - mx) ** 2; });
  return Math.exp(-sxy / sxx);
}

const firstOverLast = (d: number[]): number => d[0] / d[d.length - 1];

describe('per-layer factor of ‖Δ‖² (mean field: χ₁ = σ_w² E[g′(z)²] at the fixed point)', () => {
  test('ReLU with He init: χ₁ = 2 · ½ = 1, flat', () => {
    const f = backwardFactor(medians({ activation: 'relu', init: 'he-normal', depth: 20, width: 128 }));
    expect(f).toBeGreaterThan(0.9);
    expect(f).toBeLessThan(1.1);
  });

  test('ReLU with σ_w² = 1: χ₁ = ½, the squared norm halves per layer', () => {
    const f = backwardFactor(medians({ activation: 'relu', init: 'normal', sigmaW: 1, depth: 20, width: 128 }));
    expect(f).toBeGreaterThan(0.4);
    expect(f).toBeLessThan(0.6);
  });

  test("tanh with the old 'standard' init U(±1/√n): σ_w² = 1/3, q* = 0, g′(0) = 1, so χ₁ = 1/3", () => {
    const f = backwardFactor(medians({ activation: 'tanh', init: 'standard', depth: 20, width: 128 }));
    expect(f).toBeGreaterThan(0.25);
    expect(f).toBeLessThan(0.42);
  });

  test('tanh with σ_w = 2.5 (chaotic phase, χ₁ > 1): the gradient explodes toward the input', () => {
    const d = medians({ activation: 'tanh', init: 'normal', sigmaW: 2.5, depth: 30, width: 128 });
    expect(backwardFactor(d)).toBeGreaterThan(1.2);
    expect(firstOverLast(d)).toBeGreaterThan(100);
  });

  test('ReLU with batch norm, no skips, depth 50: ‖Δ‖ grows toward the input (Yang et al. 2019, factor π/(π−1))', () => {
    const d = medians({ activation: 'relu', init: 'he-normal', batchNorm: true, depth: 50, width: 64 }, 64);
    const f = backwardFactor(d);
    expect(f).toBeGreaterThan(1.25);
    expect(f).toBeLessThan(1.75);
    expect(firstOverLast(d)).toBeGreaterThan(100);
  });
});

describe('depth', () => {
  test("sigmoid at depth 20 with Xavier init: g′ ≤ ¼ and ‖W‖₂ ≈ 2, so layer 1's ‖Δ‖ is orders of magnitude below the last's", () => {
    const d = medians({ activation: 'sigmoid', init: 'xavier-normal', depth: 20, width: 64 });
    expect(firstOverLast(d)).toBeLessThan(1e-3);
  });
});

describe('residual links at depth 50 (tanh, σ_w = 0.5: without skips ‖Δ‖² shrinks ~σ_w² = ¼ per layer)', () => {
  const base: Partial<NetworkConfig> = { activation: 'tanh', init: 'normal', sigmaW: 0.5, depth: 50, width: 64 };

  test('no skips: the first layer is many orders of magnitude below the last', () => {
    expect(firstOverLast(medians({ ...base, residual: 'none' }))).toBeLessThan(1e-6);
  });

  test.each([
    ['identity', 'identity'],
    ['trainable', 'identity'],
  ] as const)('%s skip initialised at the identity keeps layer 1 within 10× of the last', (residual, skipInit) => {
    const r = firstOverLast(medians({ ...base, residual, skipInit }));
    expect(r).toBeGreaterThan(0.1);
    expect(r).toBeLessThan(10);
  });

  test('a random trainable skip N(0, σ_w²/n) loses the "+1": ‖Δ‖² obeys d_l ≈ σ_w²(d_{l+1} + d_{l+2}), factor ≈ 0.64 per layer', () => {
    const d = medians({ ...base, residual: 'trainable', skipInit: 'random' });
    expect(firstOverLast(d)).toBeLessThan(1e-3);
    const f = backwardFactor(d);
    expect(f).toBeGreaterThan(0.5);
    expect(f).toBeLessThan(0.8);
  });
});
