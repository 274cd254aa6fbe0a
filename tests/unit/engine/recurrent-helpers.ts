// Helpers of the recurrent engine's tests: seeded float64 models and batches, and finite-difference gradients.
import { createRecurrent, forwardBackwardRecurrent, forwardRecurrent, Random } from '../../../src/engine/index.ts';
import type { Buffer, CellName, LossName, RecurrentConfig, RecurrentModel } from '../../../src/engine/index.ts';
import { GRAD_CHECK_STEP } from '../../../src/engine/constants.ts';
import { relativeError } from './helpers.ts';

export const CELLS: CellName[] = ['rnn', 'lstm', 'gru'];

/** A small float64 recurrent config; every field overridable. */
export function recurrentCheckConfig(cell: CellName, loss: LossName, over: Partial<RecurrentConfig> = {}): RecurrentConfig {
  return {
    cell, inputDim: 3, hidden: 4, outputDim: 2, loss, recurrentInit: 'uniform', recurrentScale: 1, forgetBias: null,
    seed: 11, dtype: 'float64', ...over,
  };
}

/** N(0, 1) inputs (T × B × d) and targets: N(0, 1) for mse, one-hot of a uniform class for cross-entropy. */
export function randomBatch(config: RecurrentConfig, T: number, B: number, seed: number, F: typeof Float64Array | typeof Float32Array = Float64Array): { input: Buffer; target: Buffer } {
  const rng = new Random(seed);
  const input = new F(T * B * config.inputDim);
  for (let i = 0; i < input.length; i++) input[i] = rng.normal();
  const target = new F(B * config.outputDim);
  if (config.loss === 'mse') for (let i = 0; i < target.length; i++) target[i] = rng.normal();
  else for (let b = 0; b < B; b++) target[b * config.outputDim + rng.int(config.outputDim)] = 1;
  return { input, target };
}

/** Fourth-order central differences of the loss with respect to every entry of `value` (as helpers.ts does). */
export function numericalGrad(m: RecurrentModel, value: Buffer, input: Buffer, target: Buffer, h = GRAD_CHECK_STEP): Float64Array {
  const g = new Float64Array(value.length);
  const J = (i: number, v: number): number => { value[i] = v; return forwardRecurrent(m, input, target); };
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    const d1 = J(i, v + h) - J(i, v - h);
    const d2 = J(i, v + 2 * h) - J(i, v - 2 * h);
    value[i] = v;
    g[i] = (8 * d1 - d2) / (12 * h);
  }
  return g;
}

/** Every parameter's and the input's analytic gradient against finite differences: name → relative error. */
export function recurrentGradCheck(config: RecurrentConfig, T: number, B: number, dataSeed = 5): { name: string; error: number; norm: number }[] {
  const m = createRecurrent(config, B, T);
  const { input, target } = randomBatch(config, T, B, dataSeed);
  forwardBackwardRecurrent(m, input, target);
  const analytic = m.params.map((p) => ({ name: p.name, value: p.value, grad: Float64Array.from(p.grad) }));
  const inputGrad = Float64Array.from(m.inputGrad);
  const out = analytic.map(({ name, value, grad }) => ({
    name, error: relativeError(grad, numericalGrad(m, value, input, target)), norm: Math.hypot(...grad),
  }));
  out.push({ name: 'input', error: relativeError(inputGrad, numericalGrad(m, input, input, target)), norm: Math.hypot(...inputGrad) });
  return out;
}
