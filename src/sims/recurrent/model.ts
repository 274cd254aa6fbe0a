// State → plain data for the recurrent island: the same cell over SEEDS seeds (weights and adding-problem batch
// each), one forward and backward pass through time in float32 (engine's runRecurrentSeeds): per step t = T … 1
// the band of log10 ‖∂J/∂h_t‖ (−Infinity where float32 holds exact zeros), the LSTM's log10 ‖∂J/∂c_t‖ (the cell
// path, the "constant error carousel"), and for the RNN the theory of equation (4) across time: ‖∂J/∂h_T‖ times
// Π_{k>t} ρ(W_hh) · mean tanh′_k, as a float64 log10 (medians over seeds) and as float32 holds the same line
// (rounded after every multiply), which reaches exactly 0 while the float64 log10 is finite.
import { DEFAULT_RECURRENT_CONFIG } from '../../engine/recurrent/model';
import { taskShape } from '../../engine/recurrent/tasks';
import { runRecurrentSeeds } from '../../engine/recurrent/seeds';
import type { RecurrentConfig } from '../../engine/recurrent/types';
import { FLOAT32_MIN_NORMAL } from '../../engine/constants';
import type { Band } from '../../engine/types';
import { BATCH, SEEDS, TASK, type RecurrentState } from './defaults';

export interface RecurrentStep {
  step: number;
  /** log10 ‖∂J/∂h_t‖ over the seeds (float32 run; −Infinity = exact zeros). */
  grad: Band;
  /** LSTM: log10 ‖∂J/∂c_t‖ over the seeds. */
  cell?: Band;
  /** RNN: log10 of the theory, median ‖∂J/∂h_T‖ times the median product of per-step factors (float64). */
  theory?: number;
  /** RNN: the same line as float32 holds it (float32Line): 0 where the float64 log10 is still finite. */
  theory32?: number;
}

export interface RecurrentData {
  state: RecurrentState;
  /** t = T down to 1. */
  steps: RecurrentStep[];
  /** RNN: ρ(W_hh) over the seeds. */
  spectralRadius: Band | null;
  /** RNN: the theory's mean per-step factor ρ · mean tanh′ (geometric mean of the median line's T − 1 steps). */
  meanFactor: number | null;
  /** The largest t from which down to 1 the median float32 gradient is exactly 0 (null: none). */
  zeroFrom: number | null;
  /** RNN: the largest t at which the theory's float32 value is 0 while its float64 log10 is finite (null: none). */
  theoryZeroFrom: number | null;
  /** float32's lines for one stored value: at or below `zeroBelow` (2^-150) it rounds to 0, below `normalFrom` it is subnormal. */
  bands: { zeroBelow: number; normalFrom: number };
}

/** The engine configuration of the state (float32, the adding problem's shape). */
export function recurrentConfig(state: RecurrentState): RecurrentConfig {
  return {
    ...DEFAULT_RECURRENT_CONFIG, ...taskShape(TASK),
    cell: state.cell, hidden: state.hidden, recurrentInit: state.init, recurrentScale: state.scale,
    forgetBias: state.cell === 'lstm' ? state.forgetBias : null, seed: state.seed, dtype: 'float32',
  };
}

/**
 * The theory line as float32 holds it, t = T … 1: ‖∂J/∂h_T‖ rounded, then each step's factor (the ratio of two
 * neighbouring points of the float64 line) rounded and multiplied in, rounded after every multiply.
 */
export function float32Line(log10: readonly number[]): number[] {
  const out: number[] = [];
  let p = Math.fround(10 ** log10[0]);
  for (let i = 0; i < log10.length; i++) {
    if (i > 0) p = Math.fround(p * Math.fround(10 ** (log10[i] - log10[i - 1])));
    out.push(p);
  }
  return out;
}

/** The island's data for a state. */
export function computeRecurrent(state: RecurrentState): RecurrentData {
  const config = recurrentConfig(state);
  const summary = runRecurrentSeeds(config, { task: TASK, batch: BATCH, seqLen: state.seqLen, seeds: SEEDS });
  const rnn = state.cell === 'rnn';
  const top = summary.steps[0].log10GradNorm.median;
  const theory = rnn ? summary.steps.map((s) => top + (s.log10Product?.median ?? NaN)) : null;
  const theory32 = theory ? float32Line(theory) : null;
  const steps = summary.steps.map((s, i): RecurrentStep => {
    const out: RecurrentStep = { step: s.step, grad: s.log10GradNorm };
    if (s.log10CellGradNorm) out.cell = s.log10CellGradNorm;
    if (theory && theory32) {
      out.theory = theory[i];
      out.theory32 = theory32[i];
    }
    return out;
  });
  let zeroFrom: number | null = null;
  for (let i = steps.length - 1; i >= 0 && steps[i].grad.median === -Infinity; i--) zeroFrom = steps[i].step;
  const z = steps.find((s) => s.theory32 === 0 && Number.isFinite(s.theory));
  const n = state.seqLen;
  const meanFactor = theory && n > 1 ? 10 ** ((theory[n - 1] - theory[0]) / (n - 1)) : null;
  return {
    state, steps, spectralRadius: summary.spectralRadius, meanFactor,
    zeroFrom, theoryZeroFrom: z ? z.step : null,
    bands: { zeroBelow: 2 ** -150, normalFrom: FLOAT32_MIN_NORMAL },
  };
}
