// Mean-field theory against the simulation (Schoenholz et al. 2017): across hidden layers of a wide network
// at initialisation, log ‖Δ^(l)‖² changes by log χ₁ per layer toward the input. Statistical: the median over
// several seeds of ‖Δ^(l)‖ per layer, a least-squares slope over the layers away from both ends.
import { describe, expect, it } from 'vitest';
import { meanField, runSeeds } from '../../../src/engine/index.ts';
import type { ActivationName, NetworkConfig } from '../../../src/engine/types.ts';

const WIDTH = 256;
const DEPTH = 20;
const SEEDS = 4;
const BATCH = 16;
/** Layers skipped at the input side (the length map is still settling toward q*) and at the output side. */
const FIRST_FITTED = 6;
const LAST_FITTED = DEPTH - 1;
/** Natural-log slope per layer; observed errors are ≤ 0.025 (finite width), the cases differ by ≥ 0.1. */
const SLOPE_TOLERANCE = 0.06;

/** Least-squares slope of ys against xs. */
function slope(xs: number[], ys: number[]): number {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

/** Per-layer slope of ln ‖Δ^(l)‖² toward the input, from the median over seeds. */
function simulatedSlope(activation: ActivationName, sigmaW: number, sigmaB: number, seed: number): number {
  const config: NetworkConfig = {
    depth: DEPTH, width: WIDTH, inputDim: WIDTH, outputDim: 4, activation, init: 'normal', sigmaW, sigmaB,
    batchNorm: false, residual: 'none', skipInit: 'identity', loss: 'mse', seed, dtype: 'float32',
  };
  const summary = runSeeds(config, { seeds: SEEDS, batch: BATCH });
  const xs: number[] = [];
  const ys: number[] = [];
  for (let l = FIRST_FITTED; l <= LAST_FITTED; l++) {
    xs.push(l);
    ys.push(2 * Math.log(summary[l - 1].deltaNorm.median));
  }
  return -slope(xs, ys);
}

describe('mean field predicts the per-layer growth of ‖Δ‖² (width 256, median of 4 seeds)', () => {
  const cases: [ActivationName, number, number][] = [
    ['relu', 1, 0], // χ₁ = 1/2: halves per layer
    ['relu', Math.SQRT2, 0], // critical: flat
    ['relu', Math.sqrt(3), 0], // χ₁ = 3/2
    ['tanh', 0.8, 0], // ordered, q* = 0: χ₁ = 0.64
    ['tanh', 1.5, 0], // chaotic, q* > 0
    ['tanh', 2.5, 0], // explodes
    ['tanh', 1.2, 0.3], // σ_b > 0: ordered although σ_w > 1
  ];
  for (const [activation, sigmaW, sigmaB] of cases) {
    it(`${activation}, σ_w = ${sigmaW.toFixed(3)}, σ_b = ${sigmaB}`, () => {
      const predicted = Math.log(meanField(activation, sigmaW, sigmaB).chi1);
      const simulated = simulatedSlope(activation, sigmaW, sigmaB, 101);
      expect(Math.abs(simulated - predicted)).toBeLessThan(SLOPE_TOLERANCE);
    });
  }
});
