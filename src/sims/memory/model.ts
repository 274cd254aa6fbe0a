// The memory island's model: an Elman RNN and a GRU (CELLS) learn "remember the first symbol" over T steps, side
// by side, from the same seed and on the same fresh batches. Every step records, per cell, the batch's loss and
// accuracy before the update (each batch is new data, so these are held-out figures) and the error's size at every
// time step, log10 ‖∂J/∂h_t‖ for t = 1 … T, from the step's own backward pass (free: BPTT computes it anyway).
// Histories compress (../train/history.ts): any run fits in LOSS_COLUMNS loss columns and HEAT_ROWS heat-map rows.
// Engine modules imported one by one (not the engine's index), so the island's worker bundles only these.
import { createRecurrent } from '../../engine/recurrent/model';
import { forwardBackwardRecurrent } from '../../engine/recurrent/bptt';
import { makeSequenceBatch, taskShape } from '../../engine/recurrent/tasks';
import { createOptimizer, type Optimizer } from '../../engine/optim/index';
import type { CellName, RecurrentModel } from '../../engine/recurrent/types';
import { History } from '../train/history';
import { BATCH, CELLS, HEAT_ROWS, HIDDEN, LOSS_COLUMNS, OPTIMIZER, SOLVED_LOSS, TASK, type MemoryState } from './defaults';

/** What one cell has done so far, as plain arrays (posted from the worker, drawn by the charts). */
export interface LearnerSnapshot {
  cell: CellName;
  step: number;
  /** Mean loss and accuracy (0 … 1) per history column, `lossStride` steps each. */
  loss: Float32Array;
  accuracy: Float32Array;
  lossStride: number;
  /** log10 ‖∂J/∂h_t‖, row-major T × heatColumns (row t − 1; a column averages heatStride steps' log10). */
  heat: Float32Array;
  heatColumns: number;
  heatStride: number;
  /** The first step at which the recent loss (about the last 20 steps' mean) fell below SOLVED_LOSS (null: not yet). */
  solvedAt: number | null;
  /** The recent loss (about the last 20 steps) and the last column's accuracy (NaN before the first step). */
  lastLoss: number;
  lastAccuracy: number;
  /** log10 ‖∂J/∂h_t‖ of the latest step, t = 1 … T (−Infinity: float32 holds an exact 0). */
  lastGrad: Float32Array;
}

export interface MemorySnapshot {
  state: MemoryState;
  step: number;
  learners: LearnerSnapshot[];
}

/** Weight of a new step in the recent loss: about the last 20 steps. */
const RECENT_WEIGHT = 0.05;

/** One cell and its optimiser, trained on batch 1, 2, … of the state's seed. */
export class MemoryLearner {
  readonly model: RecurrentModel;
  step = 0;
  solvedAt: number | null = null;
  /** The loss averaged over about the last 1 / RECENT_WEIGHT steps (exponentially). */
  recent = Number.NaN;
  private readonly opt: Optimizer;
  private readonly lossHistory = new History(2, LOSS_COLUMNS);
  private readonly heatHistory: History;
  private readonly gradRow: Float64Array;
  private readonly lossRow = new Float64Array(2);

  constructor(readonly cell: CellName, readonly state: MemoryState) {
    const { inputDim, outputDim, loss } = taskShape(TASK);
    this.model = createRecurrent({
      cell, inputDim, hidden: HIDDEN, outputDim, loss, recurrentInit: 'uniform', recurrentScale: 1, forgetBias: null,
      seed: state.seed, dtype: 'float32',
    }, BATCH, state.seqLen);
    this.opt = createOptimizer(this.model, { ...OPTIMIZER });
    this.heatHistory = new History(state.seqLen, HEAT_ROWS);
    this.gradRow = new Float64Array(state.seqLen);
  }

  /** `n` updates, each on a fresh batch. */
  train(n: number): void {
    const m = this.model;
    const T = this.state.seqLen;
    for (let k = 0; k < n; k++) {
      this.step++;
      const batch = makeSequenceBatch(TASK, T, BATCH, this.state.seed, this.step);
      const loss = forwardBackwardRecurrent(m, batch.input, batch.target);
      this.lossRow[0] = loss;
      this.lossRow[1] = batchAccuracy(m, batch.labels as Int32Array);
      this.lossHistory.push(this.lossRow);
      for (let t = 1; t <= T; t++) this.gradRow[t - 1] = Math.log10(m.hGradNorm[t]);
      this.heatHistory.push(this.gradRow);
      this.opt.step(m);
      this.recent = this.step === 1 ? loss : this.recent + RECENT_WEIGHT * (loss - this.recent);
      if (this.solvedAt === null && this.recent < SOLVED_LOSS) this.solvedAt = this.step;
    }
  }

  snapshot(): LearnerSnapshot {
    const rows = this.lossHistory.toRowMajor();
    const columns = this.lossHistory.columns;
    const lastGrad = new Float32Array(this.gradRow.length);
    if (this.step > 0) lastGrad.set(this.gradRow);
    return {
      cell: this.cell, step: this.step,
      loss: rows.slice(0, columns), accuracy: rows.slice(columns, 2 * columns), lossStride: this.lossHistory.stride,
      heat: this.heatHistory.toRowMajor(), heatColumns: this.heatHistory.columns, heatStride: this.heatHistory.stride,
      solvedAt: this.solvedAt,
      lastLoss: this.recent,
      lastAccuracy: columns > 0 ? rows[2 * columns - 1] : Number.NaN,
      lastGrad,
    };
  }
}

/** Fraction of the batch whose largest output is its symbol (the forward pass just done). */
function batchAccuracy(m: RecurrentModel, labels: Int32Array): number {
  const O = m.config.outputDim;
  let correct = 0;
  for (let b = 0; b < m.batch; b++) {
    let best = 0;
    for (let k = 1; k < O; k++) if (m.output[b * O + k] > m.output[b * O + best]) best = k;
    if (best === labels[b]) correct++;
  }
  return correct / m.batch;
}

/** Both cells of a state, stepped together. */
export class MemorySession {
  readonly learners: MemoryLearner[];
  constructor(readonly state: MemoryState) {
    this.learners = CELLS.map((c) => new MemoryLearner(c, state));
  }
  get step(): number { return this.learners[0].step; }
  train(n: number): void {
    for (const l of this.learners) l.train(n);
  }
  snapshot(): MemorySnapshot {
    return { state: { ...this.state }, step: this.step, learners: this.learners.map((l) => l.snapshot()) };
  }
}

/** The buffers of a snapshot, to transfer rather than copy. */
export function snapshotBuffers(s: MemorySnapshot): ArrayBuffer[] {
  return s.learners.flatMap((l) => [l.loss.buffer, l.accuracy.buffer, l.heat.buffer, l.lastGrad.buffer] as ArrayBuffer[]);
}

/** A learner's held-out loss and accuracy on `count` new sequences (data seed `dataSeed`, never trained on). */
export function heldOut(learner: MemoryLearner, count: number, dataSeed: number): { loss: number; accuracy: number } {
  const { inputDim, outputDim, loss } = taskShape(TASK);
  const T = learner.state.seqLen;
  const e = createRecurrent({ ...learner.model.config, inputDim, outputDim, loss }, count, T);
  e.params.forEach((p, k) => p.value.set(learner.model.params[k].value));
  const data = makeSequenceBatch(TASK, T, count, dataSeed);
  const value = forwardBackwardRecurrent(e, data.input, data.target);
  return { loss: value, accuracy: batchAccuracy(e, data.labels as Int32Array) };
}
