// Activations g and their exact derivatives g', one table entry each; adding one is one entry.
// Each entry has scalar f / df (charts, theory) and two whole-array kernels for the training loop, so that
// every loop over a batch is monomorphic (no per-element call through the table, no boxed doubles):
//   forward(Z, A, n, p)                 A = g(Z)                       (predict; A may be Z)
//   forwardDerivative(Z, A, G, n, p)    A = g(Z), G = g'(Z) in one pass
// The kernels give exactly f and df: g' is computed in double before A is rounded to storage (recomputing it
// from a stored float32 A would cancel in 1 − A: g' = 0 for z > 17). Sigmoid and tanh take g' from e = e^{−|z|}
// (e^{−2|z|}) as e/(1 + e)² (4e/(1 + e)²) rather than s(1 − s) or 1 − t², which cancel in double too (tanh' = 0
// past |z| = 19, sigmoid' past z = 37, where float32 still holds them); gelu shares Φ(z), softplus e^{∓z}.
// Conventions at kinks: relu'(0) = 0, leaky-relu'(0) = slope, elu'(0) = alpha (the left derivative).
// gelu is the exact erf form g(z) = z Φ(z), g'(z) = Φ(z) + z φ(z).
// NaN in gives NaN out; ±Infinity give the limits (never 0 · ∞ = NaN).
import type { Activation, ActivationName } from './types.ts';
import { ELU_ALPHA, LEAKY_RELU_SLOPE } from './constants.ts';
import { normalCdf, normalPdf } from './special.ts';

/** Numerically stable logistic 1 / (1 + e^{-z}). */
function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** σ'(z) = σ(z)(1 − σ(z)) = e/(1 + e)² with e = e^{−|z|}: exact in the tails, where 1 − σ(z) cancels. */
function logisticDerivative(z: number): number {
  const e = Math.exp(-Math.abs(z));
  const q = 1 + e;
  return e / (q * q);
}

/** tanh'(z) = 1 − tanh²(z) = 4e/(1 + e)² with e = e^{−2|z|}: exact in the tails, where 1 − tanh²(z) cancels. */
function tanhDerivative(z: number): number {
  const e = Math.exp(-2 * Math.abs(z));
  const q = 1 + e;
  return (4 * e) / (q * q);
}

/** sup of silu'(z) = σ(z)(1 + z(1 − σ(z))), attained at z ≈ 2.3994. */
const SILU_MAX_DERIVATIVE = 1.0998393194;
/** sup of gelu'(z) = Φ(z) + z φ(z), attained where gelu''(z) = φ(z)(2 − z²) = 0, i.e. z = √2. */
const GELU_MAX_DERIVATIVE = normalCdf(Math.SQRT2) + Math.SQRT2 * normalPdf(Math.SQRT2);

export const ACTIVATIONS: Record<ActivationName, Activation> = {
  sigmoid: {
    name: 'sigmoid',
    f: (z) => logistic(z),
    df: logisticDerivative,
    forward: (Z, A, n) => { for (let o = 0; o < n; o++) A[o] = logistic(Z[o]); },
    forwardDerivative: (Z, A, G, n) => {
      for (let o = 0; o < n; o++) {
        // logistic(z) and logisticDerivative(z) from one exponential.
        const z = Z[o];
        const e = Math.exp(-Math.abs(z));
        const q = 1 + e;
        A[o] = z >= 0 ? 1 / q : e / q;
        G[o] = e / (q * q);
      }
    },
    maxDerivative: 0.25,
  },
  tanh: {
    name: 'tanh',
    f: (z) => Math.tanh(z),
    df: tanhDerivative,
    forward: (Z, A, n) => { for (let o = 0; o < n; o++) A[o] = Math.tanh(Z[o]); },
    forwardDerivative: (Z, A, G, n) => {
      for (let o = 0; o < n; o++) { const z = Z[o]; A[o] = Math.tanh(z); G[o] = tanhDerivative(z); }
    },
    maxDerivative: 1,
  },
  relu: {
    name: 'relu',
    f: (z) => (z > 0 ? z : z <= 0 ? 0 : NaN),
    df: (z) => (z > 0 ? 1 : z <= 0 ? 0 : NaN), // relu'(0) = 0
    forward: (Z, A, n) => { for (let o = 0; o < n; o++) { const z = Z[o]; A[o] = z > 0 ? z : z <= 0 ? 0 : NaN; } },
    forwardDerivative: (Z, A, G, n) => {
      for (let o = 0; o < n; o++) {
        const z = Z[o];
        if (z > 0) { A[o] = z; G[o] = 1; } else if (z <= 0) { A[o] = 0; G[o] = 0; } else { A[o] = NaN; G[o] = NaN; }
      }
    },
    maxDerivative: 1,
  },
  'leaky-relu': {
    name: 'leaky-relu',
    f: (z, a = LEAKY_RELU_SLOPE) => (z > 0 ? z : a * z),
    df: (z, a = LEAKY_RELU_SLOPE) => (z > 0 ? 1 : z <= 0 ? a : NaN),
    defaultParam: LEAKY_RELU_SLOPE,
    forward: (Z, A, n, p) => {
      const a = p ?? LEAKY_RELU_SLOPE;
      for (let o = 0; o < n; o++) { const z = Z[o]; A[o] = z > 0 ? z : a * z; }
    },
    forwardDerivative: (Z, A, G, n, p) => {
      const a = p ?? LEAKY_RELU_SLOPE;
      for (let o = 0; o < n; o++) { const z = Z[o]; A[o] = z > 0 ? z : a * z; G[o] = z > 0 ? 1 : z <= 0 ? a : NaN; }
    },
    maxDerivative: 1,
  },
  elu: {
    name: 'elu',
    f: (z, a = ELU_ALPHA) => (z > 0 ? z : a * Math.expm1(z)),
    df: (z, a = ELU_ALPHA) => (z > 0 ? 1 : a * Math.exp(z)), // exp(NaN) = NaN
    defaultParam: ELU_ALPHA,
    forward: (Z, A, n, p) => {
      const a = p ?? ELU_ALPHA;
      for (let o = 0; o < n; o++) { const z = Z[o]; A[o] = z > 0 ? z : a * Math.expm1(z); }
    },
    forwardDerivative: (Z, A, G, n, p) => {
      const a = p ?? ELU_ALPHA;
      for (let o = 0; o < n; o++) {
        const z = Z[o];
        if (z > 0) { A[o] = z; G[o] = 1; } else { A[o] = a * Math.expm1(z); G[o] = a * Math.exp(z); }
      }
    },
    maxDerivative: 1,
  },
  gelu: {
    name: 'gelu',
    f: (z) => { const c = normalCdf(z); return c === 0 ? 0 : z * c; },
    df: (z) => { const p = normalPdf(z); return normalCdf(z) + (p === 0 ? 0 : z * p); },
    forward: (Z, A, n) => { for (let o = 0; o < n; o++) { const z = Z[o]; const c = normalCdf(z); A[o] = c === 0 ? 0 : z * c; } },
    forwardDerivative: (Z, A, G, n) => {
      for (let o = 0; o < n; o++) {
        const z = Z[o];
        const c = normalCdf(z);
        const d = normalPdf(z);
        A[o] = c === 0 ? 0 : z * c;
        G[o] = c + (d === 0 ? 0 : z * d);
      }
    },
    maxDerivative: GELU_MAX_DERIVATIVE,
  },
  softplus: {
    name: 'softplus',
    // log(1 + e^z) without overflow: z + log1p(e^{-z}) for z > 0
    f: (z) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))),
    df: (z) => logistic(z),
    forward: (Z, A, n) => {
      for (let o = 0; o < n; o++) { const z = Z[o]; A[o] = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)); }
    },
    forwardDerivative: (Z, A, G, n) => {
      for (let o = 0; o < n; o++) {
        const z = Z[o];
        // σ(z) from the same exponential: 1/(1 + e^{-z}) for z > 0, e^z/(1 + e^z) otherwise (both ½ at 0)
        if (z > 0) { const e = Math.exp(-z); A[o] = z + Math.log1p(e); G[o] = 1 / (1 + e); }
        else { const e = Math.exp(z); A[o] = Math.log1p(e); G[o] = e / (1 + e); }
      }
    },
    maxDerivative: 1,
  },
  silu: {
    name: 'silu',
    f: (z) => { const s = logistic(z); return s === 0 ? 0 : z * s; },
    df: (z) => { const s = logistic(z); return s === 0 ? 0 : s === 1 ? 1 : s * (1 + z * (1 - s)); },
    forward: (Z, A, n) => { for (let o = 0; o < n; o++) { const z = Z[o]; const s = logistic(z); A[o] = s === 0 ? 0 : z * s; } },
    forwardDerivative: (Z, A, G, n) => {
      for (let o = 0; o < n; o++) {
        const z = Z[o];
        const s = logistic(z);
        A[o] = s === 0 ? 0 : z * s;
        G[o] = s === 0 ? 0 : s === 1 ? 1 : s * (1 + z * (1 - s));
      }
    },
    maxDerivative: SILU_MAX_DERIVATIVE,
  },
  linear: {
    name: 'linear',
    f: (z) => z,
    df: () => 1,
    forward: (Z, A, n) => { if (A !== Z) for (let o = 0; o < n; o++) A[o] = Z[o]; },
    forwardDerivative: (Z, A, G, n) => { for (let o = 0; o < n; o++) { A[o] = Z[o]; G[o] = 1; } },
    maxDerivative: 1,
  },
};

export const ACTIVATION_NAMES: readonly ActivationName[] = Object.keys(ACTIVATIONS) as ActivationName[];

/** The parameter an activation uses under a config: the explicit one, else its default. */
export function activationParam(name: ActivationName, param?: number): number | undefined {
  return param ?? ACTIVATIONS[name].defaultParam;
}
