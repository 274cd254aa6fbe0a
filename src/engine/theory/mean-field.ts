// Mean field by activation name, from the engine's activation table; the math is in ./length-map.ts.
//   χ₁ = σ_w² E_{z~N(0,1)}[g'(√q* z)²] at the fixed point q* of q ↦ σ_w² E[g(√q z)²] + σ_b².

import { ACTIVATIONS } from '../activations.ts';
import type { ActivationName } from '../types.ts';
import { meanFieldFor, type MeanFieldResult } from './length-map.ts';

const BISECTION_STEPS = 200;
const BISECTION_TOLERANCE = 1e-13;

/** Mean-field theory (Schoenholz et al. 2017): fixed point q* of the length map and χ₁ = σ_w² E[g'(z)²] there. */
export function meanField(activation: ActivationName, sigmaW: number, sigmaB: number, param?: number): MeanFieldResult {
  const act = ACTIVATIONS[activation];
  if (!act) throw new RangeError(`meanField: unknown activation "${activation}"`);
  return meanFieldFor(act, sigmaW, sigmaB, param);
}

/** The σ_w at which χ₁ = 1 for the given activation and σ_b (bisection on [lo, hi]); NaN if χ₁ − 1 has no sign change there. */
export function criticalSigmaW(activation: ActivationName, sigmaB: number, param?: number,
  lo = 0.1, hi = 10): number {
  const g = (s: number) => meanField(activation, s, sigmaB, param).chi1 - 1;
  let gLo = g(lo);
  if (gLo * g(hi) > 0) return NaN;
  for (let i = 0; i < BISECTION_STEPS && hi - lo > BISECTION_TOLERANCE * hi; i++) {
    const mid = 0.5 * (lo + hi);
    const gMid = g(mid);
    if (gMid * gLo > 0) {
      lo = mid;
      gLo = gMid;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}
