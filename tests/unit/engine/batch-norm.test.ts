// Batch norm: scale invariance, the bias before it has zero gradient, normalised statistics, predict modes.
import { describe, expect, test } from 'vitest';
import { createNetwork, forwardBackward, predict, syntheticBatch } from '../../../src/engine/index.ts';
import { checkConfig } from './helpers.ts';

/** Effects of ε on scale invariance: relative change ≲ ε / (2 σ²) with σ² = O(1e-1). */
const SCALE_TOLERANCE = 1e-3;
const SCALE = 10;

describe('batch norm', () => {
  const config = checkConfig({ activation: 'tanh', batchNorm: true, sigmaB: 0, depth: 4, width: 16, seed: 11 });
  const BATCH = 32;

  test('scaling every W before batch norm by 10 leaves the output unchanged and divides ∂J/∂W by 10', () => {
    const a = createNetwork(config, BATCH);
    const b = createNetwork(config, BATCH);
    const { input, target } = syntheticBatch(config, BATCH, 2);
    for (const layer of b.layers) if (layer.bn) for (let i = 0; i < layer.W.data.length; i++) layer.W.data[i] *= SCALE;
    const ja = forwardBackward(a, input, target);
    const jb = forwardBackward(b, input, target);
    expect(Math.abs(jb - ja) / ja).toBeLessThan(SCALE_TOLERANCE);
    a.output.data.forEach((y, i) => expect(Math.abs(b.output.data[i] - y)).toBeLessThan(SCALE_TOLERANCE * (1 + Math.abs(y))));
    for (let k = 0; k < a.layers.length - 1; k++) {
      const ga = a.layers[k].gW.data, gb = b.layers[k].gW.data;
      let num = 0, den = 0;
      for (let i = 0; i < ga.length; i++) { num += (gb[i] * SCALE - ga[i]) ** 2; den += ga[i] ** 2; }
      expect(Math.sqrt(num / den)).toBeLessThan(SCALE_TOLERANCE);
    }
  });

  test('the bias before batch norm has an exactly-zero gradient (Σ_rows dU = 0), its features mean 0 and variance 1', () => {
    const net = createNetwork({ ...config, sigmaB: 0.5 }, BATCH);
    const { input, target } = syntheticBatch(config, BATCH, 4);
    forwardBackward(net, input, target);
    for (const layer of net.layers.filter((l) => l.bn)) {
      for (const g of layer.gb) expect(Math.abs(g)).toBeLessThan(1e-14);
      const n = layer.fanOut;
      for (let j = 0; j < n; j++) {
        let s = 0, s2 = 0;
        for (let i = 0; i < BATCH; i++) { s += layer.bn!.xhat[i * n + j]; s2 += layer.bn!.xhat[i * n + j] ** 2; }
        expect(Math.abs(s / BATCH)).toBeLessThan(1e-12);
        expect(Math.abs(s2 / BATCH - 1)).toBeLessThan(1e-3); // ε / σ²
      }
    }
  });

  test("predict reproduces the training output with the batch's statistics, and uses running averages after training", () => {
    const net = createNetwork(config, BATCH);
    const { input, target } = syntheticBatch(config, BATCH, 6);
    const untrained = predict(net, input); // no batch seen yet: batch statistics
    forwardBackward(net, input, target);
    untrained.data.forEach((y, i) => expect(y).toBeCloseTo(net.output.data[i], 12));
    // After one batch the running averages equal that batch's statistics (biased variance): same output.
    predict(net, input).data.forEach((y, i) => expect(y).toBeCloseTo(net.output.data[i], 12));
    // A different batch: running mode differs from batch mode.
    const other = syntheticBatch(config, BATCH, 7).input;
    const run = predict(net, other, { batchNorm: 'running' }).data;
    const bat = predict(net, other, { batchNorm: 'batch' }).data;
    expect(run.some((y, i) => Math.abs(y - bat[i]) > 1e-6)).toBe(true);
    // predict works for any number of rows
    expect(predict(net, { rows: 3, cols: config.inputDim, data: other.data.slice(0, 3 * config.inputDim) }).rows).toBe(3);
  });
});
