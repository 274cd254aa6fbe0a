// A network's forward pass redone in float64 by plain loops from its parameters: the oracle of predict, of batch
// norm's running statistics and of the train island's decision boundary. Shares nothing with the engine's forward
// but the scalar activation f (itself checked against finite differences and the float32 kernels).
import { ACTIVATIONS } from '../../../src/engine/index.ts';
import { BN_EPSILON } from '../../../src/engine/constants.ts';
import type { Network } from '../../../src/engine/index.ts';

/** Per-feature mean and biased variance. */
export interface FeatureStats { mean: number[]; variance: number[] }

/** How batch norm normalises: by the batch's own statistics, or by given ones per layer index (inference). */
export type ReferenceBatchNorm = 'batch' | ((layerIndex: number) => FeatureStats);

/** The per-feature mean and biased variance of a rows × n row-major matrix. */
export function featureStats(U: ArrayLike<number>, rows: number, n: number): FeatureStats {
  const mean = new Array<number>(n).fill(0);
  const variance = new Array<number>(n).fill(0);
  for (let i = 0; i < rows; i++) for (let j = 0; j < n; j++) mean[j] += U[i * n + j] / rows;
  for (let i = 0; i < rows; i++) for (let j = 0; j < n; j++) variance[j] += (U[i * n + j] - mean[j]) ** 2 / rows;
  return { mean, variance };
}

/** x (rows × k) times the k × n row-major m. */
function matmul(x: ArrayLike<number>, rows: number, m: ArrayLike<number>, k: number, n: number): number[] {
  const out = new Array<number>(rows * n).fill(0);
  for (let i = 0; i < rows; i++) for (let c = 0; c < k; c++) for (let j = 0; j < n; j++) out[i * n + j] += x[i * k + c] * m[c * n + j];
  return out;
}

/**
 * The forward pass of `net` on `input` (rows × inputDim) in float64: per layer (index k into net.layers) the dense
 * output U (before batch norm) and the activation A (the output Y for the last layer).
 */
export function referenceForward(net: Network, input: ArrayLike<number>, rows: number, bn: ReferenceBatchNorm): { U: number[][]; A: number[][] } {
  const { config } = net;
  const act = ACTIVATIONS[config.activation];
  const U: number[][] = [];
  const A: number[][] = [];
  let prev: ArrayLike<number> = input;
  net.layers.forEach((layer, k) => {
    const n = layer.fanOut;
    const u = matmul(prev, rows, layer.W.data, layer.fanIn, n).map((v, o) => v + layer.b[o % n]);
    let z = u.slice();
    if (layer.bn) {
      const { gamma, beta } = layer.bn;
      const { mean, variance } = bn === 'batch' ? featureStats(u, rows, n) : bn(k);
      z = u.map((v, o) => gamma[o % n] * (v - mean[o % n]) / Math.sqrt(variance[o % n] + BN_EPSILON) + beta[o % n]);
    }
    if (layer.skip) {
      const src = layer.skip.from < 0 ? input : A[layer.skip.from];
      const add = layer.skip.W ? matmul(src, rows, layer.skip.W.data, n, n) : Array.from(src);
      z = z.map((v, o) => v + add[o]);
    }
    const a = layer.hidden ? z.map((v) => act.f(v, config.activationParam)) : z;
    U.push(u);
    A.push(a);
    prev = a;
  });
  return { U, A };
}
