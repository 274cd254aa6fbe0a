// The error flowing back in time: ρ(W_hh) against matrices whose eigenvalues are known; the RNN's per-step factor
// ρ · mean tanh′ against the measured decay of ‖∂J/∂h_t‖; float32 underflow beside the float64 log10; and the
// LSTM's cell state keeping the error across T = 100 where the RNN's provably vanishes.
import { describe, expect, test } from 'vitest';
import {
  Random, createRecurrent, forwardBackwardRecurrent, makeSequenceBatch, recurrentDiagnostics, spectralRadius,
} from '../../../src/engine/index.ts';
import type { RecurrentConfig, RecurrentModel } from '../../../src/engine/index.ts';
import { initWeights } from '../../../src/engine/init.ts';

describe('spectralRadius', () => {
  const rot = (r: number, a: number) => [r * Math.cos(a), -r * Math.sin(a), r * Math.sin(a), r * Math.cos(a)];
  test.each([
    ['diagonal, largest |λ| negative', [0.5, 0, 0, 0, -0.9, 0, 0, 0, 0.3], 3, 0.9],
    ['a scaled rotation (complex pair; power iteration on a vector oscillates)', rot(0.7, 1), 2, 0.7],
    ['non-normal triangular: ‖A‖₂ ≈ 100, ρ = 0.7', [0.5, 100, 0, 0.7], 2, 0.7],
    ['a permutation (eigenvalues: cube roots of 1)', [0, 1, 0, 0, 0, 1, 1, 0, 0], 3, 1],
    ['nilpotent', [0, 1, 0, 0], 2, 0],
    ['zero', [0, 0, 0, 0], 2, 0],
    // (x − 0.5)(x + 0.95)(x² + 0.64) = x⁴ + 0.45x³ + 0.165x² + 0.288x − 0.304: roots 0.5, −0.95, ±0.8i
    ['companion matrix of (x − 0.5)(x + 0.95)(x² + 0.64)', [
      0, 1, 0, 0,
      0, 0, 1, 0,
      0, 0, 0, 1,
      0.304, -0.288, -0.165, -0.45], 4, 0.95],
  ] as const)('%s', (_label, a, n, rho) => {
    expect(spectralRadius(a, n)).toBeCloseTo(rho, 10);
  });

  test('a Jordan block (defective) and an orthogonal matrix scaled by 0.6', () => {
    expect(Math.abs(spectralRadius([0.8, 1, 0, 0.8], 2) - 0.8) / 0.8).toBeLessThan(1e-9);
    const q = new Float64Array(64 * 64);
    initWeights(q, 64, 64, 'orthogonal', 0.6, new Random(3));
    expect(spectralRadius(q, 64)).toBeCloseTo(0.6, 10);
  });

  test('non-finite entries give NaN; a bad size throws', () => {
    expect(spectralRadius([1, Infinity, 0, 1], 2)).toBeNaN();
    expect(() => spectralRadius([1, 2, 3], 2)).toThrow(RangeError);
  });
});

function rnn(over: Partial<RecurrentConfig>, B: number, T: number): RecurrentModel {
  return createRecurrent({
    cell: 'rnn', inputDim: 2, hidden: 16, outputDim: 1, loss: 'mse', recurrentInit: 'uniform', recurrentScale: 1,
    forgetBias: null, seed: 2, dtype: 'float64', ...over,
  }, B, T);
}

/** min and max of tanh′ = 1 − h² over batch and units at step t. */
function tanhPrimeRange(m: RecurrentModel, t: number): [number, number] {
  const n = m.batch * m.config.hidden;
  let lo = Infinity, hi = -Infinity;
  for (let o = t * n; o < (t + 1) * n; o++) { const d = 1 - m.h[o] ** 2; lo = Math.min(lo, d); hi = Math.max(hi, d); }
  return [lo, hi];
}

describe('the RNN: the error is multiplied by about ρ(W_hh) · mean tanh′ per step back', () => {
  const T = 30;
  const B = 8;
  const a = 0.5;

  test('orthogonal W_hh × a: each ratio ‖∂J/∂h_{t-1}‖ / ‖∂J/∂h_t‖ lies in [a min tanh′_t, a max tanh′_t], as the factor does', () => {
    // W_hh = a Q with Q orthogonal, so ∂J/∂h_{t-1} = a Qᵀ (∂J/∂h_t ∘ tanh′_t) has norm between a · min tanh′_t · ‖∂J/∂h_t‖
    // and a · max tanh′_t · ‖∂J/∂h_t‖.
    const m = rnn({ recurrentInit: 'orthogonal', recurrentScale: a }, B, T);
    const x = makeSequenceBatch('adding', T, B, 4, 0, 'float64');
    forwardBackwardRecurrent(m, x.input, x.target);
    const diag = recurrentDiagnostics(m);
    expect(diag.spectralRadius).toBeCloseTo(a, 12);
    expect(diag.steps.map((s) => s.step)).toEqual(Array.from({ length: T }, (_, k) => T - k));
    // a ρ kept from an earlier call is used as given
    const kept = recurrentDiagnostics(m, { spectralRadius: 2 * a });
    expect(kept.spectralRadius).toBe(2 * a);
    expect(kept.steps[3].theory!.factor).toBe(2 * a * diag.steps[3].theory!.meanDerivative);
    for (const s of diag.steps) {
      if (s.step === 1) continue;
      const [lo, hi] = tanhPrimeRange(m, s.step);
      const ratio = m.hGradNorm[s.step - 1] / m.hGradNorm[s.step];
      expect(ratio).toBeGreaterThanOrEqual(a * lo * (1 - 1e-12));
      expect(ratio).toBeLessThanOrEqual(a * hi * (1 + 1e-12));
      expect(s.theory!.factor).toBeGreaterThanOrEqual(a * lo);
      expect(s.theory!.factor).toBeLessThanOrEqual(a * hi);
    }
  });

  test('with tanh′ ≈ 1 (tiny inputs, no biases) the norm decays geometrically at the predicted rate, a^(T−t)', () => {
    const m = rnn({ recurrentInit: 'orthogonal', recurrentScale: a }, B, T);
    m.biasIh.fill(0); m.biasHh.fill(0);
    const rng = new Random(9);
    const input = Float64Array.from({ length: T * B * 2 }, () => 1e-4 * rng.normal());
    forwardBackwardRecurrent(m, input, new Float64Array(B).fill(1));
    const diag = recurrentDiagnostics(m);
    for (const s of diag.steps) {
      // predicted: log10 ‖∂J/∂h_t‖ − log10 ‖∂J/∂h_T‖ = Σ_{k>t} log10(a m_k), with m_k within 1e-7 of 1
      const measured = Math.log10(m.hGradNorm[s.step] / m.hGradNorm[T]);
      expect(Math.abs(measured - s.theory!.log10Product)).toBeLessThan(1e-6);
      expect(Math.abs(s.theory!.log10Product - (T - s.step) * Math.log10(a))).toBeLessThan(1e-6);
    }
  });

  test("PyTorch's init (a non-normal W_hh): the predicted log10 decay over 30 steps is within 10% of the measured one", () => {
    // Not a bound: ρ replaces the products' norms, which it matches on average over a long product (Gelfand).
    const m = rnn({}, 64, T);
    const x = makeSequenceBatch('adding', T, 64, 4, 0, 'float64');
    forwardBackwardRecurrent(m, x.input, x.target);
    const first = recurrentDiagnostics(m).steps.at(-1)!;
    const measured = Math.log10(m.hGradNorm[1] / m.hGradNorm[T]);
    expect(measured).toBeLessThan(-5);
    expect(Math.abs(first.theory!.log10Product - measured) / Math.abs(measured)).toBeLessThan(0.1);
  });

  test('float32: the gradient itself underflows to 0 where the float64 log10 is finite, and the float32 product is flagged', () => {
    // a = 0.04, tanh′ ≤ 1: ‖∂J/∂h_1‖ ≤ 0.04^59 ‖∂J/∂h_60‖ < 1e-82 ‖∂J/∂h_60‖, far below float32's 1.4e-45.
    const T32 = 60;
    const over = { recurrentInit: 'orthogonal' as const, recurrentScale: 0.04 };
    const m32 = rnn({ ...over, dtype: 'float32' }, B, T32);
    const m64 = rnn(over, B, T32);
    const x = makeSequenceBatch('adding', T32, B, 4, 0, 'float64');
    forwardBackwardRecurrent(m32, Float32Array.from(x.input), Float32Array.from(x.target));
    forwardBackwardRecurrent(m64, x.input, x.target);
    const d32 = recurrentDiagnostics(m32);
    const first = d32.steps.at(-1)!;
    expect(first.gradNorm).toBe(0);
    expect(first.log10GradNorm).toBe(-Infinity);
    expect(m64.hGradNorm[1]).toBeGreaterThan(0);
    expect(Math.log10(m64.hGradNorm[1] / m64.hGradNorm[T32])).toBeLessThan(59 * Math.log10(0.04) + 1e-9);
    expect(first.theory!.float32Product).toBe(0);
    expect(first.theory!.underflow).toBe(true);
    expect(first.theory!.log10Product).toBeLessThan(-45);
    expect(Number.isFinite(first.theory!.log10Product)).toBe(true);
    // the first steps back are still normal numbers
    expect(d32.steps[1].theory!.underflow).toBe(false);
    expect(d32.steps[1].gradNorm).toBeGreaterThan(0);
  });
});

describe('the LSTM keeps the error across T = 100 where the RNN loses it', () => {
  test('cell-state error ≥ ½ Π min f (the constant error carousel); the RNN is bounded by ‖W_hh‖₂^(T−1)', () => {
    const T = 100, B = 8, H = 16;
    const x = makeSequenceBatch('adding', T, B, 3, 0, 'float64');
    const base = { inputDim: 2, hidden: H, outputDim: 1, loss: 'mse' as const, seed: 1, dtype: 'float64' as const };
    // RNN at its best: W_hh = 0.9 Q (orthogonal), so ‖W_hh‖₂ = 0.9, tanh′ ≤ 1, and ‖∂J/∂h_1‖ ≤ 0.9^99 ‖∂J/∂h_T‖.
    const r = createRecurrent({ ...base, cell: 'rnn', recurrentInit: 'orthogonal', recurrentScale: 0.9, forgetBias: null }, B, T);
    forwardBackwardRecurrent(r, x.input, x.target);
    const rnnBound = 0.9 ** (T - 1);
    const rnnRatio = r.hGradNorm[1] / r.hGradNorm[T];
    expect(rnnRatio).toBeLessThanOrEqual(rnnBound);
    // LSTM, PyTorch's init except a forget-gate bias of 5: along the cell state the error is multiplied by f_t ≥ min f
    // per step (plus what each step's h adds), so ‖∂J/∂c_1‖ ≳ Π_t min f_t ‖∂J/∂c_T‖; ½ allows for cancellation.
    const l = createRecurrent({ ...base, cell: 'lstm', recurrentInit: 'uniform', recurrentScale: 1, forgetBias: 5 }, B, T);
    forwardBackwardRecurrent(l, x.input, x.target);
    let carousel = 1;
    for (let s = 1; s < T; s++) {
      let minF = 1;
      for (let o = 0; o < B * H; o++) minF = Math.min(minF, l.act[s * B * 4 * H + Math.floor(o / H) * 4 * H + H + (o % H)]);
      carousel *= minF;
    }
    const cellRatio = l.cGradNorm[1] / l.cGradNorm[T];
    expect(cellRatio).toBeGreaterThanOrEqual(carousel / 2);
    expect(carousel / 2 / rnnBound).toBeGreaterThan(1000);
    expect(l.hGradNorm[1] / l.hGradNorm[T]).toBeGreaterThan(rnnBound);
    expect(recurrentDiagnostics(l).steps[0].cellGradNorm).toBe(l.cGradNorm[T]);
  });
});
