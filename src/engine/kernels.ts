// The three products of a layer, on whichever kernel set holds the operands (wasm/runtime.ts): the WebAssembly
// SIMD kernels when A, B and C are views of one network's memory and they are on, else the JS kernels of
// gemm-kernels.ts. Same signatures as those; row-major; C (M × N) = [C +] op(A) op(B).
import type { Buffer } from './types.ts';
import * as js from './gemm-kernels.ts';
import { wasmFor } from './wasm/runtime.ts';

/** C = [C +] A B: A row-major M × K (row stride lda), B row-major K × N (row stride ldb).  (U = A W) */
export function gemmNN(M: number, N: number, K: number, a: Buffer, lda: number, b: Buffer, ldb: number, c: Buffer, accumulate: boolean): void {
  const k = wasmFor(a, b, c);
  if (k) k.gemmXN(M, N, K, a.byteOffset, lda, 1, b.byteOffset, ldb, c.byteOffset, accumulate ? 1 : 0);
  else js.gemmNN(M, N, K, a, lda, b, ldb, c, accumulate);
}

/** C = [C +] A Bᵀ: A row-major M × K (row stride lda), B row-major N × K (row stride ldb).  (dA = Δ Wᵀ) */
export function gemmNT(M: number, N: number, K: number, a: Buffer, lda: number, b: Buffer, ldb: number, c: Buffer, accumulate: boolean): void {
  const k = wasmFor(a, b, c);
  if (k) k.gemmNT(M, N, K, a.byteOffset, lda, b.byteOffset, ldb, c.byteOffset, accumulate ? 1 : 0);
  else js.gemmNT(M, N, K, a, lda, b, ldb, c, accumulate);
}

/** C = [C +] Aᵀ B: A row-major K × M (row stride lda), B row-major K × N (row stride ldb).  (gW = Aᵀ Δ) */
export function gemmTN(M: number, N: number, K: number, a: Buffer, lda: number, b: Buffer, ldb: number, c: Buffer, accumulate: boolean): void {
  const k = wasmFor(a, b, c);
  if (k) k.gemmXN(M, N, K, a.byteOffset, 1, lda, b.byteOffset, ldb, c.byteOffset, accumulate ? 1 : 0);
  else js.gemmTN(M, N, K, a, lda, b, ldb, c, accumulate);
}
