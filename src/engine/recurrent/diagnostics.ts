// Per-step diagnostics after forwardBackwardRecurrent: the error flowing back in time, t = T … 1.
//   gradNorm_t = ‖∂J/∂h_t‖ (Frobenius over batch and units, read from the run's own buffers: in a float32 run the
//                gradient itself is float32 and can underflow to 0), log10GradNorm its log10 in float64.
//   LSTM: cellGradNorm_t = ‖∂J/∂c_t‖, the error on the cell state (the path the forget gate multiplies).
// RNN theory, equation (4) across time. ∂h_t/∂h_{t-1} = diag(tanh′_t) W_hh, so going back one step the error is
// multiplied by about f_t = ρ(W_hh) · m_t, with m_t the mean of tanh′ = 1 − h_t² at step t (ρ: spectral.ts):
//   log10Product_t  = Σ_{k=t+1..T} log10 |f_k| in float64 (0 at t = T): the predicted log10 of gradNorm_t / gradNorm_T
//   float32Product_t = the same product with Math.fround after every multiply (as diagnostics.ts does for layers)
//   flags on float32Product: underflow = 0 while no factor is 0, subnormal = 0 < |P| < 2^-126, overflow = ±Infinity.
// With an orthogonal W_hh scaled by a, ‖∂J/∂h_{t-1}‖ / ‖∂J/∂h_t‖ lies between a · min tanh′_t and a · max tanh′_t
// exactly, so f_t is the ratio itself when tanh′ is nearly constant; for other W_hh it is the ratio's typical size.
import { FLOAT32_MIN_NORMAL } from '../constants.ts';
import type { RecurrentDiagnostics, RecurrentModel, StepDiagnostics, StepTheory } from './types.ts';
import { spectralRadius } from './spectral.ts';

/** Mean of tanh′ = 1 − h² at step t (1 … T) over batch and units, in doubles. */
export function meanTanhDerivative(m: RecurrentModel, t: number): number {
  const n = m.batch * m.config.hidden;
  const h = m.h;
  let s = 0;
  for (let o = t * n; o < (t + 1) * n; o++) s += 1 - h[o] * h[o];
  return s / n;
}

/**
 * Diagnostics of the last forwardBackwardRecurrent, from t = T down to 1; ρ(W_hh) and the theory for the RNN.
 * `spectralRadius` may pass ρ(W_hh) computed earlier for the same W_hh (it costs n³ per squaring, see spectral.ts).
 */
export function recurrentDiagnostics(m: RecurrentModel, options: { spectralRadius?: number } = {}): RecurrentDiagnostics {
  const T = m.seqLen;
  const size = m.batch * m.config.hidden;
  const rnn = m.config.cell === 'rnn';
  const rho = rnn ? options.spectralRadius ?? spectralRadius(m.weightHh, m.config.hidden) : null;
  const steps: StepDiagnostics[] = [];
  let log10 = 0;
  let f32 = 1;
  let anyZero = false;
  for (let t = T; t >= 1; t--) {
    const gradNorm = m.hGradNorm[t];
    const d: StepDiagnostics = { step: t, gradNorm, gradRms: gradNorm / Math.sqrt(size), log10GradNorm: Math.log10(gradNorm) };
    if (m.config.cell === 'lstm') d.cellGradNorm = m.cGradNorm[t];
    if (rho !== null) {
      const meanDerivative = meanTanhDerivative(m, t);
      const factor = rho * meanDerivative;
      const theory: StepTheory = {
        meanDerivative, factor, log10Product: log10, float32Product: f32,
        underflow: f32 === 0 && !anyZero,
        subnormal: f32 !== 0 && Math.abs(f32) < FLOAT32_MIN_NORMAL,
        overflow: f32 === Infinity || f32 === -Infinity,
      };
      d.theory = theory;
      log10 += Math.log10(Math.abs(factor));
      f32 = Math.fround(f32 * Math.fround(factor));
      if (factor === 0) anyZero = true;
    }
    steps.push(d);
  }
  return { spectralRadius: rho, steps };
}
