// Weight and bias initialisers. W^(l-1) is fanIn × fanOut; every draw comes from the network's Random.
//   normal          N(0, σ_w² / fan_in)
//   uniform         U(±σ_w √(3 / fan_in))                  (same variance as 'normal')
//   xavier-normal   N(0, 2 / (fan_in + fan_out))           (Glorot & Bengio 2010)
//   xavier-uniform  U(±√(6 / (fan_in + fan_out)))
//   he-normal       N(0, 2 / fan_in)                       (He et al. 2015)
//   he-uniform      U(±√(6 / fan_in))
//   lecun-normal    N(0, 1 / fan_in)
//   orthogonal      σ_w · Q, Q with orthonormal columns (fan_in ≥ fan_out) or rows (fan_in < fan_out), from
//                   modified Gram–Schmidt on a Gaussian matrix (Saxe et al. 2014); the gain is σ_w, so
//                   σ_w = 1 is an exact isometry on square layers and σ_w = √2 suits ReLU.
//   standard        U(±1 / √fan_in)                        (the old default; variance 1 / (3 fan_in))
// Biases: N(0, σ_b²) for every initialiser. Random skip matrices: N(0, σ_w² / n).
import type { Buffer, InitName } from './types.ts';
import type { Random } from './random.ts';

export const INIT_NAMES: readonly InitName[] = [
  'normal', 'uniform', 'xavier-normal', 'xavier-uniform', 'he-normal', 'he-uniform',
  'lecun-normal', 'orthogonal', 'standard',
];

const SQRT3 = Math.sqrt(3);

function fillNormal(out: Buffer, std: number, rng: Random): void {
  for (let i = 0; i < out.length; i++) out[i] = std * rng.normal();
}

function fillUniform(out: Buffer, limit: number, rng: Random): void {
  for (let i = 0; i < out.length; i++) out[i] = limit * (2 * rng.uniform() - 1);
}

/** σ_w · (a fanIn × fanOut matrix with orthonormal columns or rows), written into out (row-major). */
function fillOrthogonal(out: Buffer, fanIn: number, fanOut: number, gain: number, rng: Random): void {
  // Orthonormalise the k = min(fanIn, fanOut) vectors of length m = max(fanIn, fanOut), in float64.
  const m = Math.max(fanIn, fanOut);
  const k = Math.min(fanIn, fanOut);
  const q = new Float64Array(k * m);
  for (let i = 0; i < q.length; i++) q[i] = rng.normal();
  for (let v = 0; v < k; v++) {
    const vo = v * m;
    for (let u = 0; u < v; u++) {
      const uo = u * m;
      let dot = 0;
      for (let t = 0; t < m; t++) dot += q[vo + t] * q[uo + t];
      for (let t = 0; t < m; t++) q[vo + t] -= dot * q[uo + t];
    }
    let norm = 0;
    for (let t = 0; t < m; t++) norm += q[vo + t] * q[vo + t];
    norm = Math.sqrt(norm);
    for (let t = 0; t < m; t++) q[vo + t] /= norm;
  }
  for (let i = 0; i < fanIn; i++) {
    for (let j = 0; j < fanOut; j++) {
      // fanIn ≥ fanOut: column j is vector j; otherwise row i is vector i.
      out[i * fanOut + j] = gain * (fanIn >= fanOut ? q[j * m + i] : q[i * m + j]);
    }
  }
}

/** Fill a fanIn × fanOut weight matrix by the named initialiser. */
export function initWeights(out: Buffer, fanIn: number, fanOut: number, init: InitName, sigmaW: number, rng: Random): void {
  switch (init) {
    case 'normal': return fillNormal(out, sigmaW / Math.sqrt(fanIn), rng);
    case 'uniform': return fillUniform(out, sigmaW * SQRT3 / Math.sqrt(fanIn), rng);
    case 'xavier-normal': return fillNormal(out, Math.sqrt(2 / (fanIn + fanOut)), rng);
    case 'xavier-uniform': return fillUniform(out, Math.sqrt(6 / (fanIn + fanOut)), rng);
    case 'he-normal': return fillNormal(out, Math.sqrt(2 / fanIn), rng);
    case 'he-uniform': return fillUniform(out, Math.sqrt(6 / fanIn), rng);
    case 'lecun-normal': return fillNormal(out, 1 / Math.sqrt(fanIn), rng);
    case 'orthogonal': return fillOrthogonal(out, fanIn, fanOut, sigmaW, rng);
    case 'standard': return fillUniform(out, 1 / Math.sqrt(fanIn), rng);
    default: {
      const never: never = init;
      throw new Error(`unknown initialiser: ${String(never)}`);
    }
  }
}

/** Biases N(0, σ_b²). */
export function initBias(out: Buffer, sigmaB: number, rng: Random): void {
  fillNormal(out, sigmaB, rng);
}

/** A random skip matrix N(0, σ² / n). */
export function initSkipRandom(out: Buffer, n: number, sigma: number, rng: Random): void {
  fillNormal(out, sigma / Math.sqrt(n), rng);
}

/** The n × n identity. */
export function fillIdentity(out: Buffer, n: number): void {
  out.fill(0);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
}
