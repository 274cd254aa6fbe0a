// Mean-field theory of signal propagation at initialisation (Poole et al. 2016; Schoenholz et al. 2017).
// Weights N(0, σ_w²/n), biases N(0, σ_b²), width n → ∞. The squared length q^(l) of a pre-activation obeys
//   length map:  q^(l+1) = σ_w² E_{z~N(0,1)}[ g(√q^(l) z)² ] + σ_b²,
// which settles at a fixed point q*. At q* the backward signal is multiplied per layer, on average, by
//   χ₁ = σ_w² E_{z~N(0,1)}[ g'(√q* z)² ],
// so E‖Δ^(l)‖² ∝ χ₁^(L−l): χ₁ < 1 vanishes, χ₁ > 1 explodes, χ₁ = 1 is the edge of chaos.
// Expectations are taken by composite Gauss–Legendre quadrature against the Gaussian (./expectation.ts explains
// why not plain Gauss–Hermite). This file works on any {f, df} pair;
// ./mean-field.ts looks activations up by name in the engine's table.

import { scaledGaussianExpectation } from './expectation.ts';

/** Starting squared length of the length map (inputs normalised to unit variance per coordinate). */
export const MEAN_FIELD_Q0 = 1;
/** Fixed-point iterations before falling back to bracketing and bisection (slow, near-critical maps). */
const MAX_ITERATIONS = 40;
/** Relative change below which the length map has converged. */
const CONVERGENCE_TOLERANCE = 1e-13;
/** Below this q, the map has collapsed to the fixed point 0. */
const Q_ZERO = 1e-14;
/** Above this q, the map diverges: q* = ∞. */
const Q_INFINITE = 1e30;
/** Factor by which the upper end of the bracket grows while looking for h < 0 (or for q* = ∞). */
const GROWTH_STEP = 16;
/** Root-finding steps after the iteration (each one is one evaluation of the length map). */
const BISECTION_STEPS = 200;
/** A sign of h(q) = map(q) − q counts only beyond this fraction of q (quadrature error is ~1e-14 q). */
const RELATIVE_RESOLUTION = 1e-10;
/** Where χ₁ is evaluated when q* = 0: the limit q → 0⁺ (σ_w² g'(0)² for smooth g, σ_w²/2 for ReLU's kink). */
const Q_LIMIT_ZERO = 1e-200;

/** What meanField needs of an activation: its value and derivative. */
export interface MeanFieldActivation {
  f(z: number, param?: number): number;
  df(z: number, param?: number): number;
  defaultParam?: number;
}

/** Fixed point q* of the length map (0 when it collapses, Infinity when it diverges) and the per-layer factor χ₁. */
export interface MeanFieldResult {
  qStar: number;
  chi1: number;
}

/** One step of the length map: σ_w² E[g(√q z)²] + σ_b². */
export function lengthMap(act: MeanFieldActivation, q: number, sigmaW: number, sigmaB: number,
  param?: number): number {
  const mean = scaledGaussianExpectation((u) => {
    const a = act.f(u, param);
    return a * a;
  }, Math.sqrt(q));
  return sigmaW * sigmaW * mean + sigmaB * sigmaB;
}

/** χ₁ at squared length q: σ_w² E[g'(√q z)²]. */
export function chiAt(act: MeanFieldActivation, q: number, sigmaW: number, param?: number): number {
  const mean = scaledGaussianExpectation((u) => {
    const d = act.df(u, param);
    return d * d;
  }, Math.sqrt(q));
  return sigmaW * sigmaW * mean;
}

/** Fixed point of the length map, reached from MEAN_FIELD_Q0: iteration, then bracketing + bisection if slow. */
export function fixedPoint(act: MeanFieldActivation, sigmaW: number, sigmaB: number, param?: number): number {
  const map = (q: number) => lengthMap(act, q, sigmaW, sigmaB, param);
  let q = MEAN_FIELD_Q0;
  let previous = q;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    previous = q;
    q = map(q);
    if (!Number.isFinite(q) || q > Q_INFINITE) return Infinity;
    if (q < Q_ZERO) return 0;
    if (Math.abs(q - previous) <= CONVERGENCE_TOLERANCE * Math.max(q, Q_ZERO)) return q;
  }
  // Slow convergence (near the edge of chaos the approach is algebraic, not geometric).
  // h(q) = map(q) − q changes sign across the fixed point the iteration is heading to: h > 0 below it, h < 0 above.
  const h = (x: number) => map(x) - x;
  let lo: number;
  let hi: number;
  let hLo: number;
  let hHi: number;
  if (q < previous) {
    // Decreasing towards a fixed point in [0, q].
    hi = q;
    hHi = h(hi);
    lo = Q_ZERO;
    hLo = h(lo);
    if (hLo <= 0) return 0; // no positive fixed point above the resolution of the quadrature
  } else {
    // Increasing: look upwards for h < 0, else diverge.
    lo = q;
    hLo = h(lo);
    hi = q;
    do {
      hi *= GROWTH_STEP;
      if (hi > Q_INFINITE) return Infinity;
      hHi = h(hi);
    } while (hHi > -RELATIVE_RESOLUTION * hi);
  }
  return bracketedRoot(h, lo, hi, hLo, hHi);
}

/**
 * The root of h in [lo, hi] (h(lo) > 0 ≥ h(hi)) by the Illinois variant of regula falsi: superlinear where
 * h is smooth, and every step stays inside the bracket, so it cannot wander off (a plain secant could).
 * Bisection steps stand in when the interpolated point is not strictly inside.
 */
function bracketedRoot(h: (x: number) => number, lo: number, hi: number, hLo: number, hHi: number): number {
  if (hHi === 0) return hi;
  let kept = 0; // which end the last step kept: −1 lo moved (hi kept), +1 hi moved
  let x = 0.5 * (lo + hi);
  for (let i = 0; i < BISECTION_STEPS && hi - lo > CONVERGENCE_TOLERANCE * hi; i++) {
    const previous = x;
    x = (lo * hHi - hi * hLo) / (hHi - hLo);
    if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
    const hx = h(x);
    if (hx > 0) {
      lo = x; hLo = hx;
      if (kept === -1) hHi /= 2;
      kept = -1;
    } else {
      hi = x; hHi = hx;
      if (kept === 1) hLo /= 2;
      kept = 1;
      if (hx === 0) return x;
    }
    if (Math.abs(x - previous) <= CONVERGENCE_TOLERANCE * x) return x;
  }
  return 0.5 * (lo + hi);
}

/** Mean field for any activation object: q* and χ₁ (finite even when q* = ∞, as the limit of σ_w² E[g'(√q z)²]). */
export function meanFieldFor(act: MeanFieldActivation, sigmaW: number, sigmaB: number, param?: number): MeanFieldResult {
  const p = param ?? act.defaultParam;
  const qStar = fixedPoint(act, sigmaW, sigmaB, p);
  // At q* = ∞ or 0, χ₁ is the limit of σ_w² E[g'(√q z)²] as q → ∞ or 0⁺, evaluated at a huge or tiny q:
  // for scale-free derivatives (ReLU, leaky ReLU, linear) it is the same at every q (ReLU: σ_w²/2), for
  // ReLU-like activations (ELU, GELU, softplus, SiLU) it tends to ReLU's value, for smooth g near 0 to σ_w² g'(0)².
  const q = qStar === Infinity ? Q_INFINITE : qStar === 0 ? Q_LIMIT_ZERO : qStar;
  return { qStar, chi1: chiAt(act, q, sigmaW, p) };
}

