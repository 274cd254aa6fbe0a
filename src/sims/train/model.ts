// The "train it" model: a deep network trained on a toy 2-D set by the engine, one mini-batch at a time,
// with a compressing history of the loss and of the per-layer gradient norms ‖∂J/∂W^(l)‖ (Frobenius),
// and the decision boundary evaluated on a GRID_SIZE² grid. DOM-free: runs in a Web Worker, in Node and,
// as a fallback, on the main thread.
import {
  ACTIVATIONS, DEFAULT_NETWORK_CONFIG, createNetwork, createOptimizer, diagnostics, forwardBackward, makeDataset,
  mulberry32, predict,
} from '../../engine';
import type { Dataset, Matrix, Network, NetworkConfig, Optimizer } from '../../engine';
import {
  DATA_POINTS, DATA_SEED, GRID_SIZE, HISTORY_COLUMNS, PLANE, initFor, type TrainDataset, type TrainState,
} from './defaults';
import { History } from './history';

/** Gradient norms below this are drawn as this (log10 of 0 is −∞). */
const GRAD_FLOOR = 1e-30;
/** Steps averaged for the "current loss" quoted in the caption. */
const RECENT_WINDOW = 50;
/** Mixes the state's seed into the batch-order generator so it differs from the weights' stream. */
const BATCH_SEED_SALT = 0x9e3779b9;

/** The engine configuration of a state (classification of 2-D points into 2 classes, softmax cross-entropy). */
export function networkConfig(state: TrainState): NetworkConfig {
  return {
    ...DEFAULT_NETWORK_CONFIG,
    depth: state.depth,
    width: state.width,
    inputDim: 2,
    outputDim: 2,
    activation: state.activation,
    init: initFor(state.activation),
    batchNorm: state.batchNorm,
    residual: state.residual,
    skipInit: 'identity',
    loss: 'cross-entropy',
    seed: state.seed,
    dtype: 'float32',
  };
}

/** The training points of a data set (fixed seed: "new seed" redraws the weights, not the points). */
export function trainingData(dataset: TrainDataset): Dataset {
  return makeDataset(dataset, DATA_POINTS, DATA_SEED);
}

/** Plain points for charts and tables. */
export interface TrainPoint { x: number; y: number; label: number }
export function trainingPoints(dataset: TrainDataset): TrainPoint[] {
  const data = trainingData(dataset);
  const out: TrainPoint[] = [];
  for (let i = 0; i < data.input.rows; i++) {
    out.push({ x: data.input.data[2 * i], y: data.input.data[2 * i + 1], label: data.labels ? data.labels[i] : 0 });
  }
  return out;
}

/** Centre of grid cell `index` (0 … GRID_SIZE − 1) along one axis of [−PLANE, PLANE]. */
export function gridCoordinate(index: number): number {
  return -PLANE + ((index + 0.5) * 2 * PLANE) / GRID_SIZE;
}

/** The grid's points, row-major, row 0 at the top (y = +PLANE), column 0 at the left (x = −PLANE). */
export function gridInput(): Matrix {
  const data = new Float32Array(GRID_SIZE * GRID_SIZE * 2);
  for (let i = 0; i < GRID_SIZE; i++) {
    for (let j = 0; j < GRID_SIZE; j++) {
      const k = i * GRID_SIZE + j;
      data[2 * k] = gridCoordinate(j);
      data[2 * k + 1] = gridCoordinate(GRID_SIZE - 1 - i);
    }
  }
  return { rows: GRID_SIZE * GRID_SIZE, cols: 2, data };
}

/** P(class 1) for each row of a batch, from the network's two logits (softmax of two = logistic of the difference). */
export function classOneProbability(net: Network, input: Matrix): Float32Array {
  const out = predict(net, input);
  const p = new Float32Array(out.rows);
  for (let i = 0; i < out.rows; i++) p[i] = ACTIVATIONS.sigmoid.f(out.data[2 * i + 1] - out.data[2 * i]);
  return p;
}

/** What the island draws after some training. Buffers are fresh, so they can be transferred. */
export interface TrainSnapshot {
  step: number;
  /** Mean mini-batch loss over the last RECENT_WINDOW steps (NaN before the first step). */
  loss: number;
  /** Share of the training points classified correctly (by the current boundary). */
  accuracy: number;
  diverged: boolean;
  /** Mean loss per history column (length = columns). */
  lossHistory: Float32Array;
  /** log10 ‖∂J/∂W^(l)‖ per layer (rows 0 … L, L = the output layer) × column, row-major. */
  gradHistory: Float32Array;
  layers: number;
  columns: number;
  /** Steps per history column. */
  stride: number;
  /** P(class 1) on the GRID_SIZE² grid (row 0 at the top), or null when not re-evaluated this time. */
  boundary: Float32Array | null;
}

/** One training run: network, optimiser, data and histories. Reset = a new session with the same state. */
export class TrainSession {
  readonly state: TrainState;
  readonly net: Network;
  step = 0;
  diverged = false;
  private readonly optimizer: Optimizer;
  private readonly data: Dataset;
  private readonly grid: Matrix;
  private readonly order: Int32Array;
  private cursor: number;
  private readonly nextUniform: () => number;
  private readonly batchInput: Matrix;
  private readonly batchTarget: Matrix;
  private readonly lossHistory: History;
  private readonly gradHistory: History;
  private readonly gradRow: Float64Array;
  private readonly recent = new Float64Array(RECENT_WINDOW);
  private lastAccuracy = Number.NaN;

  constructor(state: TrainState) {
    this.state = state;
    this.net = createNetwork(networkConfig(state), state.batch);
    this.optimizer = createOptimizer(this.net, { name: state.optimizer, lr: state.lr });
    this.data = trainingData(state.dataset);
    this.grid = gridInput();
    this.order = Int32Array.from({ length: this.data.input.rows }, (_, i) => i);
    this.cursor = this.order.length;
    this.nextUniform = mulberry32((state.seed ^ BATCH_SEED_SALT) >>> 0);
    this.batchInput = { rows: state.batch, cols: 2, data: new Float32Array(state.batch * 2) };
    this.batchTarget = { rows: state.batch, cols: 2, data: new Float32Array(state.batch * 2) };
    this.lossHistory = new History(1, HISTORY_COLUMNS);
    this.gradHistory = new History(state.depth + 1, HISTORY_COLUMNS);
    this.gradRow = new Float64Array(state.depth + 1);
  }

  /** Copies the next mini-batch (a seeded shuffle per epoch) into the batch buffers. */
  private fillBatch(): void {
    const { input, target } = this.data;
    for (let r = 0; r < this.state.batch; r++) {
      if (this.cursor >= this.order.length) this.shuffle();
      const i = this.order[this.cursor++];
      for (let c = 0; c < 2; c++) {
        this.batchInput.data[2 * r + c] = input.data[2 * i + c];
        this.batchTarget.data[2 * r + c] = target.data[2 * i + c];
      }
    }
  }

  /** Fisher–Yates with the session's generator. */
  private shuffle(): void {
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = Math.floor(this.nextUniform() * (i + 1));
      const t = this.order[i];
      this.order[i] = this.order[j];
      this.order[j] = t;
    }
    this.cursor = 0;
  }

  /** Runs n steps of forward, backward and one optimiser update (stops early if the loss is no longer finite). */
  train(n: number): void {
    for (let k = 0; k < n && !this.diverged; k++) {
      this.fillBatch();
      const loss = forwardBackward(this.net, this.batchInput, this.batchTarget);
      if (!Number.isFinite(loss)) {
        this.diverged = true;
        return;
      }
      const diag = diagnostics(this.net);
      for (let l = 0; l < diag.length; l++) this.gradRow[l] = Math.log10(Math.max(diag[l].gradNorm, GRAD_FLOOR));
      this.gradHistory.push(this.gradRow);
      this.lossHistory.push([loss]);
      this.recent[this.step % RECENT_WINDOW] = loss;
      this.optimizer.step(this.net);
      this.step++;
    }
  }

  /** Mean loss over the last RECENT_WINDOW steps. */
  recentLoss(): number {
    const n = Math.min(this.step, RECENT_WINDOW);
    if (n === 0) return Number.NaN;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += this.recent[k];
    return sum / n;
  }

  /** Share of training points on the right side of the boundary. */
  accuracy(): number {
    const p = classOneProbability(this.net, this.data.input);
    const labels = this.data.labels;
    if (!labels) return Number.NaN;
    let right = 0;
    for (let i = 0; i < p.length; i++) if ((p[i] > 0.5 ? 1 : 0) === labels[i]) right++;
    return right / p.length;
  }

  /** P(class 1) on the grid. */
  boundary(): Float32Array {
    return classOneProbability(this.net, this.grid);
  }

  /** A snapshot for drawing; the boundary and the accuracy (forward passes) only when asked, else the last accuracy. */
  snapshot(withBoundary: boolean): TrainSnapshot {
    const boundary = withBoundary ? this.boundary() : null;
    if (withBoundary) this.lastAccuracy = this.accuracy();
    return {
      step: this.step,
      loss: this.recentLoss(),
      accuracy: this.lastAccuracy,
      diverged: this.diverged,
      lossHistory: this.lossHistory.toRowMajor(),
      gradHistory: this.gradHistory.toRowMajor(),
      layers: this.state.depth + 1,
      columns: this.lossHistory.columns,
      stride: this.lossHistory.stride,
      boundary,
    };
  }
}
