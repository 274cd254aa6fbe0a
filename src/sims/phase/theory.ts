// The theory half of the phase diagram: χ₁ = σ_w² E[g'(√q* z)²] (engine/theory) at every grid point and the critical
// line χ₁ = 1 (by bisection with the mean field itself), row by row. The ξ contours, read off the grid without the
// engine, are in ./lines.ts (the page draws them; this file runs at build time and in the worker).
import { meanField } from '../../engine/index';
import type { ActivationName } from '../../engine/types';
import { COLUMNS, sw2At } from './defaults';
import { bracket } from './lines';

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
