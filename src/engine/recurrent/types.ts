// Types of the recurrent engine (src/engine/recurrent/). Shapes and names follow PyTorch's torch.nn.RNN / LSTM / GRU
// with num_layers = 1, batch_first = false: the input is T × B × d, step t's rows are the batch.
import type { Buffer, Dtype, LossName, Param } from '../types.ts';

export type CellName = 'rnn' | 'lstm' | 'gru';
/** 'uniform' = PyTorch's default U(±1/√hidden); 'orthogonal' = each gate's hidden × hidden block orthogonal. */
export type RecurrentInit = 'uniform' | 'orthogonal';

export interface RecurrentConfig {
  cell: CellName;
  inputDim: number;         // d
  hidden: number;           // H
  outputDim: number;        // O, the linear head on the last hidden state
  loss: LossName;
  /** How weight_hh is drawn; every other tensor is U(±1/√H) as in PyTorch. */
  recurrentInit: RecurrentInit;
  /** Multiplies weight_hh after the draw ('uniform'), or the orthogonal gain ('orthogonal'). 1 = PyTorch. */
  recurrentScale: number;
  /** LSTM only: bias_ih's forget block set to this value and bias_hh's to 0, so the gate's bias is this. null = PyTorch's draw. */
  forgetBias: number | null;
  seed: number;
  dtype: Dtype;
}

/** A single-layer recurrent network with every buffer allocated for one batch size and sequence length. */
export interface RecurrentModel {
  config: RecurrentConfig;
  batch: number;            // B
  seqLen: number;           // T
  gates: number;            // G: 1 (rnn), 4 (lstm: i, f, g, o), 3 (gru: r, z, n)
  /** PyTorch's parameters, in its order: weight_ih_l0 (GH × d), weight_hh_l0 (GH × H), bias_ih_l0, bias_hh_l0,
   *  head.weight (O × H), head.bias (O); row-major, gates stacked along the rows. */
  params: Param[];
  weightIh: Buffer; weightHh: Buffer; biasIh: Buffer; biasHh: Buffer; headWeight: Buffer; headBias: Buffer;
  /** Hidden states h_0 = 0, h_1 … h_T: (T + 1) × B × H. */
  h: Buffer;
  /** LSTM cell states c_0 = 0 … c_T ((T + 1) × B × H) and tanh(c_t) (T × B × H); empty for the other cells. */
  c: Buffer; tanhC: Buffer;
  /** Gate activations per step, T × B × GH (rnn: empty, h is its own record). */
  act: Buffer;
  /** GRU: W_hn h_{t-1} + b_hn per step, T × B × H (empty for the other cells). */
  hn: Buffer;
  /** Head output y (B × O), softmax for cross-entropy, dJ/dy. */
  output: Buffer; probs: Buffer; dOutput: Buffer;
  /** dJ/dx, T × B × d. */
  inputGrad: Buffer;
  /** ‖∂J/∂h_t‖ (Frobenius over the batch) for t = 0 … T, from the last backward pass (index t). */
  hGradNorm: Float64Array;
  /** LSTM: ‖∂J/∂c_t‖, the total error on the cell state, for t = 0 … T; NaN for the other cells. */
  cGradNorm: Float64Array;
  lossValue: number;
  /** Scratch of one step: pre-activations gi, gh and their gradients daI, daH (B × GH); dh, dhPrev, the LSTM's carry dc (B × H). */
  work: { gi: Buffer; gh: Buffer; daI: Buffer; daH: Buffer; dh: Buffer; dhPrev: Buffer; dc: Buffer };
}

/** One step of the backward pass through time (see diagnostics.ts). */
export interface StepDiagnostics {
  step: number;             // t = 1 … T
  gradNorm: number;         // ‖∂J/∂h_t‖ over the batch (from the run's own buffers, float32 in a float32 run)
  gradRms: number;          // gradNorm / √(B H)
  log10GradNorm: number;    // log10 gradNorm (−Infinity when the float32 gradient underflowed to 0)
  cellGradNorm?: number;    // LSTM: ‖∂J/∂c_t‖
  /** RNN only: the per-step theory, as equation (4) across time. */
  theory?: StepTheory;
}

export interface StepTheory {
  meanDerivative: number;   // m_t = mean of tanh′ at step t over batch and units (= mean of 1 − h_t²)
  factor: number;           // ρ(W_hh) · m_t: what the error is multiplied by going from h_t back to h_{t-1}
  log10Product: number;     // Σ_{k=t+1..T} log10 |ρ m_k| in float64: predicted log10 ‖∂J/∂h_t‖ / ‖∂J/∂h_T‖ (0 at t = T)
  float32Product: number;   // the same product rounded to float32 after every multiply
  underflow: boolean; subnormal: boolean; overflow: boolean;
}

export interface RecurrentDiagnostics {
  /** ρ(W_hh) for the RNN, null for the gated cells. */
  spectralRadius: number | null;
  /** t = T down to 1: the order in which the error flows back. */
  steps: StepDiagnostics[];
}

export type TaskName = 'adding' | 'first-symbol';

/** A batch of a sequence task: input T × B × d (batch_first = false), target B × O. */
export interface SequenceBatch {
  task: TaskName; seqLen: number; batch: number; inputDim: number; outputDim: number; loss: LossName;
  input: Buffer; target: Buffer;
  /** Per example, the earliest step (0-based) the target depends on: its distance to the end is what must be remembered. */
  distantStep: Int32Array;
  /** first-symbol: the class of each example; absent for adding. */
  labels?: Int32Array;
}
