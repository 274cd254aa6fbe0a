// Public types of the engine (see docs/engine-contract.md). Rows are examples.

export type Dtype = 'float32' | 'float64';
export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'elu' | 'gelu' | 'softplus' | 'silu' | 'linear';
export type InitName =
  | 'normal' | 'uniform' | 'xavier-normal' | 'xavier-uniform' | 'he-normal' | 'he-uniform'
  | 'lecun-normal' | 'orthogonal' | 'standard';
export type ResidualMode = 'none' | 'identity' | 'trainable';
export type SkipInit = 'identity' | 'random';
export type LossName = 'mse' | 'cross-entropy';
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
export type DatasetName = 'spirals' | 'circles' | 'xor' | 'moons' | 'regression';

/** A typed buffer of either precision. */
export type Buffer = Float32Array | Float64Array;

/** A row-major matrix: element (i, j) is data[i * cols + j]. */
export interface Matrix { rows: number; cols: number; data: Buffer }

/** One activation: value and derivative, elementwise; `param` is leaky-relu's slope or elu's alpha. */
export interface Activation {
  name: ActivationName;
  f(z: number, param?: number): number;
  df(z: number, param?: number): number;
  /** A[o] = f(Z[o]) for o < n (A may be Z). */
  forward(Z: Buffer, A: Buffer, n: number, param?: number): void;
  /** A[o] = f(Z[o]) and G[o] = df(Z[o]) for o < n, in one pass; the same numbers as f and df. */
  forwardDerivative(Z: Buffer, A: Buffer, G: Buffer, n: number, param?: number): void;
  defaultParam?: number;
  /** sup |g'| at the default parameter. */
  maxDerivative: number;
}

/** Everything that defines a network; `seed` drives every random draw. */
export interface NetworkConfig {
  depth: number;            // hidden layers L (>= 1)
  width: number;            // hidden width n
  inputDim: number;         // d_in
  outputDim: number;        // d_out
  activation: ActivationName;
  activationParam?: number;
  init: InitName;
  sigmaW: number;           // 'normal' / 'uniform' / 'orthogonal' scale; also the random skip init N(0, sigmaW^2 / n)
  sigmaB: number;           // bias std
  batchNorm: boolean;
  residual: ResidualMode;
  skipInit: SkipInit;       // for residual 'trainable'
  loss: LossName;
  seed: number;
  dtype: Dtype;
}

/** Batch-norm parameters, gradients, saved statistics and running averages of one layer (per feature). */
export interface BatchNormState {
  gamma: Buffer; beta: Buffer;
  gGamma: Buffer; gBeta: Buffer;
  /** Normalised pre-activation x̂ (batch × n). */
  xhat: Buffer;
  mean: Float64Array; invStd: Float64Array;
  /** Backward scratch (3n doubles): per-feature Σ dY x̂, Σ dY and γ/(B σ). */
  sums: Float64Array;
  runningMean: Float64Array; runningVar: Float64Array;
  /** Number of training batches folded into the running averages. */
  updates: number;
  eps: number;
}

/** The skip link W^(l-2,l) into a layer: identity (W null) or a trainable n × n matrix. */
export interface SkipState {
  /** Index into net.layers of the source layer (-1 = the network input A^(0)). */
  from: number;
  /** null = fixed identity. */
  W: Matrix | null;
  gW: Matrix | null;
}

/** One layer l (hidden 1..L, or the output layer L+1). All buffers are batch × fanOut unless noted. */
export interface Layer {
  index: number;            // l, 1-based
  fanIn: number; fanOut: number;
  hidden: boolean;          // false for the (linear) output layer
  W: Matrix; b: Buffer;     // W^(l-1): fanIn × fanOut, B^(l-1): fanOut
  gW: Matrix; gb: Buffer;   // dJ/dW, dJ/db
  Z: Buffer;                // argument of g: U = A^(l-1) W + B, or BN(U), plus the skip term (U is overwritten in place)
  A: Buffer;                // g(Z)  (= Z for the output layer)
  dg: Buffer;               // g'(Z)
  delta: Buffer;            // Δ^(l) = dJ/dZ
  dA: Buffer;               // dJ/dA^(l) (accumulated from the next layer and from skips)
  dU: Buffer;               // dJ/dU (the same buffer as delta without batch norm)
  bn: BatchNormState | null;
  skip: SkipState | null;
}

/** A trainable tensor and its gradient, as the optimisers see them. */
export interface Param { name: string; value: Buffer; grad: Buffer }

/** Anything optimisers can update: a Network, a RecurrentModel. */
export interface Trainable { params: Param[] }

/** A network with every buffer allocated for one batch size. */
export interface Network {
  config: NetworkConfig;
  batch: number;
  layers: Layer[];          // hidden layers 1..L, then the output layer
  /** The network output Y (batch × outputDim), a view of the output layer's A. */
  output: Matrix;
  /** dJ/dA^(0), the input-side gradient (batch × inputDim). */
  inputGrad: Matrix;
  /** The last input passed to forwardBackward (a reference, not a copy). */
  input: Matrix | null;
  params: Param[];
  /** Softmax probabilities for cross-entropy (batch × outputDim). */
  probs: Buffer;
  lossValue: number;
  /** Whether the last forwardBackward computed the weight gradients (false before any pass). */
  weightGrads: boolean;
}

/** Per-layer diagnostics after one forward/backward pass. */
export interface LayerDiagnostics {
  layer: number;            // 1..L+1 (L+1 = output layer)
  weightNorm: number;       // ||W|| Frobenius of the weights feeding this layer
  weightRms: number;
  gradNorm: number;         // ||dJ/dW|| Frobenius
  gradRms: number;
  deltaNorm: number;        // ||Delta^(l)|| Frobenius
  deltaRms: number;
  meanDerivative: number;   // mean of g'(Z^(l))  (1 for the output layer)
  log10Product: number;     // log10 |prod of mean g'| from the last hidden layer back to l, in float64
  float32Product: number;   // the same product rounded to float32 after every multiply
  underflow: boolean; subnormal: boolean; overflow: boolean; nan: boolean;
  /** The forward pass broke here: this layer's activations A (Y for the output layer) hold ±∞ or NaN. */
  forwardOverflow: boolean;
}

export interface Band { median: number; q1: number; q3: number; min: number; max: number }
export interface SeedSummary {
  layer: number; deltaNorm: Band; deltaRms: Band; gradNorm: Band; log10Product: Band; meanDerivative: Band;
}

export interface Dataset { name: DatasetName; input: Matrix; target: Matrix; labels?: Int32Array; classes: number }
