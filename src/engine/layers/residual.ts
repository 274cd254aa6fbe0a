// Residual (skip) link of the lecture: A^(l) = g(A^(l-1) W^(l-1) + B^(l-1) + A^(l-2) W^(l-2,l)).
// With batch norm the skip term is added after normalisation: Z^(l) = BN(U^(l)) + A^(l-2) W^(l-2,l).
//   forward   Z += A^(l-2) S                S: n × n, identity (fixed) or trainable
//   backward  dJ/dA^(l-2) += Δ^(l) Sᵀ       (= Δ^(l) for the identity: the "+1" path)
//             dJ/dS = (A^(l-2))ᵀ Δ^(l)
// Topology: every hidden layer l ≥ 3 receives a skip from hidden layer l − 2 (all hidden widths are n);
// layer 2 receives one from the input A^(0) only when d_in = n; layer 1 and the (linear) output layer
// have none.
import type { Buffer, SkipState } from '../types.ts';
import { gemm } from '../matrix.ts';

/** Z += A_src S (batch × n). */
export function skipForward(skip: SkipState, Asrc: Buffer, batch: number, n: number, Z: Buffer): void {
  if (skip.W === null) {
    for (let o = 0; o < batch * n; o++) Z[o] += Asrc[o];
  } else {
    gemm(batch, n, n, Asrc, n, 1, skip.W.data, n, 1, Z, true);
  }
}

/** dA_src += Δ Sᵀ, and dJ/dS = A_srcᵀ Δ for a trainable skip (unless weightGrads is false). */
export function skipBackward(
  skip: SkipState, Asrc: Buffer, delta: Buffer, batch: number, n: number, dAsrc: Buffer, weightGrads = true,
): void {
  if (skip.W === null) {
    for (let o = 0; o < batch * n; o++) dAsrc[o] += delta[o];
    return;
  }
  gemm(batch, n, n, delta, n, 1, skip.W.data, 1, n, dAsrc, true);
  if (skip.gW && weightGrads) gemm(n, n, batch, Asrc, 1, n, delta, n, 1, skip.gW.data, false);
}
