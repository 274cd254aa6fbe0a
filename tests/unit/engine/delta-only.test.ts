// forwardBackward(…, { weightGrads: false }): the Δ-only pass the product island runs on every slider step.
// It must give the same Δ^(l), g'(Z) and loss bit for bit as the full pass, leave the weight gradients alone,
// and make diagnostics() say the gradient norms are unknown (NaN) rather than report stale ones.
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_NETWORK_CONFIG, createNetwork, diagnostics, forwardBackward, syntheticBatch, type NetworkConfig,
} from '../../../src/engine/index.ts';

const CONFIGS: [string, Partial<NetworkConfig>][] = [
  ['plain sigmoid', { activation: 'sigmoid' }],
  ['batch norm + ReLU', { activation: 'relu', batchNorm: true, init: 'he-normal' }],
  ['trainable skips from random', { activation: 'tanh', residual: 'trainable', skipInit: 'random' }],
  ['identity skips, cross-entropy', { residual: 'identity', loss: 'cross-entropy', outputDim: 3 }],
];

describe.each(CONFIGS)('Δ-only pass: %s', (_name, over) => {
  const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 12, width: 8, inputDim: 8, ...over, seed: 7 };
  const batch = 6;
  const { input, target } = syntheticBatch(config, batch, 3);

  test('Δ, g′ and the loss equal the full pass bit for bit', () => {
    const full = createNetwork(config, batch);
    const lean = createNetwork(config, batch);
    const jFull = forwardBackward(full, input, target);
    const jLean = forwardBackward(lean, input, target, { weightGrads: false });
    expect(jLean).toBe(jFull);
    for (let k = 0; k < full.layers.length; k++) {
      expect(Array.from(lean.layers[k].delta), `Δ of layer ${k + 1}`).toEqual(Array.from(full.layers[k].delta));
      expect(Array.from(lean.layers[k].dg)).toEqual(Array.from(full.layers[k].dg));
    }
    expect(Array.from(lean.inputGrad.data)).toEqual(Array.from(full.inputGrad.data));
  });

  test('weight gradients are left untouched and diagnostics reports their norm as NaN, without a NaN flag', () => {
    const net = createNetwork(config, batch);
    forwardBackward(net, input, target);
    const before = net.params.filter((p) => /^(W|b|skipW)\d/.test(p.name)).map((p) => Array.from(p.grad));
    const full = diagnostics(net).map((d) => ({ ...d }));
    expect(full.every((d) => Number.isFinite(d.gradNorm) && d.gradNorm > 0)).toBe(true);
    // a different target changes every gradient, so an untouched buffer shows
    const other = syntheticBatch(config, batch, 4);
    forwardBackward(net, other.input, other.target, { weightGrads: false });
    const after = net.params.filter((p) => /^(W|b|skipW)\d/.test(p.name)).map((p) => Array.from(p.grad));
    expect(after).toEqual(before);
    expect(net.weightGrads).toBe(false);
    const lean = diagnostics(net);
    expect(lean.every((d) => Number.isNaN(d.gradNorm) && Number.isNaN(d.gradRms))).toBe(true);
    expect(lean.some((d) => d.nan)).toBe(false);
    expect(lean.map((d) => d.deltaNorm)).not.toEqual(full.map((d) => d.deltaNorm));
    // a full pass makes them valid again
    forwardBackward(net, other.input, other.target);
    expect(net.weightGrads).toBe(true);
    expect(diagnostics(net).every((d) => Number.isFinite(d.gradNorm))).toBe(true);
  });
});

describe('runSeeds with weightGrads: false', () => {
  test('same Δ bands as the full pass, gradNorm band NaN', async () => {
    const { runSeeds } = await import('../../../src/engine/index.ts');
    const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 6, width: 8, inputDim: 8, seed: 2 };
    const full = runSeeds(config, { seeds: 3, batch: 4 });
    const lean = runSeeds(config, { seeds: 3, batch: 4, weightGrads: false });
    expect(lean.map((r) => r.deltaNorm)).toEqual(full.map((r) => r.deltaNorm));
    expect(lean.map((r) => r.log10Product)).toEqual(full.map((r) => r.log10Product));
    expect(lean.every((r) => Number.isNaN(r.gradNorm.median))).toBe(true);
    expect(full.every((r) => Number.isFinite(r.gradNorm.median))).toBe(true);
  });
});
