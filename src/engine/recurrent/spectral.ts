// Spectral radius ρ(A) = max |λ| of a square matrix, by Gelfand's formula ρ(A) = lim ‖A^m‖^(1/m) with m = 2^k:
// square repeatedly, renormalising each time (B_0 = A / c_0, c_j = ‖B_{j-1}²‖_F, B_j = B_{j-1}² / c_j), so that
//   log ‖A^(2^k)‖_F = Σ_{j≤k} 2^(k−j) log c_j   and   log ρ = lim Σ_j log c_j / 2^j.
// Unlike power iteration on a vector, it converges for complex pairs and equal-modulus eigenvalues of opposite sign
// (a rotation, a permutation), and for non-normal matrices (‖A‖₂ ≫ ρ): the error of the k-th estimate is about
// log(κ √n) / 2^k, with κ the eigenvector basis' condition (a Jordan block adds k log 2 / 2^k). It stops after two
// terms in a row below 1e-12 of the estimate (at least 8, at most 60 squarings); each costs n³ multiply-adds in float64
// (n = 64: about 40 squarings, tens of ms; callers whose W_hh does not change can keep the result).
const MIN_SQUARINGS = 8;
const MAX_SQUARINGS = 60;
const TOLERANCE = 1e-12;

/** ρ of the n × n row-major matrix a (any layout of a square matrix gives the same ρ as its transpose). */
export function spectralRadius(a: ArrayLike<number>, n: number): number {
  if (!Number.isInteger(n) || n < 1 || a.length < n * n) throw new RangeError(`spectralRadius needs an n × n matrix, got n = ${n}`);
  let b = new Float64Array(n * n);
  let next = new Float64Array(n * n);
  let norm = 0;
  for (let i = 0; i < n * n; i++) { b[i] = a[i]; norm += a[i] * a[i]; }
  norm = Math.sqrt(norm);
  if (!Number.isFinite(norm)) return NaN;
  if (norm === 0) return 0;
  for (let i = 0; i < n * n; i++) b[i] /= norm;
  let logRho = Math.log(norm);
  let weight = 1;
  let small = 0;
  for (let k = 1; k <= MAX_SQUARINGS; k++) {
    // next = b · b
    next.fill(0);
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < n; p++) {
        const v = b[i * n + p];
        if (v === 0) continue;
        for (let j = 0; j < n; j++) next[i * n + j] += v * b[p * n + j];
      }
    }
    let c = 0;
    for (let i = 0; i < n * n; i++) c += next[i] * next[i];
    c = Math.sqrt(c);
    if (c === 0) return 0; // nilpotent: some power of A is exactly zero
    for (let i = 0; i < n * n; i++) next[i] /= c;
    weight /= 2;
    const term = weight * Math.log(c);
    logRho += term;
    const t = b; b = next; next = t;
    small = Math.abs(term) < TOLERANCE * Math.max(1, Math.abs(logRho)) ? small + 1 : 0;
    if (k >= MIN_SQUARINGS && small >= 2) break;
  }
  return Math.exp(logRho);
}
