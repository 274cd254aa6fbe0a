// The same recurrent configuration over k seeds (seed, seed+1, …, seed+k−1): per-step median, quartiles and range of
// the error flowing back in time, for a figure's seed band. Seed s draws both the weights and the task batch (batch 0
// of s). Bands are of log10 values (a vanishing gradient spans hundreds of decades), with the quartiles interpolated
// linearly in log10 (type 7, as runSeeds); a float32 gradient that underflowed to 0 is log10 = −Infinity, and a
// quantile that touches it is −Infinity (geometric interpolation toward 0). NaNs are left out (all NaN → NaN).
import type { Band } from '../types.ts';
import { band } from '../seeds.ts';
import type { RecurrentConfig, StepDiagnostics, TaskName } from './types.ts';
import { createRecurrent } from './model.ts';
import { forwardBackwardRecurrent } from './bptt.ts';
import { recurrentDiagnostics } from './diagnostics.ts';
import { makeSequenceBatch, taskShape } from './tasks.ts';

export interface RecurrentSeedStep {
  step: number;
  log10GradNorm: Band;          // log10 ‖∂J/∂h_t‖
  log10CellGradNorm?: Band;     // LSTM: log10 ‖∂J/∂c_t‖
  log10Product?: Band;          // RNN: the theory's Σ_{k>t} log10 |ρ m_k|
}
export interface RecurrentSeedSummary { lossValue: Band; spectralRadius: Band | null; steps: RecurrentSeedStep[] }
export interface RecurrentSeedOptions { task: TaskName; batch: number; seqLen: number; seeds: number }

/** Median, quartiles and range of log10 values that may hold −Infinity. */
export function logBand(values: number[]): Band {
  const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
  if (v.length === 0) return { median: NaN, q1: NaN, q3: NaN, min: NaN, max: NaN };
  const q = (p: number): number => {
    const h = (v.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    return v[lo] === -Infinity ? -Infinity : v[lo] + (h - lo) * (v[hi] - v[lo]);
  };
  return { median: q(0.5), q1: q(0.25), q3: q(0.75), min: v[0], max: v[v.length - 1] };
}

/** Bands over seeds of every step's log10 gradient norms (t = T down to 1) and, for the RNN, of ρ and the theory. */
export function runRecurrentSeeds(config: RecurrentConfig, opts: RecurrentSeedOptions): RecurrentSeedSummary {
  if (!Number.isInteger(opts.seeds) || opts.seeds < 1) throw new RangeError(`seeds must be an integer >= 1, got ${opts.seeds}`);
  const shape = taskShape(opts.task);
  if (shape.inputDim !== config.inputDim || shape.outputDim !== config.outputDim) {
    throw new RangeError(`task ${opts.task} is ${shape.inputDim} → ${shape.outputDim}; the model is ${config.inputDim} → ${config.outputDim}`);
  }
  const losses: number[] = [];
  const rhos: number[] = [];
  const runs: StepDiagnostics[][] = [];
  for (let k = 0; k < opts.seeds; k++) {
    const seed = config.seed + k;
    const m = createRecurrent({ ...config, seed }, opts.batch, opts.seqLen);
    const data = makeSequenceBatch(opts.task, opts.seqLen, opts.batch, seed, 0, config.dtype);
    losses.push(forwardBackwardRecurrent(m, data.input, data.target));
    const d = recurrentDiagnostics(m);
    if (d.spectralRadius !== null) rhos.push(d.spectralRadius);
    runs.push(d.steps);
  }
  const steps = runs[0].map((s, i): RecurrentSeedStep => {
    const out: RecurrentSeedStep = { step: s.step, log10GradNorm: logBand(runs.map((r) => r[i].log10GradNorm)) };
    if (s.cellGradNorm !== undefined) out.log10CellGradNorm = logBand(runs.map((r) => Math.log10(r[i].cellGradNorm as number)));
    if (s.theory) out.log10Product = logBand(runs.map((r) => r[i].theory?.log10Product ?? NaN));
    return out;
  });
  return { lossValue: band(losses), spectralRadius: rhos.length > 0 ? band(rhos) : null, steps };
}
