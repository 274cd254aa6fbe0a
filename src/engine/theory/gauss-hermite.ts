// Gauss–Hermite quadrature for expectations under the standard normal:
//   E_{z~N(0,1)}[f(z)] ≈ Σ_i w_i f(x_i),   Σ_i w_i = 1,
// exact when f is a polynomial of degree ≤ 2n − 1.
// Nodes are the roots of the physicists' Hermite polynomial H_n, found by Newton's method on
// the orthonormal recurrence (stable for n in the hundreds), then rescaled from the weight
// e^{-t²} to the weight e^{-z²/2}/√(2π):  x = √2 t,  w = w_t / √π.

/** Default number of nodes: even, so 0 is never a node and kinks at 0 (ReLU) split the weights exactly in half. */
export const GAUSS_HERMITE_POINTS = 96;

const NEWTON_TOLERANCE = 1e-14;
const NEWTON_MAX_ITERATIONS = 100;
/** π^(-1/4): the value of the orthonormal Hermite function of degree 0. */
const PI_TO_MINUS_QUARTER = Math.pow(Math.PI, -0.25);

/** Nodes and weights for E over N(0, 1); nodes ascending, weights summing to 1. */
export interface Quadrature {
  nodes: Float64Array;
  weights: Float64Array;
}

/** Computes the n-point Gauss–Hermite rule for the standard normal (Newton on the Hermite recurrence). */
export function gaussHermite(n: number): Quadrature {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`gaussHermite: n must be a positive integer, got ${n}`);
  const t = new Float64Array(n); // roots of H_n, descending
  const wt = new Float64Array(n); // weights for e^{-t²}
  const half = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < half; i++) {
    // Initial guesses for the largest roots (Numerical Recipes, gauher); then extrapolate from the previous two.
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -0.16667);
    else if (i === 1) z -= (1.14 * Math.pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * t[0];
    else if (i === 3) z = 1.91 * z - 0.91 * t[1];
    else z = 2 * z - t[i - 2];
    let derivative = 0;
    for (let iter = 0; iter < NEWTON_MAX_ITERATIONS; iter++) {
      // Orthonormal Hermite functions: p_j = z √(2/j) p_{j-1} − √((j−1)/j) p_{j-2}.
      let p1 = PI_TO_MINUS_QUARTER;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
      }
      derivative = Math.sqrt(2 * n) * p2;
      const previous = z;
      z = previous - p1 / derivative;
      if (Math.abs(z - previous) <= NEWTON_TOLERANCE * Math.max(1, Math.abs(z))) break;
    }
    t[i] = z;
    t[n - 1 - i] = -z;
    wt[i] = 2 / (derivative * derivative);
    wt[n - 1 - i] = wt[i];
  }
  if (n % 2 === 1) t[half - 1] = 0; // the middle root is exactly 0
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += wt[i];
  for (let i = 0; i < n; i++) {
    nodes[i] = Math.SQRT2 * t[n - 1 - i];
    // Normalise by the computed total (≈ √π) so the rule integrates constants exactly.
    weights[i] = wt[n - 1 - i] / total;
  }
  return { nodes, weights };
}

let defaultRule: Quadrature | undefined;

/** The shared default rule (GAUSS_HERMITE_POINTS nodes), computed once on first use. */
export function defaultQuadrature(): Quadrature {
  defaultRule ??= gaussHermite(GAUSS_HERMITE_POINTS);
  return defaultRule;
}

/** E_{z~N(0,1)}[f(z)] by Gauss–Hermite quadrature. */
export function gaussianExpectation(f: (z: number) => number, rule: Quadrature = defaultQuadrature()): number {
  const { nodes, weights } = rule;
  let sum = 0;
  for (let i = 0; i < nodes.length; i++) sum += weights[i] * f(nodes[i]);
  return sum;
}
