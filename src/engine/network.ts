// The fully connected network: allocation, forward + backward on one batch, and forward-only prediction.
// Hidden layer l = 1..L (rows are examples):
//   U^(l) = A^(l-1) W^(l-1) + B^(l-1)                                   batch × n
//   Z^(l) = U^(l)  or  BN(U^(l)),  plus  A^(l-2) W^(l-2,l)  if skipped   batch × n
//   A^(l) = g(Z^(l))
// Output layer L+1: Y = A^(L) W^(L) + B^(L), linear; the loss applies to Y (softmax inside cross-entropy).
// Backward, eq. (3):  Δ^(l) = dJ/dZ^(l) = (Δ^(l+1) (W^(l))ᵀ [+ Δ^(l+2) (W^(l,l+2))ᵀ]) ∘ g'(Z^(l))
// (through the batch-norm backward when it is on), weight gradient (A^(l-1))ᵀ Δ^(l).
import type { Buffer, Dtype, Layer, Matrix, Network, NetworkConfig, Param, SkipState } from './types.ts';
import { ACTIVATIONS, activationParam } from './activations.ts';
import { allocBuffer } from './matrix.ts';
import { fillIdentity, initBias, initSkipRandom, initWeights } from './init.ts';
import { Random } from './random.ts';
import { denseForward, denseInputGrad, denseWeightGrad } from './layers/dense.ts';
import { batchNormBackward, batchNormForward, batchNormInference, createBatchNorm } from './layers/batch-norm.ts';
import { skipBackward, skipForward } from './layers/residual.ts';
import { lossForwardBackward } from './loss.ts';
import { alignedFloats, createArena } from './wasm/runtime.ts';

/** Defaults: a small tanh network with Xavier-normal init, float32. */
export const DEFAULT_NETWORK_CONFIG: NetworkConfig = {
  depth: 10, width: 32, inputDim: 2, outputDim: 1,
  activation: 'tanh', init: 'xavier-normal', sigmaW: 1, sigmaB: 0,
  batchNorm: false, residual: 'none', skipInit: 'identity',
  loss: 'mse', seed: 1, dtype: 'float32',
};

function assertCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be an integer >= 1, got ${v}`);
}

/** Index into net.layers of the layer whose A feeds layer l's skip, or null if l has no skip (see layers/residual.ts). */
export function skipSource(config: NetworkConfig, l: number): number | null {
  if (config.residual === 'none' || l > config.depth || l < 2) return null;
  if (l === 2) return config.inputDim === config.width ? -1 : null;
  return l - 3;
}

/**
 * The float32 entries createNetwork allocates for this config and batch, each buffer rounded up to 16 bytes:
 * the size of the network's WebAssembly arena. Mirrors the allocations below, buffer for buffer (a test checks
 * that every buffer of every kind of network lands in the arena).
 */
export function networkFloats(config: NetworkConfig, batch: number): number {
  const { depth, width, inputDim, outputDim } = config;
  const a = alignedFloats;
  let total = a(batch * inputDim) + 2 * a(batch * outputDim);           // inputGrad, probs (+ slack of one buffer)
  for (let l = 1; l <= depth + 1; l++) {
    const hidden = l <= depth;
    const fanIn = l === 1 ? inputDim : width;
    const fanOut = hidden ? width : outputDim;
    total += 2 * a(fanIn * fanOut) + 2 * a(fanOut);                     // W, gW, b, gb
    total += (hidden ? 6 : 3) * a(batch * fanOut);                      // Z, A, dg, delta, dA, dU (output: Z, dg, delta)
    if (hidden && config.batchNorm) total += 4 * a(fanOut) + a(batch * fanOut);  // γ, β, dγ, dβ, x̂
    if (skipSource(config, l) !== null && config.residual !== 'identity') total += 2 * a(width * width);  // S, dS
  }
  return total;
}

/** Allocate and initialise a network for a fixed batch size; every buffer of the training loop is made here. */
export function createNetwork(config: NetworkConfig, batch: number): Network {
  const { depth, width, inputDim, outputDim, dtype } = config;
  assertCount('depth', depth); assertCount('width', width); assertCount('inputDim', inputDim);
  assertCount('outputDim', outputDim); assertCount('batch', batch);
  if (!(config.activation in ACTIVATIONS)) throw new RangeError(`unknown activation: ${config.activation}`);
  // float32 networks live in their own WebAssembly memory when the SIMD kernels are on (wasm/runtime.ts).
  const arena = dtype === 'float32' ? createArena(networkFloats(config, batch)) : null;
  const alloc = arena ? (_: Dtype, n: number): Buffer => arena.alloc(n) : allocBuffer;
  const matrix = (rows: number, cols: number): Matrix => ({ rows, cols, data: alloc(dtype, rows * cols) });
  const rng = new Random(config.seed);
  const layers: Layer[] = [];
  const params: Param[] = [];
  for (let l = 1; l <= depth + 1; l++) {
    const hidden = l <= depth;
    const fanIn = l === 1 ? inputDim : width;
    const fanOut = hidden ? width : outputDim;
    const W = matrix(fanIn, fanOut);
    const b = alloc(dtype, fanOut);
    initWeights(W.data, fanIn, fanOut, config.init, config.sigmaW, rng);
    initBias(b, config.sigmaB, rng);
    const bn = hidden && config.batchNorm ? createBatchNorm(fanOut, batch, dtype, alloc) : null;
    const from = skipSource(config, l);
    let skip: SkipState | null = null;
    if (from !== null) {
      if (config.residual === 'identity') {
        skip = { from, W: null, gW: null };
      } else {
        const S = matrix(width, width);
        if (config.skipInit === 'identity') fillIdentity(S.data, width);
        else initSkipRandom(S.data, width, config.sigmaW, rng);
        skip = { from, W: S, gW: matrix(width, width) };
      }
    }
    const delta = alloc(dtype, batch * fanOut);
    const Z = alloc(dtype, batch * fanOut);
    const layer: Layer = {
      index: l, fanIn, fanOut, hidden, W, b,
      gW: matrix(fanIn, fanOut), gb: alloc(dtype, fanOut),
      Z,
      A: hidden ? alloc(dtype, batch * fanOut) : Z,
      dg: alloc(dtype, batch * fanOut).fill(1),
      delta,
      dA: hidden ? alloc(dtype, batch * fanOut) : delta,
      dU: bn ? alloc(dtype, batch * fanOut) : delta,
      bn, skip,
    };
    layers.push(layer);
    params.push({ name: `W${l}`, value: W.data, grad: layer.gW.data }, { name: `b${l}`, value: b, grad: layer.gb });
    if (bn) params.push({ name: `gamma${l}`, value: bn.gamma, grad: bn.gGamma }, { name: `beta${l}`, value: bn.beta, grad: bn.gBeta });
    if (skip && skip.W && skip.gW) params.push({ name: `skipW${l}`, value: skip.W.data, grad: skip.gW.data });
  }
  const out = layers[depth];
  return {
    config, batch, layers, params,
    output: { rows: batch, cols: outputDim, data: out.A },
    inputGrad: matrix(batch, inputDim),
    input: null,
    probs: alloc(dtype, batch * outputDim),
    lossValue: NaN,
    weightGrads: false,
  };
}

function checkShape(what: string, m: Matrix, rows: number, cols: number): void {
  if (m.rows !== rows || m.cols !== cols || m.data.length < rows * cols) {
    throw new RangeError(`${what} must be ${rows} × ${cols}, got ${m.rows} × ${m.cols}`);
  }
}

/** Whether the layer at index f (-1 = the input) feeds a skip link (into the layer at index f + 2). */
function isSkipSource(layers: Layer[], f: number): boolean {
  const to = f + 2;
  return to < layers.length && layers[to].skip !== null && layers[to].skip!.from === f;
}

/** Options of one forward/backward pass. */
export interface PassOptions {
  /**
   * Compute dJ/dW and dJ/db of the dense layers and dJ/dS of trainable skips (default true). False leaves them
   * out (a third of the pass's multiply-adds) for callers that read only Δ, g' and the loss; the Δ^(l) are
   * bit-identical either way. Batch norm's γ and β gradients are still computed (its backward needs them).
   * `net.weightGrads` records which kind of pass ran last; diagnostics() reports gradNorm NaN after one without.
   */
  weightGrads?: boolean;
}

/** Forward + backward on one batch; fills every gradient buffer (see PassOptions) and returns the loss. No allocation. */
export function forwardBackward(net: Network, input: Matrix, target: Matrix, options?: PassOptions): number {
  const weightGrads = options?.weightGrads ?? true;
  const { config, batch, layers } = net;
  checkShape('input', input, batch, config.inputDim);
  checkShape('target', target, batch, config.outputDim);
  net.input = input;
  const act = ACTIVATIONS[config.activation];
  const p = activationParam(config.activation, config.activationParam);
  const L = layers.length;

  // Forward.
  let prev: Buffer = input.data;
  for (let k = 0; k < L; k++) {
    const layer = layers[k];
    const n = layer.fanOut;
    const Z = layer.Z;
    denseForward(prev, batch, layer.W, layer.b, Z);
    if (layer.bn) batchNormForward(layer.bn, Z, batch, n, Z);
    if (layer.skip) skipForward(layer.skip, layer.skip.from < 0 ? input.data : layers[layer.skip.from].A, batch, n, Z);
    if (layer.hidden) act.forwardDerivative(Z, layer.A, layer.dg, batch * n, p);
    prev = layer.A;
  }

  // Loss and Δ of the output layer.
  const out = layers[L - 1];
  const J = lossForwardBackward(config.loss, out.A, target.data, batch, config.outputDim, out.delta, net.probs);
  net.lossValue = J;

  // Backward.
  // dJ/dA of a skip source collects the skip's term first (its consumer comes first going back), so it
  // starts at 0 and the dense term is added; any other dJ/dA is written by the dense product alone.
  for (let k = 0; k < L - 1; k++) if (isSkipSource(layers, k)) layers[k].dA.fill(0);
  if (isSkipSource(layers, -1)) net.inputGrad.data.fill(0);
  for (let k = L - 1; k >= 0; k--) {
    const layer = layers[k];
    const n = layer.fanOut;
    const delta = layer.delta;
    if (layer.hidden) {
      const dA = layer.dA;
      const dg = layer.dg;
      for (let o = 0; o < batch * n; o++) delta[o] = dA[o] * dg[o];
    }
    if (layer.bn) batchNormBackward(layer.bn, delta, batch, n, layer.dU);
    const Ain = k === 0 ? input.data : layers[k - 1].A;
    const dAin = k === 0 ? net.inputGrad.data : layers[k - 1].dA;
    if (weightGrads) denseWeightGrad(Ain, batch, layer.dU, layer.gW, layer.gb);
    denseInputGrad(layer.dU, batch, layer.W, dAin, isSkipSource(layers, k - 1));
    const skip = layer.skip;
    if (skip) {
      const src = skip.from < 0 ? input.data : layers[skip.from].A;
      const dsrc = skip.from < 0 ? net.inputGrad.data : layers[skip.from].dA;
      skipBackward(skip, src, delta, batch, n, dsrc, weightGrads);
    }
  }
  net.weightGrads = weightGrads;
  return J;
}

/** How predict normalises with batch norm: 'running' averages (default once trained) or the given 'batch'. */
export type PredictBatchNorm = 'running' | 'batch';

/**
 * Forward only, for any number of rows (decision boundaries). Allocates its own buffers.
 * Batch norm uses the running averages tracked by forwardBackward; before any training batch has been
 * seen (or with { batchNorm: 'batch' }) it uses the statistics of the given batch, without updating state.
 */
export function predict(net: Network, input: Matrix, opts: { batchNorm?: PredictBatchNorm } = {}): Matrix {
  const { config, layers } = net;
  if (input.cols !== config.inputDim) throw new RangeError(`input must have ${config.inputDim} columns, got ${input.cols}`);
  const rows = input.rows;
  const act = ACTIVATIONS[config.activation];
  const p = activationParam(config.activation, config.activationParam);
  const outs: Buffer[] = [];
  let prev: Buffer = input.data;
  for (let k = 0; k < layers.length; k++) {
    const layer = layers[k];
    const n = layer.fanOut;
    const Z = allocBuffer(config.dtype, rows * n);
    denseForward(prev, rows, layer.W, layer.b, Z);
    if (layer.bn) {
      const useBatch = opts.batchNorm === 'batch' || (opts.batchNorm === undefined && layer.bn.updates === 0);
      if (useBatch) {
        const scratch = createBatchNorm(n, rows, config.dtype);
        scratch.gamma = layer.bn.gamma; scratch.beta = layer.bn.beta; scratch.eps = layer.bn.eps;
        batchNormForward(scratch, Z, rows, n, Z);
      } else {
        batchNormInference(layer.bn, Z, rows, n, Z);
      }
    }
    if (layer.skip) skipForward(layer.skip, layer.skip.from < 0 ? input.data : outs[layer.skip.from], rows, n, Z);
    if (layer.hidden) act.forward(Z, Z, rows * n, p);
    outs.push(Z);
    prev = Z;
  }
  return { rows, cols: config.outputDim, data: prev };
}
