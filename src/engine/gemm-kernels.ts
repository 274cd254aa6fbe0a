// The contiguous 4×4 register-blocked kernels behind gemm (matrix.ts), one per product of a layer, and
// the scalar edge kernel for ragged borders. Row-major, C (M × N) = [C +] op(A) op(B), sum over p < K:
//   gemmNN  C(i, j) = Σ_p A[i·lda + p] · B[p·ldb + j]     forward   U  = A W
//   gemmNT  C(i, j) = Σ_p A[i·lda + p] · B[j·ldb + p]     backward  dA = Δ Wᵀ  (both operands read along rows)
//   gemmTN  C(i, j) = Σ_p A[p·lda + i] · B[p·ldb + j]     weights   gW = Aᵀ Δ  (p runs over the batch)
// Precision: each C(i, j) is one double accumulator summed in the order p = 0, 1, …, K − 1 and rounded once
// on store (float32 outputs: the correctly rounded double sum; with accumulate, C += sum rounds once more).
// The kernels differ only in their fixed strides, so each is monomorphic and bit-identical to the strided
// scalar definition. 16 accumulators, 8 loads per 16 multiply-adds; no allocation. The stores are written out
// in each kernel (a helper taking 16 doubles could box them where it is not inlined).
import type { Buffer } from './types.ts';

/** Scalar strided kernel for rows [i0, i1) × columns [j0, j1): A(i, p) = a[i·ars + p·acs], B(p, j) = b[p·brs + j·bcs]. */
export function gemmEdge(
  i0: number, i1: number, j0: number, j1: number, N: number, K: number,
  a: Buffer, ars: number, acs: number,
  b: Buffer, brs: number, bcs: number,
  c: Buffer, accumulate: boolean,
): void {
  for (let i = i0; i < i1; i++) {
    for (let j = j0; j < j1; j++) {
      let s = 0;
      let pa = i * ars;
      let pb = j * bcs;
      for (let p = 0; p < K; p++) {
        s += a[pa] * b[pb];
        pa += acs;
        pb += brs;
      }
      if (accumulate) c[i * N + j] += s;
      else c[i * N + j] = s;
    }
  }
}

/** C = [C +] A B: A row-major M × K (row stride lda), B row-major K × N (row stride ldb). */
export function gemmNN(M: number, N: number, K: number, a: Buffer, lda: number, b: Buffer, ldb: number, c: Buffer, accumulate: boolean): void {
  const M4 = M - (M % 4), N4 = N - (N % 4);
  for (let i = 0; i < M4; i += 4) {
    const q0 = i * lda, q1 = q0 + lda, q2 = q1 + lda, q3 = q2 + lda;
    for (let j = 0; j < N4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0, pb = j; p < K; p++, pb += ldb) {
        const b0 = b[pb], b1 = b[pb + 1], b2 = b[pb + 2], b3 = b[pb + 3];
        const a0 = a[q0 + p], a1 = a[q1 + p], a2 = a[q2 + p], a3 = a[q3 + p];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      const r0 = i * N + j, r1 = r0 + N, r2 = r1 + N, r3 = r2 + N;
      if (accumulate) {
        c[r0] += c00; c[r0 + 1] += c01; c[r0 + 2] += c02; c[r0 + 3] += c03;
        c[r1] += c10; c[r1 + 1] += c11; c[r1 + 2] += c12; c[r1 + 3] += c13;
        c[r2] += c20; c[r2 + 1] += c21; c[r2 + 2] += c22; c[r2 + 3] += c23;
        c[r3] += c30; c[r3 + 1] += c31; c[r3 + 2] += c32; c[r3 + 3] += c33;
      } else {
        c[r0] = c00; c[r0 + 1] = c01; c[r0 + 2] = c02; c[r0 + 3] = c03;
        c[r1] = c10; c[r1 + 1] = c11; c[r1 + 2] = c12; c[r1 + 3] = c13;
        c[r2] = c20; c[r2 + 1] = c21; c[r2 + 2] = c22; c[r2 + 3] = c23;
        c[r3] = c30; c[r3 + 1] = c31; c[r3 + 2] = c32; c[r3 + 3] = c33;
      }
    }
    if (N4 < N) gemmEdge(i, i + 4, N4, N, N, K, a, lda, 1, b, ldb, 1, c, accumulate);
  }
  if (M4 < M) gemmEdge(M4, M, 0, N, N, K, a, lda, 1, b, ldb, 1, c, accumulate);
}

/** C = [C +] A Bᵀ: A row-major M × K (row stride lda), B row-major N × K (row stride ldb). */
export function gemmNT(M: number, N: number, K: number, a: Buffer, lda: number, b: Buffer, ldb: number, c: Buffer, accumulate: boolean): void {
  const M4 = M - (M % 4), N4 = N - (N % 4);
  for (let i = 0; i < M4; i += 4) {
    const q0 = i * lda, q1 = q0 + lda, q2 = q1 + lda, q3 = q2 + lda;
    for (let j = 0; j < N4; j += 4) {
      const s0 = j * ldb, s1 = s0 + ldb, s2 = s1 + ldb, s3 = s2 + ldb;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0; p < K; p++) {
        const b0 = b[s0 + p], b1 = b[s1 + p], b2 = b[s2 + p], b3 = b[s3 + p];
        const a0 = a[q0 + p], a1 = a[q1 + p], a2 = a[q2 + p], a3 = a[q3 + p];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      const r0 = i * N + j, r1 = r0 + N, r2 = r1 + N, r3 = r2 + N;
      if (accumulate) {
        c[r0] += c00; c[r0 + 1] += c01; c[r0 + 2] += c02; c[r0 + 3] += c03;
        c[r1] += c10; c[r1 + 1] += c11; c[r1 + 2] += c12; c[r1 + 3] += c13;
        c[r2] += c20; c[r2 + 1] += c21; c[r2 + 2] += c22; c[r2 + 3] += c23;
        c[r3] += c30; c[r3 + 1] += c31; c[r3 + 2] += c32; c[r3 + 3] += c33;
      } else {
        c[r0] = c00; c[r0 + 1] = c01; c[r0 + 2] = c02; c[r0 + 3] = c03;
        c[r1] = c10; c[r1 + 1] = c11; c[r1 + 2] = c12; c[r1 + 3] = c13;
        c[r2] = c20; c[r2 + 1] = c21; c[r2 + 2] = c22; c[r2 + 3] = c23;
        c[r3] = c30; c[r3 + 1] = c31; c[r3 + 2] = c32; c[r3 + 3] = c33;
      }
    }
    if (N4 < N) gemmEdge(i, i + 4, N4, N, N, K, a, lda, 1, b, 1, ldb, c, accumulate);
  }
  if (M4 < M) gemmEdge(M4, M, 0, N, N, K, a, lda, 1, b, 1, ldb, c, accumulate);
}

/** C = [C +] Aᵀ B: A row-major K × M (row stride lda), B row-major K × N (row stride ldb). */
export function gemmTN(M: number, N: number, K: number, a: Buffer, lda: number, b: Buffer, ldb: number, c: Buffer, accumulate: boolean): void {
  const M4 = M - (M % 4), N4 = N - (N % 4);
  for (let i = 0; i < M4; i += 4) {
    for (let j = 0; j < N4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0, pa = i, pb = j; p < K; p++, pa += lda, pb += ldb) {
        const b0 = b[pb], b1 = b[pb + 1], b2 = b[pb + 2], b3 = b[pb + 3];
        const a0 = a[pa], a1 = a[pa + 1], a2 = a[pa + 2], a3 = a[pa + 3];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      const r0 = i * N + j, r1 = r0 + N, r2 = r1 + N, r3 = r2 + N;
      if (accumulate) {
        c[r0] += c00; c[r0 + 1] += c01; c[r0 + 2] += c02; c[r0 + 3] += c03;
        c[r1] += c10; c[r1 + 1] += c11; c[r1 + 2] += c12; c[r1 + 3] += c13;
        c[r2] += c20; c[r2 + 1] += c21; c[r2 + 2] += c22; c[r2 + 3] += c23;
        c[r3] += c30; c[r3 + 1] += c31; c[r3 + 2] += c32; c[r3 + 3] += c33;
      } else {
        c[r0] = c00; c[r0 + 1] = c01; c[r0 + 2] = c02; c[r0 + 3] = c03;
        c[r1] = c10; c[r1 + 1] = c11; c[r1 + 2] = c12; c[r1 + 3] = c13;
        c[r2] = c20; c[r2 + 1] = c21; c[r2 + 2] = c22; c[r2 + 3] = c23;
        c[r3] = c30; c[r3 + 1] = c31; c[r3 + 2] = c32; c[r3 + 3] = c33;
      }
    }
    if (N4 < N) gemmEdge(i, i + 4, N4, N, N, K, a, 1, lda, b, ldb, 1, c, accumulate);
  }
  if (M4 < M) gemmEdge(M4, M, 0, N, N, K, a, 1, lda, b, ldb, 1, c, accumulate);
}
