// The recurrent chart's log y axis (STACK.md trap 5): from what the data reach (the seed band, the RNN's theory,
// the LSTM's cell path), with float32's zero line joining it when the data come within BAND_REACH decades of it;
// snapped to whole grid steps of decades, and kept while a slider moves as long as the data still fit it and it
// is not more than one grid step too wide on either side, so a drag of T or the scale moves it only in steps.
import type { RecurrentData } from './model';

/** The axis as exponents of ten: [10^lo, 10^hi]. */
export interface RecurrentDomain { lo: number; hi: number }

/** Decades per grid step. */
export const DOMAIN_STEP = 5;
/** Every value stays at least this many decades inside the axis. */
export const DOMAIN_EDGE = 0.5;
/** float32's zero line (2^-150) joins the axis when the data come within this many decades of it. */
export const BAND_REACH = 10;
/** The narrowest axis (decades). */
export const DOMAIN_MIN_SPAN = 10;
const ZERO_LINE = Math.log10(2 ** -150);

/** The exponents the data reach (finite values only). */
function reach(data: RecurrentData): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number | undefined) => {
    if (v === undefined || !Number.isFinite(v)) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  for (const s of data.steps) {
    take(s.grad.min); take(s.grad.max); take(s.theory);
    if (s.cell) { take(s.cell.min); take(s.cell.max); }
  }
  if (!Number.isFinite(lo)) return { lo: -1, hi: 1 };
  return { lo, hi };
}

/** The axis of the chart for these data; `previous` is kept while it still fits well. */
export function recurrentDomain(data: RecurrentData, previous?: RecurrentDomain | null): RecurrentDomain {
  const r = reach(data);
  const low = r.lo - ZERO_LINE <= BAND_REACH ? Math.min(r.lo, ZERO_LINE) : r.lo;
  const a = Math.floor((low - DOMAIN_EDGE) / DOMAIN_STEP) * DOMAIN_STEP;
  let b = Math.ceil((r.hi + DOMAIN_EDGE) / DOMAIN_STEP) * DOMAIN_STEP;
  if (b - a < DOMAIN_MIN_SPAN) b = a + DOMAIN_MIN_SPAN;
  if (previous && previous.lo <= a && previous.hi >= b && a - previous.lo <= DOMAIN_STEP && previous.hi - b <= DOMAIN_STEP) {
    return previous;
  }
  return { lo: a + 0, hi: b + 0 }; // + 0: never −0
}
