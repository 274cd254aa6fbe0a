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
export function createBatchNorm(n: number, batch: number, dtype: Dtype): BatchNormState {
  const gamma = allocBuffer(dtype, n);
  gamma.fill(1);
  return {
    gamma, beta: allocBuffer(dtype, n),
    gGamma: allocBuffer(dtype, n), gBeta: allocBuffer(dtype, n),
    xhat: allocBuffer(dtype, batch * n),
    mean: new Float64Array(n), invStd: new Float64Array(n),
    runningMean: new Float64Array(n), runningVar: new Float64Array(n).fill(1),
    updates: 0,
    eps: BN_EPSILON,
  };
}

/** Y = γ x̂ + β with batch statistics of U (batch × n); saves x̂, μ, 1/σ and updates the running averages. */
export function batchNormForward(bn: BatchNormState, U: Buffer, batch: number, n: number, Y: Buffer): void {
  const { mean, invStd, xhat, gamma, beta } = bn;
  const first = bn.updates === 0;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let o = j; o < batch * n; o += n) s += U[o];
    const mu = s / batch;
    let v = 0;
    for (let o = j; o < batch * n; o += n) { const d = U[o] - mu; v += d * d; }
    v /= batch;
    mean[j] = mu;
    invStd[j] = 1 / Math.sqrt(v + bn.eps);
    bn.runningMean[j] = first ? mu : (1 - BN_MOMENTUM) * bn.runningMean[j] + BN_MOMENTUM * mu;
    bn.runningVar[j] = first ? v : (1 - BN_MOMENTUM) * bn.runningVar[j] + BN_MOMENTUM * v;
  }
  bn.updates++;
  for (let i = 0, o = 0; i < batch; i++, o += n) {
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

/** Exact backward: fills dγ, dβ and dU from dY. */
export function batchNormBackward(bn: BatchNormState, dY: Buffer, batch: number, n: number, dU: Buffer): void {
  const { xhat, gamma, invStd, gGamma, gBeta } = bn;
  for (let j = 0; j < n; j++) {
    let sg = 0;
    let sb = 0;
    for (let o = j; o < batch * n; o += n) { sg += dY[o] * xhat[o]; sb += dY[o]; }
    gGamma[j] = sg;
    gBeta[j] = sb;
    const k = (gamma[j] * invStd[j]) / batch;
    for (let o = j; o < batch * n; o += n) dU[o] = k * (batch * dY[o] - sb - xhat[o] * sg);
  }
}
