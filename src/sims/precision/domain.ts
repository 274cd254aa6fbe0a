// The precision chart's log y axis (STACK.md trap 5). It depends on what changes the regime, the exact float64
// values (depth, activation, σ_w, init, seed) and the format, never on the loss scale or the walk's step: while k
// moves, the axis stays still and the format's bands slide over the exact line. Snapped to whole grid steps of
// decades, and kept while a slider moves as long as the data still fit it and it is not more than one grid step
// too wide on either side (as the recurrent chart's axis), so a σ_w drag at depth 100 does not move the frame at
// every step where the data cross a grid line.
import { FORMAT_INFO } from '../../engine/index';
import type { PrecisionData } from './model';

/** The axis as exponents of ten: [10^lo, 10^hi]. */
export interface PrecisionDomain { lo: number; hi: number }

/** Decades per grid step. */
export const DOMAIN_STEP = 5;
/** Every exact value stays at least this many decades inside the axis. */
export const DOMAIN_EDGE = 0.5;
/**
 * A format's zero line (its smallest subnormal) and overflow line (its largest value), at S = 1, join the axis
 * when the exact values come within this many decades of them: float16's are always near; float32's only when
 * the gradient gets close to 10⁻⁴⁵ or 10³⁸; float64's almost never.
 */
export const BAND_REACH = 15;
/** The narrowest axis (decades). */
export const DOMAIN_MIN_SPAN = 10;
const LOG_FLOOR = -330;
const LOG_CEIL = 310;

/** The axis of the chart for these data; `previous` is kept while it still fits well. */
export function precisionDomain(data: PrecisionData, previous?: PrecisionDomain | null): PrecisionDomain {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of data.rows) {
    if (r.exact > 0 && Number.isFinite(r.exact)) {
      const e = Math.log10(r.exact);
      lo = Math.min(lo, e);
      hi = Math.max(hi, e);
    }
  }
  if (!Number.isFinite(lo)) { lo = -1; hi = 1; }
  const f = FORMAT_INFO[data.state.format];
  const zero = Math.log10(f.minSubnormal);
  const top = Math.log10(f.maxFinite);
  const low = lo - zero <= BAND_REACH ? Math.min(lo, zero) : lo;
  const high = top - hi <= BAND_REACH ? Math.max(hi, top) : hi;
  let a = Math.floor((low - DOMAIN_EDGE) / DOMAIN_STEP) * DOMAIN_STEP;
  let b = Math.ceil((high + DOMAIN_EDGE) / DOMAIN_STEP) * DOMAIN_STEP;
  if (b - a < DOMAIN_MIN_SPAN) b = a + DOMAIN_MIN_SPAN;
  a = Math.max(LOG_FLOOR, a);
  b = Math.min(LOG_CEIL, b);
  if (previous && previous.lo <= a && previous.hi >= b && a - previous.lo <= DOMAIN_STEP && previous.hi - b <= DOMAIN_STEP) {
    return previous;
  }
  return { lo: a + 0, hi: b + 0 }; // + 0: never −0
}
