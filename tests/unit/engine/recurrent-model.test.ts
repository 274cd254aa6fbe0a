// Allocation and init of the recurrent model: PyTorch's names, shapes and U(±1/√H); the recurrent scale, orthogonal
// blocks and the LSTM forget bias; seeding; and bad shapes refused.
import { describe, expect, test } from 'vitest';
import {
  CELL_GATES, createRecurrent, forwardBackwardRecurrent, recurrentParam, recurrentShapes,
} from '../../../src/engine/index.ts';
import type { CellName, RecurrentConfig } from '../../../src/engine/index.ts';

const H = 8, d = 3, O = 2;
const cfg = (cell: CellName, over: Partial<RecurrentConfig> = {}): RecurrentConfig => ({
  cell, inputDim: d, hidden: H, outputDim: O, loss: 'mse', recurrentInit: 'uniform', recurrentScale: 1, forgetBias: null,
  seed: 3, dtype: 'float64', ...over,
});
const maxAbs = (v: ArrayLike<number>) => Math.max(...Array.from(v, Math.abs));

describe('createRecurrent', () => {
  test.each(['rnn', 'lstm', 'gru'] as const)("%s: PyTorch's names, shapes and U(±1/√H) init, seeded", (cell) => {
    const m = createRecurrent(cfg(cell), 2, 5);
    const G = CELL_GATES[cell];
    expect(m.params.map((p) => p.name)).toEqual(['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0', 'head.weight', 'head.bias']);
    expect(recurrentShapes(m)).toEqual({
      weight_ih_l0: [G * H, d], weight_hh_l0: [G * H, H], bias_ih_l0: [G * H], bias_hh_l0: [G * H], 'head.weight': [O, H], 'head.bias': [O],
    });
    const k = 1 / Math.sqrt(H);
    for (const p of m.params) {
      expect(p.value.length).toBe(recurrentShapes(m)[p.name].reduce((a, b) => a * b, 1));
      expect(maxAbs(p.value)).toBeLessThanOrEqual(k);
      if (p.value.length >= 16) expect(maxAbs(p.value)).toBeGreaterThan(0.7 * k); // the draw fills the interval
    }
    expect(recurrentParam(m, 'weight_hh_l0').value).toBe(m.weightHh);
    expect(createRecurrent(cfg(cell), 2, 5).weightIh).toEqual(m.weightIh);
    expect(createRecurrent(cfg(cell, { seed: 4 }), 2, 5).weightIh).not.toEqual(m.weightIh);
  });

  test('the recurrent scale multiplies W_hh only; orthogonal gives each gate block scale² · I as QᵀQ', () => {
    const base = createRecurrent(cfg('gru'), 1, 1);
    const scaled = createRecurrent(cfg('gru', { recurrentScale: 0.5 }), 1, 1);
    expect(Array.from(scaled.weightHh)).toEqual(Array.from(base.weightHh, (w) => 0.5 * w));
    expect(scaled.weightIh).toEqual(base.weightIh);
    const orth = createRecurrent(cfg('lstm', { recurrentInit: 'orthogonal', recurrentScale: 1.5 }), 1, 1);
    for (let g = 0; g < 4; g++) {
      for (let i = 0; i < H; i++) {
        for (let j = 0; j < H; j++) {
          let dot = 0;
          for (let r = 0; r < H; r++) dot += orth.weightHh[(g * H + r) * H + i] * orth.weightHh[(g * H + r) * H + j];
          expect(dot).toBeCloseTo(i === j ? 2.25 : 0, 12);
        }
      }
    }
  });

  test('the LSTM forget bias: bias_ih f block = b, bias_hh f block = 0, the other gates as drawn', () => {
    const drawn = createRecurrent(cfg('lstm'), 1, 1);
    const m = createRecurrent(cfg('lstm', { forgetBias: 4 }), 1, 1);
    for (let g = 0; g < 4; g++) {
      for (let j = 0; j < H; j++) {
        const o = g * H + j;
        expect(m.biasIh[o]).toBe(g === 1 ? 4 : drawn.biasIh[o]);
        expect(m.biasHh[o]).toBe(g === 1 ? 0 : drawn.biasHh[o]);
      }
    }
    expect(createRecurrent(cfg('gru', { forgetBias: 4 }), 1, 1).biasIh).toEqual(createRecurrent(cfg('gru'), 1, 1).biasIh);
  });

  test('bad sizes, scales and buffers are RangeErrors', () => {
    expect(() => createRecurrent(cfg('rnn', { hidden: 0 }), 1, 1)).toThrow(RangeError);
    expect(() => createRecurrent(cfg('rnn'), 1, 0)).toThrow(RangeError);
    expect(() => createRecurrent(cfg('rnn', { recurrentScale: -1 }), 1, 1)).toThrow(RangeError);
    expect(() => createRecurrent(cfg('lstm', { forgetBias: NaN }), 1, 1)).toThrow(RangeError);
    expect(() => createRecurrent(cfg('tcn' as CellName), 1, 1)).toThrow(RangeError);
    const m = createRecurrent(cfg('rnn'), 2, 4);
    expect(() => forwardBackwardRecurrent(m, new Float64Array(4 * 2 * d - 1), new Float64Array(2 * O))).toThrow(RangeError);
    expect(() => forwardBackwardRecurrent(m, new Float64Array(4 * 2 * d), new Float64Array(3))).toThrow(RangeError);
  });
});
