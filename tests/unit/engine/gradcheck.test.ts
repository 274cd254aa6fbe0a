// Finite-difference gradient checks in float64: every activation, with and without batch norm, each
// residual mode, both losses; W, b, γ, β, skip W and the input-side gradient.
import { describe, expect, test } from 'vitest';
import { ACTIVATION_NAMES } from '../../../src/engine/index.ts';
import type { LossName, NetworkConfig } from '../../../src/engine/index.ts';
import { GRAD_CHECK_TOLERANCE } from '../../../src/engine/constants.ts';
import { checkConfig, gradCheck } from './helpers.ts';

const RESIDUALS: { label: string; over: Partial<NetworkConfig> }[] = [
  { label: 'no skip', over: { residual: 'none' } },
  { label: 'identity skip', over: { residual: 'identity' } },
  { label: 'trainable skip at identity', over: { residual: 'trainable', skipInit: 'identity' } },
  { label: 'trainable random skip', over: { residual: 'trainable', skipInit: 'random' } },
];
const LOSSES: LossName[] = ['mse', 'cross-entropy'];
const BATCH = 4;

describe.each(ACTIVATION_NAMES)('gradient check: %s', (activation) => {
  for (const batchNorm of [false, true]) {
    for (const { label, over } of RESIDUALS) {
      test.each(LOSSES)(`${batchNorm ? 'batch norm, ' : ''}${label}, %s`, (loss) => {
        // depth 4 so that layers 3 and 4 carry skips from hidden layers 1 and 2
        const results = gradCheck(checkConfig({ activation, batchNorm, loss, depth: 4, ...over }), BATCH);
        const names = results.map((r) => r.name);
        if (batchNorm) expect(names).toContain('gamma1');
        if (over.residual === 'trainable') expect(names).toContain('skipW3');
        for (const r of results) expect(r.error, r.name).toBeLessThan(GRAD_CHECK_TOLERANCE);
      });
    }
  }
});

describe('gradient check: skip from the input when d_in = n', () => {
  test.each(['identity', 'trainable'] as const)('%s', (residual) => {
    const results = gradCheck(checkConfig({ activation: 'tanh', residual, skipInit: 'random', inputDim: 5, width: 5 }), BATCH);
    expect(results.map((r) => r.name)).toContain(residual === 'trainable' ? 'skipW2' : 'W2');
    for (const r of results) expect(r.error, r.name).toBeLessThan(GRAD_CHECK_TOLERANCE);
  });
});
