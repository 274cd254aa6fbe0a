// The recurrent island's model: what the island claims from the engine's backpropagation through time. The RNN's
// error follows its theory factor ρ(W_hh) · mean tanh′ step by step; the LSTM with an open forget gate keeps it;
// float32 holds exact zeros where the float64 theory is finite. Expected values come from definitions (float32's
// smallest subnormal, the theory's own factors), not from the output under test.
import { describe, expect, it } from 'vitest';
import { computeRecurrent, float32Line, type RecurrentData } from '../../../src/sims/recurrent/model';
import { recurrentFacts } from '../../../src/sims/recurrent/caption';
import { RECURRENT_DEFAULTS, type RecurrentState } from '../../../src/sims/recurrent/defaults';

const cache = new Map<string, RecurrentData>();
const at = (over: Partial<RecurrentState>): RecurrentData => {
  const key = JSON.stringify(over);
  if (!cache.has(key)) cache.set(key, computeRecurrent({ ...RECURRENT_DEFAULTS, ...over }));
  return cache.get(key)!;
};
const byStep = (d: RecurrentData, t: number) => d.steps.find((s) => s.step === t)!;

describe('recurrent model: shape', () => {
  it('one row per step, from t = T down to 1, with the RNN theory and no cell path', () => {
    const d = at({ seqLen: 30 });
    expect(d.steps.map((s) => s.step)).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
    expect(d.steps.every((s) => s.theory !== undefined && s.cell === undefined)).toBe(true);
    expect(d.spectralRadius).not.toBeNull();
  });

  it('the LSTM has its cell path and no theory; T = 1 is one step', () => {
    const d = at({ seqLen: 20, cell: 'lstm' });
    expect(d.steps.every((s) => s.cell !== undefined && s.theory === undefined)).toBe(true);
    expect(d.spectralRadius).toBeNull();
    const one = at({ seqLen: 1 });
    expect(one.steps).toHaveLength(1);
    expect(one.meanFactor).toBeNull();
  });
});

describe('recurrent model: the RNN follows its theory factor', () => {
  it('at the defaults, the measured decay per step matches log10 of the mean factor ρ · mean tanh′ (within 15 %)', () => {
    const d = at({});
    const T = d.state.seqLen;
    const half = Math.floor(T / 2);
    const measured = (byStep(d, T).grad.median - byStep(d, half).grad.median) / (T - half);
    const theory = -Math.log10(d.meanFactor!);
    expect(theory).toBeGreaterThan(0);
    expect(Math.abs(measured - theory) / theory).toBeLessThan(0.15);
    // the factor is ρ times a mean derivative in (0, 1]
    expect(d.meanFactor!).toBeLessThan(d.spectralRadius!.median);
    expect(d.meanFactor!).toBeGreaterThan(0.5 * d.spectralRadius!.median);
  });

  it('the theory line stays within 2 decades of the measured median wherever float32 holds a number', () => {
    const d = at({});
    for (const s of d.steps) {
      if (!Number.isFinite(s.grad.median)) continue;
      expect(Math.abs(s.grad.median - s.theory!), `t = ${s.step}`).toBeLessThan(2);
    }
  });

  it('an orthogonal W_hh at scale 1 (ρ = 1) loses far less than PyTorch\'s uniform init (ρ ≈ 1/√3)', () => {
    const ortho = at({ init: 'orthogonal' });
    const uniform = at({});
    expect(ortho.spectralRadius!.median).toBeCloseTo(1, 6);
    expect(uniform.spectralRadius!.median).toBeGreaterThan(0.5);
    expect(uniform.spectralRadius!.median).toBeLessThan(0.7);
    expect(byStep(ortho, 1).grad.median).toBeGreaterThan(byStep(uniform, 1).grad.median + 20);
  });
});

describe('recurrent model: the LSTM keeps the gradient', () => {
  it('at T = 200 with forget bias 1, the LSTM loses under 20 decades where the RNN loses over 40', () => {
    const rnn = at({});
    const lstm = at({ cell: 'lstm' });
    const rnnLow = Math.min(...rnn.steps.map((s) => s.theory!));
    expect(byStep(rnn, RECURRENT_DEFAULTS.seqLen).grad.median - rnnLow).toBeGreaterThan(40);
    expect(byStep(lstm, RECURRENT_DEFAULTS.seqLen).grad.median - byStep(lstm, 1).grad.median).toBeLessThan(20);
    expect(lstm.zeroFrom).toBeNull();
  });

  it('the more open the forget gate (larger b_f), the more of the error reaches t = 1', () => {
    const first = [0, 1, 3].map((forgetBias) => byStep(at({ cell: 'lstm', forgetBias }), 1).grad.median);
    expect(first[1]).toBeGreaterThan(first[0] + 10);
    expect(first[2]).toBeGreaterThan(first[1] + 5);
  });
});

describe('recurrent model: float32', () => {
  it('at the defaults float32 holds exact zeros over the first steps while the float64 theory is finite', () => {
    const d = at({});
    expect(d.zeroFrom).not.toBeNull();
    for (const s of d.steps.filter((x) => x.step <= d.zeroFrom!)) {
      expect(s.grad.median).toBe(-Infinity);
      expect(Number.isFinite(s.theory!)).toBe(true);
    }
    // the theory there lies near float32's smallest subnormal, 2^-149 ≈ 1.4·10⁻⁴⁵
    expect(byStep(d, d.zeroFrom!).theory!).toBeLessThan(Math.log10(2 ** -126));
    expect(d.bands.zeroBelow).toBe(2 ** -150);
    expect(d.bands.normalFrom).toBe(2 ** -126);
  });

  it('float32Line: factors under ½ reach exactly 0; a factor over ½ sticks at the smallest subnormal 2^-149', () => {
    const line = (start: number, factor: number, n: number) => Array.from({ length: n }, (_, i) => start + i * Math.log10(factor));
    const fast = float32Line(line(0, 0.4, 200));
    const i0 = fast.indexOf(0);
    expect(i0).toBeGreaterThan(0);
    expect(Number.isFinite(line(0, 0.4, 200)[i0])).toBe(true);
    expect(fast[i0 - 1]).toBeGreaterThan(0);
    expect(fast[i0 - 1]).toBeLessThan(2 ** -126);
    const slow = float32Line(line(0, 0.6, 300));
    expect(slow[slow.length - 1]).toBe(2 ** -149);
  });
});

describe('recurrent caption facts', () => {
  it('the defaults: ρ, the factor, the decades and the first zero step, from the data', () => {
    const d = at({});
    const f = recurrentFacts(d);
    expect(f.cell).toBe('rnn');
    expect(f.forgetBias).toBeNull();
    expect(Number(f.rho)).toBeCloseTo(d.spectralRadius!.median, 2);
    expect(f.first).toBe('0');
    expect(f.zeroFrom).toBe(d.zeroFrom);
    const finite = d.steps.filter((s) => Number.isFinite(s.grad.median));
    expect(f.decades).toBe(Math.round(d.steps[0].grad.median - finite[finite.length - 1].grad.median));
  });

  it('the LSTM: its forget bias and the cell path at t = 1', () => {
    const f = recurrentFacts(at({ cell: 'lstm' }));
    expect(f.forgetBias).toBe('1');
    expect(f.rho).toBeNull();
    expect(f.cellFirst).toMatch(/^10⁻/);
  });
});
