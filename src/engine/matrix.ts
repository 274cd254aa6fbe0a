// Matrix helpers on row-major typed arrays (Float32Array by default, Float64Array for gradient checks).
//
// Precision: every dot product accumulates in ONE JS number (an IEEE double) held in a local variable,
// summed in index order p = 0, 1, …, K − 1, and is rounded ONCE when stored into the output array (a
// float32 output is the double sum rounded to nearest float32; a float64 output is the sum itself).
// When a kernel accumulates into an existing output (C += …), the stored value is rounded once more.
// Column sums and sums of squares also accumulate in doubles (see each function for its order).
// Eq. (4)'s float32 product, which must round after every multiply, is not a dot product: see
// float32Product in diagnostics.ts.
//
// Speed: 4×4 register blocking (16 double accumulators, 8 loads per 16 multiply-adds), no allocation.
// gemm takes strides so any layout works; the three layouts of a layer go to contiguous kernels with
// fixed strides (gemm-kernels.ts), which keep every call site monomorphic:
//   forward   Z  = A W         A: batch × in, W: in × out      gemmNN
//   backward  dA = Δ Wᵀ        Δ: batch × out                  gemmNT
//   weights   gW = Aᵀ Δ                                       gemmTN
import type { Buffer, Dtype, Matrix } from './types.ts';
import { gemmEdge } from './gemm-kernels.ts';
import { gemmNN, gemmNT, gemmTN } from './kernels.ts';

/** A zero-filled buffer of the given dtype. */
export function allocBuffer(dtype: Dtype, length: number): Buffer {
  return dtype === 'float64' ? new Float64Array(length) : new Float32Array(length);
}

/** A zero matrix rows × cols. */
export function zeros(rows: number, cols: number, dtype: Dtype = 'float32'): Matrix {
  return { rows, cols, data: allocBuffer(dtype, rows * cols) };
}

/** A matrix from nested rows (copies). */
export function fromRows(rows: readonly (readonly number[])[], dtype: Dtype = 'float32'): Matrix {
  const m = zeros(rows.length, rows.length > 0 ? rows[0].length : 0, dtype);
  rows.forEach((r, i) => r.forEach((v, j) => { m.data[i * m.cols + j] = v; }));
  return m;
}

/** The dtype of a buffer. */
export function dtypeOf(data: Buffer): Dtype {
  return data instanceof Float64Array ? 'float64' : 'float32';
}

/**
 * C (M × N, row-major) = [C +] A B with A(i, p) = a[i·ars + p·acs] and B(p, j) = b[p·brs + j·bcs].
 * Strides let one entry point serve A W, Δ Wᵀ and Aᵀ Δ without transposed copies; those three layouts run
 * the contiguous kernels, any other layout the strided 4×4 kernel below.
 */
export function gemm(
  M: number, N: number, K: number,
  a: Buffer, ars: number, acs: number,
  b: Buffer, brs: number, bcs: number,
  c: Buffer, accumulate: boolean,
): void {
  if (acs === 1 && bcs === 1) return gemmNN(M, N, K, a, ars, b, brs, c, accumulate);
  if (acs === 1 && brs === 1) return gemmNT(M, N, K, a, ars, b, bcs, c, accumulate);
  if (ars === 1 && bcs === 1) return gemmTN(M, N, K, a, acs, b, brs, c, accumulate);
  const M4 = M - (M % 4);
  const N4 = N - (N % 4);
  for (let i = 0; i < M4; i += 4) {
    for (let j = 0; j < N4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      let pa = i * ars;
      let pb = j * bcs;
      for (let p = 0; p < K; p++) {
        const a0 = a[pa], a1 = a[pa + ars], a2 = a[pa + 2 * ars], a3 = a[pa + 3 * ars];
        const b0 = b[pb], b1 = b[pb + bcs], b2 = b[pb + 2 * bcs], b3 = b[pb + 3 * bcs];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
        pa += acs;
        pb += brs;
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
    if (N4 < N) gemmEdge(i, i + 4, N4, N, N, K, a, ars, acs, b, brs, bcs, c, accumulate);
  }
  if (M4 < M) gemmEdge(M4, M, 0, N, N, K, a, ars, acs, b, brs, bcs, c, accumulate);
}

/** C = A B (+ bias broadcast over rows): A rows × k, B k × cols; C preallocated rows × cols. */
export function matmul(A: Matrix, B: Matrix, C: Matrix, bias: Buffer | null = null): void {
  gemm(A.rows, B.cols, A.cols, A.data, A.cols, 1, B.data, B.cols, 1, C.data, false);
  if (bias) addRowVector(C.data, C.rows, C.cols, bias);
}

/** data[i, j] += v[j] for every row i. */
export function addRowVector(data: Buffer, rows: number, cols: number, v: Buffer): void {
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    for (let j = 0; j < cols; j++) data[o + j] += v[j];
  }
}

/** Per-feature double accumulators for columnSums, grown once to the widest row seen (no allocation per step). */
let columnScratch = new Float64Array(64);

/** out[j] = Σ_i data[i, j]: column sums, each accumulated in a double in row order and rounded once on store. */
export function columnSums(data: Buffer, rows: number, cols: number, out: Buffer): void {
  if (columnScratch.length < cols) columnScratch = new Float64Array(cols);
  const s = columnScratch;
  for (let j = 0; j < cols; j++) s[j] = 0;
  for (let o = 0; o < rows * cols; o += cols) for (let j = 0; j < cols; j++) s[j] += data[o + j];
  for (let j = 0; j < cols; j++) out[j] = s[j];
}

/**
 * Sum of squares in doubles, as four interleaved partial sums (elements i ≡ 0, 1, 2, 3 mod 4) added as
 * (s0 + s1) + (s2 + s3): four independent chains run four times faster than one, at the same accuracy.
 */
export function sumSquares(data: ArrayLike<number>): number {
  const n = data.length;
  const n4 = n - (n % 4);
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let i = 0; i < n4; i += 4) {
    const a = data[i], b = data[i + 1], c = data[i + 2], d = data[i + 3];
    s0 += a * a; s1 += b * b; s2 += c * c; s3 += d * d;
  }
  for (let i = n4; i < n; i++) s0 += data[i] * data[i];
  return (s0 + s1) + (s2 + s3);
}

/** Sum in doubles, in the same four interleaved partial sums as sumSquares. */
export function sum(data: ArrayLike<number>): number {
  const n = data.length;
  const n4 = n - (n % 4);
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let i = 0; i < n4; i += 4) { s0 += data[i]; s1 += data[i + 1]; s2 += data[i + 2]; s3 += data[i + 3]; }
  for (let i = n4; i < n; i++) s0 += data[i];
  return (s0 + s1) + (s2 + s3);
}

/** True when every element is a finite number (x·0 is NaN exactly for ±∞ and NaN, so one pass, no branch). */
export function allFinite(data: ArrayLike<number>): boolean {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i] * 0;
  return s === 0;
}

/** Frobenius norm ‖x‖. */
export function frobenius(data: ArrayLike<number>): number {
  return Math.sqrt(sumSquares(data));
}
