// Special functions in float64: erfc, the standard normal CDF Φ and density φ (for exact GELU).
// erf(x) = 2/√π e^{-x²} Σ_{n≥0} 2^n x^{2n+1} / (1·3·…·(2n+1))   (all terms positive: no cancellation), |x| < 2.5
// erfc(x) = e^{-x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))   (Laplace continued fraction), x ≥ 2.5
// Both reach ~1e-16 relative accuracy; erfc keeps full relative accuracy in the tail, so GELU is exact for z ≪ 0.
import { ERF_MAX_ITERATIONS, ERF_TOLERANCE } from './constants.ts';

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT_2 = Math.SQRT2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const SERIES_LIMIT = 2.5;
const TINY = 1e-300;

/** erf(x) by the positive series (accurate for |x| < SERIES_LIMIT, used only there). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 0; n < ERF_MAX_ITERATIONS; n++) {
    term *= (2 * x2) / (2 * n + 3);
    sum += term;
    if (term < ERF_TOLERANCE * sum) break;
  }
  return ((2 / SQRT_PI) * Math.exp(-x2)) * sum;
}

/** erfc(x) for x ≥ SERIES_LIMIT by the Laplace continued fraction, evaluated with modified Lentz. */
function erfcContinuedFraction(x: number): number {
  // K = x + a1/(x + a2/(x + …)),  a_k = k/2
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < ERF_MAX_ITERATIONS; k++) {
    const a = k / 2;
    d = x + a * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = x + a / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < ERF_TOLERANCE) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/** Complementary error function erfc(x) = 1 − erf(x), accurate in both tails. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax === Infinity) return x > 0 ? 0 : 2;
  const tail = ax < SERIES_LIMIT ? 1 - erfSeries(ax) : erfcContinuedFraction(ax);
  return x >= 0 ? tail : 2 - tail;
}

/** Error function erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax === Infinity) return Math.sign(x);
  const value = ax < SERIES_LIMIT ? erfSeries(ax) : 1 - erfcContinuedFraction(ax);
  return x >= 0 ? value : -value;
}

/** Standard normal CDF Φ(z) = ½ erfc(−z/√2). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / SQRT_2);
}

/** Standard normal density φ(z). */
export function normalPdf(z: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
}
