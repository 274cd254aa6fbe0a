// Batch normalisation in train mode, placed before the activation (Ioffe & Szegedy 2015).
// Per feature j over the batch (B rows), with the biased variance:
//   μ_j = (1/B) Σ_i U_ij,   σ²_j = (1/B) Σ_i (U_ij − μ_j)²,   x̂_ij = (U_ij − μ_j) / √(σ²_j + ε)
//   Y_ij = γ_j x̂_ij + β_j
// Backward, given dY (batch × n):
//   dγ_j = Σ_i dY_ij x̂_ij,   dβ_j = Σ_i dY_ij
//   dU_ij = γ_j / (B √(σ²_j + ε)) · (B dY_ij − dβ_j − x̂_ij dγ_j)
// Running averages (for predict): the first training batch sets them, then r ← (1 − m) r + m · batch
// with m = BN_MOMENTUM; the running variance is the biased batch variance.
import type { BatchNormState, Buffer, Dtype } from '../types.ts';
import { allocBuffer } from '../matrix.ts';
import { BN_EPSILON, BN_MOMENTUM } from '../constants.ts';

/** Batch-norm state for n features and a batch size: γ = 1, β = 0. */
export function createBatchNorm(
  n: number, batch: number, dtype: Dtype, alloc: (dtype: Dtype, length: number) => Buffer = allocBuffer,
): BatchNormState {
  const gamma = alloc(dtype, n);
  gamma.fill(1);
  return {
    gamma, beta: alloc(dtype, n),
    gGamma: alloc(dtype, n), gBeta: alloc(dtype, n),
    xhat: alloc(dtype, batch * n),
    mean: new Float64Array(n), invStd: new Float64Array(n), sums: new Float64Array(3 * n),
    runningMean: new Float64Array(n), runningVar: new Float64Array(n).fill(1),
    updates: 0,
    eps: BN_EPSILON,
  };
}

/** Y = γ x̂ + β with batch statistics of U (batch × n); saves x̂, μ, 1/σ and updates the running averages. */
export function batchNormForward(bn: BatchNormState, U: Buffer, batch: number, n: number, Y: Buffer): void {
  const { mean, invStd, xhat, gamma, beta } = bn;
  const first = bn.updates === 0;
  // Row-wise passes over U with per-feature double accumulators (each column still summed in row order).
  for (let j = 0; j < n; j++) { mean[j] = 0; invStd[j] = 0; }
  for (let o = 0; o < batch * n; o += n) for (let j = 0; j < n; j++) mean[j] += U[o + j];
  for (let j = 0; j < n; j++) mean[j] /= batch;
  for (let o = 0; o < batch * n; o += n) for (let j = 0; j < n; j++) { const d = U[o + j] - mean[j]; invStd[j] += d * d; }
  for (let j = 0; j < n; j++) {
    const mu = mean[j];
    const v = invStd[j] / batch;
    invStd[j] = 1 / Math.sqrt(v + bn.eps);
    bn.runningMean[j] = first ? mu : (1 - BN_MOMENTUM) * bn.runningMean[j] + BN_MOMENTUM * mu;
    bn.runningVar[j] = first ? v : (1 - BN_MOMENTUM) * bn.runningVar[j] + BN_MOMENTUM * v;
  }
  bn.updates++;
  for (let o = 0; o < batch * n; o += n) {
    for (let j = 0; j < n; j++) {
      const x = (U[o + j] - mean[j]) * invStd[j];
      xhat[o + j] = x;
      Y[o + j] = gamma[j] * x + beta[j];
    }
  }
}

/** Inference: Y = γ (U − running μ) / √(running σ² + ε) + β. */
export function batchNormInference(bn: BatchNormState, U: Buffer, batch: number, n: number, Y: Buffer): void {
  for (let i = 0, o = 0; i < batch; i++, o += n) {
    for (let j = 0; j < n; j++) {
      const x = (U[o + j] - bn.runningMean[j]) / Math.sqrt(bn.runningVar[j] + bn.eps);
      Y[o + j] = bn.gamma[j] * x + bn.beta[j];
    }
  }
}

/** Exact backward: fills dγ, dβ and dU from dY (two row-wise passes; sums per feature in doubles, in row order). */
export function batchNormBackward(bn: BatchNormState, dY: Buffer, batch: number, n: number, dU: Buffer): void {
  const { xhat, gamma, invStd, gGamma, gBeta, sums } = bn;
  // sums: [Σ dY x̂ (n) | Σ dY (n) | γ/(B σ) (n)]
  for (let j = 0; j < 2 * n; j++) sums[j] = 0;
  for (let o = 0; o < batch * n; o += n) {
    for (let j = 0; j < n; j++) { const d = dY[o + j]; sums[j] += d * xhat[o + j]; sums[n + j] += d; }
  }
  for (let j = 0; j < n; j++) {
    gGamma[j] = sums[j];
    gBeta[j] = sums[n + j];
    sums[2 * n + j] = (gamma[j] * invStd[j]) / batch;
  }
  for (let o = 0; o < batch * n; o += n) {
    for (let j = 0; j < n; j++) dU[o + j] = sums[2 * n + j] * (batch * dY[o + j] - sums[n + j] - xhat[o + j] * sums[j]);
  }
}
