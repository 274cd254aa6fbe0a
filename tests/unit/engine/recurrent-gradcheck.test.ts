// Backpropagation through time against float64 finite differences: every cell, both losses, several inits; all six
// parameters (PyTorch's weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, head.weight, head.bias) and dJ/dx.
// Then the float32 path (the same code on Float32Array) against the float64 one.
import { describe, expect, test } from 'vitest';
import { createRecurrent, forwardBackwardRecurrent } from '../../../src/engine/index.ts';
import type { LossName, RecurrentConfig } from '../../../src/engine/index.ts';
import { GRAD_CHECK_TOLERANCE } from '../../../src/engine/constants.ts';
import { CELLS, randomBatch, recurrentCheckConfig, recurrentGradCheck } from './recurrent-helpers.ts';
import { relativeError } from './helpers.ts';

const LOSSES: LossName[] = ['mse', 'cross-entropy'];
const NAMES = ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0', 'head.weight', 'head.bias', 'input'];
const INITS: { label: string; over: Partial<RecurrentConfig> }[] = [
  { label: "PyTorch's init", over: {} },
  { label: 'orthogonal W_hh × 1.5, forget bias 2', over: { recurrentInit: 'orthogonal', recurrentScale: 1.5, forgetBias: 2 } },
  { label: 'W_hh × 3 (saturating)', over: { recurrentScale: 3, seed: 4 } },
];
const T = 6;
const B = 3;

describe.each(CELLS)('gradient check through time: %s', (cell) => {
  for (const { label, over } of INITS) {
    test.each(LOSSES)(`${label}, %s`, (loss) => {
      const results = recurrentGradCheck(recurrentCheckConfig(cell, loss, over), T, B);
      expect(results.map((r) => r.name)).toEqual(NAMES);
      for (const r of results) {
        expect(r.norm, r.name).toBeGreaterThan(1e-6); // every gradient is really exercised
        expect(r.error, r.name).toBeLessThan(GRAD_CHECK_TOLERANCE);
      }
    });
  }
});

describe('the float32 path is the same computation', () => {
  test.each(CELLS)('%s: float32 gradients within 1e-4 of float64', (cell) => {
    const c64 = recurrentCheckConfig(cell, 'cross-entropy', { hidden: 8, inputDim: 2, outputDim: 3 });
    const m64 = createRecurrent(c64, 4, 12);
    const m32 = createRecurrent({ ...c64, dtype: 'float32' }, 4, 12);
    const { input, target } = randomBatch(c64, 12, 4, 9);
    const l64 = forwardBackwardRecurrent(m64, input, target);
    const l32 = forwardBackwardRecurrent(m32, Float32Array.from(input), Float32Array.from(target));
    expect(m32.params[0].value).toBeInstanceOf(Float32Array);
    expect(Math.abs(l32 - l64) / l64).toBeLessThan(1e-5);
    m64.params.forEach((p, k) => expect(relativeError(m32.params[k].grad, p.grad), p.name).toBeLessThan(1e-4));
    expect(relativeError(m32.inputGrad, m64.inputGrad)).toBeLessThan(1e-4);
  });
});
