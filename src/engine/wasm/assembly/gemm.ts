// AssemblyScript source of the engine's WebAssembly SIMD kernels (built by scripts/build-wasm.ts; not part of
// the TypeScript program: the engine's tsconfig excludes this folder). The three matrix products of a layer,
// row-major float32, on pointers into the memory the engine imports (env.memory):
//   gemmXN  C(i, j) = [C +] Σ_p A[i·ars + p·acs] · B[p·ldb + j]   forward U = A W (ars = lda, acs = 1)
//                                                                  weights gW = Aᵀ Δ (ars = 1, acs = lda)
//   gemmNT  C(i, j) = [C +] Σ_p A[i·lda + p] · B[j·ldb + p]        backward dA = Δ Wᵀ
// Precision: f32x4 lanes, each C(i, j) accumulated in float32 in the order p = 0, 1, …, K − 1 (gemmXN) or as
// four interleaved partial sums p ≡ 0, 1, 2, 3 (mod 4) added (s0 + s1) + (s2 + s3) (gemmNT); the JS kernels
// accumulate in doubles instead, so the two agree to float32 rounding, not bit for bit.
// Registers: 4 rows × 8 columns = 8 accumulators (gemmXN), 4 × 2 = 8 (gemmNT), within x86-64's 16.

@inline function addr(base: usize, index: i32): usize {
  return base + (<usize>index << 2);
}

@inline function put(c: usize, v: v128, acc: i32): void {
  v128.store(c, acc ? f32x4.add(v128.load(c), v) : v);
}

@inline function putScalar(c: usize, s: f32, acc: i32): void {
  store<f32>(c, acc ? load<f32>(c) + s : s);
}

/** C (M × N) = [C +] A B with A(i, p) = a[i·ars + p·acs] and B(p, j) = b[p·ldb + j] (B rows contiguous). */
export function gemmXN(M: i32, N: i32, K: i32, a: usize, ars: i32, acs: i32, b: usize, ldb: i32, c: usize, acc: i32): void {
  const M4 = M & ~3;
  const N8 = N & ~7;
  const N4 = N & ~3;
  const bStep = <usize>ldb << 2;
  const aStep = <usize>acs << 2;
  for (let i = 0; i < M4; i += 4) {
    const a0 = addr(a, i * ars), a1 = addr(a, (i + 1) * ars), a2 = addr(a, (i + 2) * ars), a3 = addr(a, (i + 3) * ars);
    const c0 = addr(c, i * N), c1 = addr(c, (i + 1) * N), c2 = addr(c, (i + 2) * N), c3 = addr(c, (i + 3) * N);
    let j = 0;
    for (; j < N8; j += 8) {
      let s00 = f32x4.splat(0), s01 = f32x4.splat(0), s10 = f32x4.splat(0), s11 = f32x4.splat(0);
      let s20 = f32x4.splat(0), s21 = f32x4.splat(0), s30 = f32x4.splat(0), s31 = f32x4.splat(0);
      let pb = addr(b, j);
      let off: usize = 0;
      for (let p = 0; p < K; p++) {
        const b0 = v128.load(pb), b1 = v128.load(pb, 16);
        const x0 = f32x4.splat(load<f32>(a0 + off)), x1 = f32x4.splat(load<f32>(a1 + off));
        const x2 = f32x4.splat(load<f32>(a2 + off)), x3 = f32x4.splat(load<f32>(a3 + off));
        s00 = f32x4.add(s00, f32x4.mul(x0, b0)); s01 = f32x4.add(s01, f32x4.mul(x0, b1));
        s10 = f32x4.add(s10, f32x4.mul(x1, b0)); s11 = f32x4.add(s11, f32x4.mul(x1, b1));
        s20 = f32x4.add(s20, f32x4.mul(x2, b0)); s21 = f32x4.add(s21, f32x4.mul(x2, b1));
        s30 = f32x4.add(s30, f32x4.mul(x3, b0)); s31 = f32x4.add(s31, f32x4.mul(x3, b1));
        pb += bStep;
        off += aStep;
      }
      const o = <usize>j << 2;
      put(c0 + o, s00, acc); put(c0 + o + 16, s01, acc);
      put(c1 + o, s10, acc); put(c1 + o + 16, s11, acc);
      put(c2 + o, s20, acc); put(c2 + o + 16, s21, acc);
      put(c3 + o, s30, acc); put(c3 + o + 16, s31, acc);
    }
    for (; j < N4; j += 4) {
      let s0 = f32x4.splat(0), s1 = f32x4.splat(0), s2 = f32x4.splat(0), s3 = f32x4.splat(0);
      let pb = addr(b, j);
      let off: usize = 0;
      for (let p = 0; p < K; p++) {
        const b0 = v128.load(pb);
        s0 = f32x4.add(s0, f32x4.mul(f32x4.splat(load<f32>(a0 + off)), b0));
        s1 = f32x4.add(s1, f32x4.mul(f32x4.splat(load<f32>(a1 + off)), b0));
        s2 = f32x4.add(s2, f32x4.mul(f32x4.splat(load<f32>(a2 + off)), b0));
        s3 = f32x4.add(s3, f32x4.mul(f32x4.splat(load<f32>(a3 + off)), b0));
        pb += bStep;
        off += aStep;
      }
      const o = <usize>j << 2;
      put(c0 + o, s0, acc); put(c1 + o, s1, acc); put(c2 + o, s2, acc); put(c3 + o, s3, acc);
    }
    for (; j < N; j++) {
      let s0: f32 = 0, s1: f32 = 0, s2: f32 = 0, s3: f32 = 0;
      let pb = addr(b, j);
      let off: usize = 0;
      for (let p = 0; p < K; p++) {
        const bv = load<f32>(pb);
        s0 += load<f32>(a0 + off) * bv; s1 += load<f32>(a1 + off) * bv;
        s2 += load<f32>(a2 + off) * bv; s3 += load<f32>(a3 + off) * bv;
        pb += bStep;
        off += aStep;
      }
      const o = <usize>j << 2;
      putScalar(c0 + o, s0, acc); putScalar(c1 + o, s1, acc); putScalar(c2 + o, s2, acc); putScalar(c3 + o, s3, acc);
    }
  }
  for (let i = M4; i < M; i++) {
    const a0 = addr(a, i * ars);
    const c0 = addr(c, i * N);
    let j = 0;
    for (; j < N4; j += 4) {
      let s0 = f32x4.splat(0);
      let pb = addr(b, j);
      let off: usize = 0;
      for (let p = 0; p < K; p++) {
        s0 = f32x4.add(s0, f32x4.mul(f32x4.splat(load<f32>(a0 + off)), v128.load(pb)));
        pb += bStep;
        off += aStep;
      }
      put(c0 + (<usize>j << 2), s0, acc);
    }
    for (; j < N; j++) {
      let s0: f32 = 0;
      let pb = addr(b, j);
      let off: usize = 0;
      for (let p = 0; p < K; p++) {
        s0 += load<f32>(a0 + off) * load<f32>(pb);
        pb += bStep;
        off += aStep;
      }
      putScalar(c0 + (<usize>j << 2), s0, acc);
    }
  }
}

@inline function hsum(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/** Σ_p x[p] y[p] for p < K, four lanes then the scalar tail (one output of gemmNT). */
@inline function dot(x: usize, y: usize, K4: i32, K: i32): f32 {
  let s = f32x4.splat(0);
  let off: usize = 0;
  for (let p = 0; p < K4; p += 4) {
    s = f32x4.add(s, f32x4.mul(v128.load(x + off), v128.load(y + off)));
    off += 16;
  }
  let t = hsum(s);
  for (let p = K4; p < K; p++) t += load<f32>(addr(x, p)) * load<f32>(addr(y, p));
  return t;
}

/** C (M × N) = [C +] A Bᵀ: A row-major M × K (row stride lda), B row-major N × K (row stride ldb). */
export function gemmNT(M: i32, N: i32, K: i32, a: usize, lda: i32, b: usize, ldb: i32, c: usize, acc: i32): void {
  const M4 = M & ~3;
  const N2 = N & ~1;
  const K4 = K & ~3;
  for (let i = 0; i < M4; i += 4) {
    const a0 = addr(a, i * lda), a1 = addr(a, (i + 1) * lda), a2 = addr(a, (i + 2) * lda), a3 = addr(a, (i + 3) * lda);
    const c0 = addr(c, i * N), c1 = addr(c, (i + 1) * N), c2 = addr(c, (i + 2) * N), c3 = addr(c, (i + 3) * N);
    let j = 0;
    for (; j < N2; j += 2) {
      const b0 = addr(b, j * ldb), b1 = addr(b, (j + 1) * ldb);
      let s00 = f32x4.splat(0), s01 = f32x4.splat(0), s10 = f32x4.splat(0), s11 = f32x4.splat(0);
      let s20 = f32x4.splat(0), s21 = f32x4.splat(0), s30 = f32x4.splat(0), s31 = f32x4.splat(0);
      let off: usize = 0;
      for (let p = 0; p < K4; p += 4) {
        const y0 = v128.load(b0 + off), y1 = v128.load(b1 + off);
        const x0 = v128.load(a0 + off), x1 = v128.load(a1 + off), x2 = v128.load(a2 + off), x3 = v128.load(a3 + off);
        s00 = f32x4.add(s00, f32x4.mul(x0, y0)); s01 = f32x4.add(s01, f32x4.mul(x0, y1));
        s10 = f32x4.add(s10, f32x4.mul(x1, y0)); s11 = f32x4.add(s11, f32x4.mul(x1, y1));
        s20 = f32x4.add(s20, f32x4.mul(x2, y0)); s21 = f32x4.add(s21, f32x4.mul(x2, y1));
        s30 = f32x4.add(s30, f32x4.mul(x3, y0)); s31 = f32x4.add(s31, f32x4.mul(x3, y1));
        off += 16;
      }
      let t00 = hsum(s00), t01 = hsum(s01), t10 = hsum(s10), t11 = hsum(s11);
      let t20 = hsum(s20), t21 = hsum(s21), t30 = hsum(s30), t31 = hsum(s31);
      for (let p = K4; p < K; p++) {
        const q = <usize>p << 2;
        const y0 = load<f32>(b0 + q), y1 = load<f32>(b1 + q);
        const x0 = load<f32>(a0 + q), x1 = load<f32>(a1 + q), x2 = load<f32>(a2 + q), x3 = load<f32>(a3 + q);
        t00 += x0 * y0; t01 += x0 * y1; t10 += x1 * y0; t11 += x1 * y1;
        t20 += x2 * y0; t21 += x2 * y1; t30 += x3 * y0; t31 += x3 * y1;
      }
      const o = <usize>j << 2;
      putScalar(c0 + o, t00, acc); putScalar(c0 + o + 4, t01, acc);
      putScalar(c1 + o, t10, acc); putScalar(c1 + o + 4, t11, acc);
      putScalar(c2 + o, t20, acc); putScalar(c2 + o + 4, t21, acc);
      putScalar(c3 + o, t30, acc); putScalar(c3 + o + 4, t31, acc);
    }
    for (; j < N; j++) {
      const b0 = addr(b, j * ldb);
      const o = <usize>j << 2;
      putScalar(c0 + o, dot(a0, b0, K4, K), acc); putScalar(c1 + o, dot(a1, b0, K4, K), acc);
      putScalar(c2 + o, dot(a2, b0, K4, K), acc); putScalar(c3 + o, dot(a3, b0, K4, K), acc);
    }
  }
  for (let i = M4; i < M; i++) {
    const a0 = addr(a, i * lda);
    const c0 = addr(c, i * N);
    for (let j = 0; j < N; j++) putScalar(c0 + (<usize>j << 2), dot(a0, addr(b, j * ldb), K4, K), acc);
  }
}
