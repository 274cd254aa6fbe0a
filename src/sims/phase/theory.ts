// The theory half of the phase diagram: χ₁ = σ_w² E[g'(√q* z)²] (engine/theory) at every grid point, the critical
// line χ₁ = 1 and the contours of the depth scale ξ = −1/ln χ₁ (Schoenholz et al. 2017), row by row.
import { meanField } from '../../engine/index';
import type { ActivationName } from '../../engine/types';
import { COLUMNS, sw2At } from './defaults';

/** One point of a line across the plane. */
export interface PlanePoint { sw2: number; sb2: number }

/** Bisection steps refining a crossing of χ₁ = 1 inside one grid step (0.25 / 2¹² ≈ 6·10⁻⁵ in σ_w²). */
const CRITICAL_STEPS = 12;

/** χ₁ at (σ_w², σ_b²). */
export function chiAt(activation: ActivationName, sw2: number, sb2: number): number {
  return meanField(activation, Math.sqrt(sw2), Math.sqrt(sb2)).chi1;
}

/** χ₁ at the COLUMNS grid points of one row (σ_b² fixed). */
export function theoryRow(activation: ActivationName, sb2: number): Float64Array {
  const out = new Float64Array(COLUMNS);
  for (let c = 0; c < COLUMNS; c++) out[c] = chiAt(activation, sw2At(c), sb2);
  return out;
}

/** The first column c with ln χ₁ − level changing sign between c and c + 1, or −1. */
function bracket(lnChi: (c: number) => number, level: number): number {
  for (let c = 0; c + 1 < COLUMNS; c++) {
    const a = lnChi(c) - level;
    const b = lnChi(c + 1) - level;
    if (Number.isFinite(a) && Number.isFinite(b) && (a === 0 || a * b < 0)) return c;
  }
  return -1;
}

/**
 * Where χ₁ = 1 on this row: the grid step where ln χ₁ changes sign, then bisection on σ_w² with the mean field
 * itself (not an interpolation), or null when the row has no crossing inside the grid (sigmoid, say).
 */
export function criticalOnRow(activation: ActivationName, sb2: number, chi: Float64Array): number | null {
  const c = bracket((k) => Math.log(chi[k]), 0);
  if (c < 0) return null;
  let lo = sw2At(c);
  let hi = sw2At(c + 1);
  if (chi[c] === 1) return lo;
  const loBelow = chi[c] < 1;
  for (let i = 0; i < CRITICAL_STEPS; i++) {
    const mid = 0.5 * (lo + hi);
    if ((chiAt(activation, mid, sb2) < 1) === loBelow) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Where ξ = −1/ln χ₁ equals `xi` on this row (ln χ₁ = −1/xi), interpolated in ln χ₁ between grid points, or null. */
export function contourOnRow(chi: Float64Array, xi: number): number | null {
  const level = -1 / xi;
  const c = bracket((k) => Math.log(chi[k]), level);
  if (c < 0) return null;
  const a = Math.log(chi[c]) - level;
  const b = Math.log(chi[c + 1]) - level;
  return sw2At(c) + (a / (a - b)) * (sw2At(c + 1) - sw2At(c));
}

/** The depth scale ξ = −1/ln χ₁: positive in the ordered phase (‖Δ‖² ∝ e^(−(L−l)/ξ)), negative in the chaotic one. */
export function depthScale(chi1: number): number {
  return -1 / Math.log(chi1);
}
