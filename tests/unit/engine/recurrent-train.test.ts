// Training through time: deterministic with a seed, and on "remember the first symbol" over T = 50 steps the GRU
// learns what the Elman RNN, trained the same way, mostly does not.
import { describe, expect, test } from 'vitest';
import {
  createRecurrent, createRecurrentTrainer, forwardRecurrent, makeSequenceBatch, recurrentAccuracy, taskShape,
} from '../../../src/engine/index.ts';
import type { CellName, RecurrentModel } from '../../../src/engine/index.ts';

const TASK = 'first-symbol';
const { inputDim, outputDim, loss } = taskShape(TASK);
const CHANCE = Math.log(outputDim); // cross-entropy of the uniform guess over K symbols

function model(cell: CellName, seed: number, T: number, B: number): RecurrentModel {
  return createRecurrent({
    cell, inputDim, hidden: 8, outputDim, loss, recurrentInit: 'uniform', recurrentScale: 1, forgetBias: null, seed, dtype: 'float32',
  }, B, T);
}

/** Train, then the loss and accuracy on 256 held-out sequences (data seed 99, never trained on). */
function trainAndEvaluate(cell: CellName, seed: number, T: number, steps: number): { loss: number; accuracy: number } {
  const m = model(cell, seed, T, 16);
  const trainer = createRecurrentTrainer(m, TASK, { name: 'adam', lr: 0.05, clip: 1 });
  for (let s = 0; s < steps; s++) trainer.step();
  const held = makeSequenceBatch(TASK, T, 256, 99);
  const e = model(cell, seed, T, 256);
  e.params.forEach((p, k) => p.value.set(m.params[k].value));
  return { loss: forwardRecurrent(e, held.input, held.target), accuracy: recurrentAccuracy(e, held) ?? NaN };
}

describe('training a recurrent model', () => {
  test('deterministic: the same seeds give the same losses, another seed other losses', () => {
    const run = (seed: number) => {
      const t = createRecurrentTrainer(model('lstm', seed, 12, 8), TASK, { name: 'adam', lr: 0.01 });
      return Array.from({ length: 5 }, () => t.step());
    };
    expect(run(3)).toEqual(run(3));
    expect(run(4)).not.toEqual(run(3));
  });

  test('the trainer refuses a task of other shapes', () => {
    const m = createRecurrent({ ...model('rnn', 1, 5, 2).config, inputDim: 3 }, 2, 5);
    expect(() => createRecurrentTrainer(m, TASK, { name: 'sgd', lr: 0.1 })).toThrow(RangeError);
  });

  test('first symbol, T = 50, 600 Adam steps: the GRU learns it on every seed, the RNN on at most one of four', () => {
    const T = 50, STEPS = 600, SEEDS = [1, 2, 3, 4];
    const solved = 0.05 * CHANCE; // 5% of the chance-level loss: the symbol is remembered (accuracy ≈ 1)
    const gru = SEEDS.map((s) => trainAndEvaluate('gru', s, T, STEPS));
    const rnn = SEEDS.map((s) => trainAndEvaluate('rnn', s, T, STEPS));
    for (const r of gru) {
      expect(r.loss).toBeLessThan(solved);
      expect(r.accuracy).toBeGreaterThan(0.95);
    }
    expect(rnn.filter((r) => r.loss < solved).length).toBeLessThanOrEqual(1);
    const mean = (rs: { loss: number }[]) => rs.reduce((a, r) => a + r.loss, 0) / rs.length;
    expect(mean(rnn)).toBeGreaterThan(10 * mean(gru));
    expect(mean(rnn)).toBeGreaterThan(0.25 * CHANCE);
  }, 30_000);
});
