// Seed bands of the error through time: log10 quantiles that survive a float32 underflow (−Infinity), and the bands of
// runRecurrentSeeds against single runs made here seed by seed.
import { describe, expect, test } from 'vitest';
import {
  createRecurrent, forwardBackwardRecurrent, logBand, makeSequenceBatch, recurrentDiagnostics, runRecurrentSeeds, taskShape,
} from '../../../src/engine/index.ts';
import type { CellName, RecurrentConfig } from '../../../src/engine/index.ts';

describe('logBand', () => {
  test('type-7 quantiles in log10; a quantile touching −Infinity is −Infinity; NaN left out', () => {
    expect(logBand([1, 2, 3, 4])).toEqual({ median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4 });
    expect(logBand([2, -Infinity, 0, -3, -1])).toEqual({ median: -1, q1: -3, q3: 0, min: -Infinity, max: 2 });
    // sorted −∞, −∞, 5: q3 sits halfway between the second and third, and geometric interpolation from 0 stays 0
    expect(logBand([-Infinity, 5, -Infinity])).toEqual({ median: -Infinity, q1: -Infinity, q3: -Infinity, min: -Infinity, max: 5 });
    expect(logBand([NaN, 1])).toEqual({ median: 1, q1: 1, q3: 1, min: 1, max: 1 });
    expect(logBand([NaN]).median).toBeNaN();
  });
});

describe('runRecurrentSeeds', () => {
  const task = 'adding';
  const { inputDim, outputDim, loss } = taskShape(task);
  const config = (cell: CellName): RecurrentConfig => ({
    cell, inputDim, hidden: 6, outputDim, loss, recurrentInit: 'uniform', recurrentScale: 1, forgetBias: null, seed: 5, dtype: 'float32',
  });

  test.each(['rnn', 'lstm'] as const)('%s: the bands of three seeds are those of the three runs', (cell) => {
    const T = 15, B = 4;
    const s = runRecurrentSeeds(config(cell), { task, batch: B, seqLen: T, seeds: 3 });
    const single = [5, 6, 7].map((seed) => {
      const m = createRecurrent({ ...config(cell), seed }, B, T);
      const x = makeSequenceBatch(task, T, B, seed);
      forwardBackwardRecurrent(m, x.input, x.target);
      return recurrentDiagnostics(m);
    });
    expect(s.steps.map((st) => st.step)).toEqual(single[0].steps.map((st) => st.step));
    s.steps.forEach((st, i) => {
      const v = single.map((d) => d.steps[i].log10GradNorm).sort((a, b) => a - b);
      expect(st.log10GradNorm).toMatchObject({ min: v[0], median: v[1], max: v[2] });
      expect(st.log10GradNorm.q1).toBeCloseTo((v[0] + v[1]) / 2, 12);
      expect('log10Product' in st).toBe(cell === 'rnn');
      expect('log10CellGradNorm' in st).toBe(cell === 'lstm');
    });
    if (cell === 'rnn') {
      const rhos = single.map((d) => d.spectralRadius as number).sort((a, b) => a - b);
      expect(s.spectralRadius).toMatchObject({ min: rhos[0], median: rhos[1], max: rhos[2] });
    } else {
      expect(s.spectralRadius).toBeNull();
    }
  });

  test('bad seeds count or task shape: RangeError', () => {
    expect(() => runRecurrentSeeds(config('gru'), { task, batch: 2, seqLen: 3, seeds: 0 })).toThrow(RangeError);
    expect(() => runRecurrentSeeds(config('gru'), { task: 'first-symbol', batch: 2, seqLen: 3, seeds: 1 })).toThrow(RangeError);
  });
});
