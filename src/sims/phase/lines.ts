// Lines across the phase diagram read off a row of χ₁ values, without the engine (the page draws them from the
// grid it has): the grid step where a level is crossed, and the ξ contours, ξ = −1/ln χ₁ (Schoenholz et al. 2017).
import { COLUMNS, sw2At } from './defaults';

/** One point of a line across the plane. */
export interface PlanePoint { sw2: number; sb2: number }

/** The first column c with ln χ₁ − level changing sign between c and c + 1, or −1. */
export function bracket(lnChi: (c: number) => number, level: number): number {
  for (let c = 0; c + 1 < COLUMNS; c++) {
    const a = lnChi(c) - level;
    const b = lnChi(c + 1) - level;
    if (Number.isFinite(a) && Number.isFinite(b) && (a === 0 || a * b < 0)) return c;
  }
  return -1;
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
