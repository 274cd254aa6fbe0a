// Gradient clipping and optimisers, with expectations from their update rules.
import { describe, expect, test } from 'vitest';
import { clipByGlobalNorm, createNetwork, createOptimizer, forwardBackward, globalGradNorm, syntheticBatch } from '../../../src/engine/index.ts';
import type { Network } from '../../../src/engine/index.ts';
import { ADAM_EPSILON } from '../../../src/engine/constants.ts';
import { checkConfig } from './helpers.ts';

/** float64 roundoff on a norm of a few hundred components. */
const NORM_TOLERANCE = 1e-12;
/** float32 storage rounds each component: relative 2^-24 per component. */
const FLOAT32_NORM_TOLERANCE = 1e-6;
const BATCH = 8;

function snapshot(net: Network): Float64Array[] {
  return net.params.map((p) => Float64Array.from(p.grad));
}

function trained(dtype: 'float32' | 'float64' = 'float64') {
  const config = checkConfig({ activation: 'tanh', depth: 3, width: 8, dtype });
  const net = createNetwork(config, BATCH);
  const data = syntheticBatch(config, BATCH, 1);
  forwardBackward(net, data.input, data.target);
  return { net, data };
}

describe('clipByGlobalNorm', () => {
  test.each(['float64', 'float32'] as const)('%s: caps the norm exactly and keeps the direction', (dtype) => {
    const { net } = trained(dtype);
    const before = snapshot(net);
    const norm = globalGradNorm(net);
    const cap = norm / 3;
    expect(clipByGlobalNorm(net, cap)).toBe(norm);
    const tol = dtype === 'float64' ? NORM_TOLERANCE : FLOAT32_NORM_TOLERANCE;
    expect(Math.abs(globalGradNorm(net) / cap - 1)).toBeLessThan(tol);
    // direction: every component scaled by the same factor cap / norm, so the cosine is 1
    let dot = 0, na = 0, nb = 0;
    net.params.forEach((p, i) => p.grad.forEach((g, j) => { dot += g * before[i][j]; na += g * g; nb += before[i][j] ** 2; }));
    expect(Math.abs(dot / Math.sqrt(na * nb) - 1)).toBeLessThan(tol);
  });

  test('below the cap nothing changes; a non-finite norm is reported and left alone', () => {
    const { net } = trained();
    const before = snapshot(net);
    clipByGlobalNorm(net, globalGradNorm(net) * 2);
    net.params.forEach((p, i) => expect(Array.from(p.grad)).toEqual(Array.from(before[i])));
    net.params[0].grad[0] = Infinity;
    expect(clipByGlobalNorm(net, 1)).toBe(Infinity);
    expect(net.params[0].grad[1]).toBe(before[0][1]);
  });
});

describe('optimisers', () => {
  test('sgd: θ ← θ − η g exactly', () => {
    const { net } = trained();
    const theta = net.params.map((p) => Float64Array.from(p.value));
    const g = snapshot(net);
    createOptimizer(net, { name: 'sgd', lr: 0.1 }).step(net);
    net.params.forEach((p, i) => p.value.forEach((v, j) => expect(v).toBeCloseTo(theta[i][j] - 0.1 * g[i][j], 14)));
  });

  test('momentum: two steps with the same gradient move by η g (1) then η g (1 + μ)', () => {
    const { net } = trained();
    const theta = net.params.map((p) => Float64Array.from(p.value));
    const g = snapshot(net);
    const opt = createOptimizer(net, { name: 'momentum', lr: 0.1, momentum: 0.5 });
    opt.step(net);
    opt.step(net);
    net.params.forEach((p, i) => p.value.forEach((v, j) => expect(v).toBeCloseTo(theta[i][j] - 0.1 * g[i][j] * (1 + 1.5), 14)));
  });

  test("adam: the bias-corrected first step is η g / (|g| + ε), i.e. ≈ η · sign(g)", () => {
    const { net } = trained();
    const theta = net.params.map((p) => Float64Array.from(p.value));
    const g = snapshot(net);
    createOptimizer(net, { name: 'adam', lr: 0.01 }).step(net);
    net.params.forEach((p, i) => p.value.forEach((v, j) => {
      expect(v).toBeCloseTo(theta[i][j] - (0.01 * g[i][j]) / (Math.abs(g[i][j]) + ADAM_EPSILON), 12);
    }));
  });

  test.each(['sgd', 'momentum', 'adam'] as const)('%s lowers the loss on a fixed batch', (name) => {
    const { net, data } = trained();
    const j0 = net.lossValue;
    const opt = createOptimizer(net, { name, lr: name === 'adam' ? 0.01 : 0.05, clip: 1 });
    let j = j0;
    for (let s = 0; s < 50; s++) { opt.step(net); j = forwardBackward(net, data.input, data.target); }
    expect(j).toBeLessThan(0.8 * j0);
  });

  test('with clipping, a step on a non-finite gradient is skipped', () => {
    const { net } = trained();
    const theta = net.params.map((p) => Float64Array.from(p.value));
    net.params[1].grad[0] = NaN;
    createOptimizer(net, { name: 'sgd', lr: 0.1, clip: 1 }).step(net);
    net.params.forEach((p, i) => expect(Array.from(p.value)).toEqual(Array.from(theta[i])));
  });
});
