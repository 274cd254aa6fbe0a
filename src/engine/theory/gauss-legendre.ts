// Gauss–Legendre quadrature on [-1, 1]: ∫ f(x) dx ≈ Σ_i w_i f(x_i), exact for polynomials of degree ≤ 2m − 1.
// Nodes are roots of the Legendre polynomial P_m by Newton's method on the three-term recurrence
//   j P_j(x) = (2j − 1) x P_{j−1}(x) − (j − 1) P_{j−2}(x),   P_m'(x) = m (x P_m − P_{m−1}) / (x² − 1).

const NEWTON_TOLERANCE = 1e-15;
const NEWTON_MAX_ITERATIONS = 100;

/** Nodes (ascending) and weights of the m-point Gauss–Legendre rule on [-1, 1]. */
export function gaussLegendre(m: number): { nodes: Float64Array; weights: Float64Array } {
  if (!Number.isInteger(m) || m < 1) throw new RangeError(`gaussLegendre: m must be a positive integer, got ${m}`);
  const nodes = new Float64Array(m);
  const weights = new Float64Array(m);
  const half = Math.floor((m + 1) / 2);
  for (let i = 0; i < half; i++) {
    // Chebyshev-like initial guess for the i-th largest root.
    let x = Math.cos((Math.PI * (i + 0.75)) / (m + 0.5));
    let derivative = 1;
    for (let iter = 0; iter < NEWTON_MAX_ITERATIONS; iter++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= m; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * x * p2 - (j - 1) * p3) / j;
      }
      derivative = (m * (x * p1 - p2)) / (x * x - 1);
      const previous = x;
      x = previous - p1 / derivative;
      if (Math.abs(x - previous) <= NEWTON_TOLERANCE) break;
    }
    nodes[m - 1 - i] = x;
    nodes[i] = -x;
    weights[i] = 2 / ((1 - x * x) * derivative * derivative);
    weights[m - 1 - i] = weights[i];
  }
  if (m % 2 === 1) nodes[half - 1] = 0;
  return { nodes, weights };
}
