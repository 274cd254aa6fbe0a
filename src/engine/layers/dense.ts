// Dense (affine) layer, forward and backward.
//   forward   U = A^(l-1) W^(l-1) + B^(l-1)         A^(l-1): batch × in, W: in × out, U: batch × out
//   backward  dJ/dW = (A^(l-1))ᵀ dU                  in × out
//             dJ/dB = Σ_rows dU                      out
//             dJ/dA^(l-1) += dU (W^(l-1))ᵀ           batch × in   (eq. (3) before the ∘ g'(Z^(l-1)))
import type { Buffer, Matrix } from '../types.ts';
import { addRowVector, columnSums } from '../matrix.ts';
import { gemmNN, gemmNT, gemmTN } from '../kernels.ts';

/** U = A W + b, with A batch × W.rows; U preallocated batch × W.cols. */
export function denseForward(A: Buffer, batch: number, W: Matrix, b: Buffer, U: Buffer): void {
  gemmNN(batch, W.cols, W.rows, A, W.rows, W.data, W.cols, U, false);
  addRowVector(U, batch, W.cols, b);
}

/** Weight and bias gradients from dU: gW = Aᵀ dU, gb = column sums of dU. */
export function denseWeightGrad(A: Buffer, batch: number, dU: Buffer, gW: Matrix, gb: Buffer | null): void {
  const fanIn = gW.rows;
  const fanOut = gW.cols;
  // gW(k, j) = Σ_i A(i, k) dU(i, j):  A(k, i) = A[i·fanIn + k], dU(i, j) = dU[i·fanOut + j]
  gemmTN(fanIn, fanOut, batch, A, fanIn, dU, fanOut, gW.data, false);
  if (gb) columnSums(dU, batch, fanOut, gb);
}

/** dA (+)= dU Wᵀ: the gradient sent back to the layer below (or to the input). */
export function denseInputGrad(dU: Buffer, batch: number, W: Matrix, dA: Buffer, accumulate: boolean): void {
  const fanIn = W.rows;
  const fanOut = W.cols;
  // dA(i, k) = Σ_j dU(i, j) W(k, j):  dU(i, j) = dU[i·fanOut + j], Wᵀ(j, k) = W[k·fanOut + j]
  gemmNT(batch, fanIn, fanOut, dU, fanOut, W.data, fanOut, dA, accumulate);
}
