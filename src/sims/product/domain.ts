// The product chart's log y axis (STACK.md trap 5), chosen from the model: wide enough for every value the
// chart plots and for the float32 bands the data reach, snapped to a coarse grid of decades, and kept still
// while a slider moves (hysteresis). A drag of σ_w or σ_b only moves the axis when the data cross a grid line
// or a float32 band (subnormal, zero, overflow); re-fitting at every step would draw every exponential as the
// same straight line. Pure: the island keeps the previous domain, the build-time SVG passes none.
import type { ProductData } from './model';
import { FLOAT32_MAX, FLOAT32_MIN_NORMAL, Y_MAX, Y_MIN } from './defaults';

/** The axis as exponents of ten: [10^lo, 10^hi]. */
export interface ProductDomain { lo: number; hi: number }

/** Decades per grid step: the axis only ever moves by whole steps. */
export const DOMAIN_STEP = 5;
/** Every plotted value stays at least this many decades inside the axis (its dots and labels fit). */
export const DOMAIN_EDGE = 0.5;
/** A side moves inwards only once the data are this many decades past one grid step inside it. */
export const DOMAIN_HYSTERESIS = 0.5;
/** With float32's subnormals or zero reached, the axis goes down to here: both shaded bands are visible. */
export const SUBNORMAL_FLOOR = -48;
/** With float32 overflow (∞ or NaN) reached, the axis goes up to here: the region above float32's max shows. */
export const OVERFLOW_CEILING = 40;

const LOG_MIN = Math.round(Math.log10(Y_MIN));
const LOG_MAX = Math.round(Math.log10(Y_MAX));

/** What the axis must show: the extreme finite plotted values (log10) and the float32 bands reached. */
export interface DomainNeeds { lo: number; hi: number; subnormal: boolean; overflow: boolean }

/**
 * The values of the chart's lines (float64 product, float32 subnormals, ‖Δ‖) and the bands they reach.
 * The seed band and the mean-field line are not counted: the band arrives later (the axis must not jump when
 * it does) and is clamped, and the mean-field line is a prediction, clipped at the frame.
 */
export function domainNeeds(data: ProductData): DomainNeeds {
  let lo = Infinity;
  let hi = -Infinity;
  let subnormal = false;
  let overflow = false;
  const take = (log10: number) => {
    if (!Number.isFinite(log10)) return;
    lo = Math.min(lo, log10);
    hi = Math.max(hi, log10);
  };
  for (const l of data.layers) {
    take(l.log10Product);
    if (l.float32Kind === 'subnormal') take(Math.log10(l.float32Product));
    if (l.deltaNorm > 0) take(Math.log10(l.deltaNorm));
    for (const k of [l.float32Kind, l.deltaKind]) {
      if (k === 'subnormal' || k === 'zero') subnormal = true;
      if (k === 'infinite' || k === 'nan') overflow = true;
    }
    if (l.deltaNorm > FLOAT32_MAX) overflow = true;
    if (l.deltaNorm > 0 && l.deltaNorm < FLOAT32_MIN_NORMAL) subnormal = true;
  }
  return { lo, hi, subnormal, overflow };
}

const snapDown = (x: number) => Math.floor(x / DOMAIN_STEP) * DOMAIN_STEP;
const snapUp = (x: number) => Math.ceil(x / DOMAIN_STEP) * DOMAIN_STEP;
const clamp = (x: number) => Math.min(LOG_MAX, Math.max(LOG_MIN, x));

/**
 * The y domain for a state's data. Without `previous`: the grid lines just outside what must be shown (the
 * finite values, 10⁰, and the float32 bands reached; the depth acts through the data: for the sigmoid the
 * product sits below the lesson's bound 0.25^L, so that bound is on the axis too). With `previous`: each side stays where
 * it was while it still holds the data and is at most one grid step (plus the hysteresis) too wide; otherwise
 * it takes the fresh value. So a value near a grid line cannot flip the axis back and forth.
 */
export function yDomain(data: ProductData, previous?: ProductDomain | null): ProductDomain {
  const n = domainNeeds(data);
  // with no finite value at all (every layer 0, ∞ or NaN), the axis still spans a few decades around 10⁰
  let needLo = Math.min(n.lo, 0);
  let needHi = Math.max(n.hi, 0);
  if (n.subnormal) needLo = Math.min(needLo, SUBNORMAL_FLOOR);
  if (n.overflow) needHi = Math.max(needHi, OVERFLOW_CEILING);
  needLo -= DOMAIN_EDGE;
  needHi += DOMAIN_EDGE;
  const fresh = { lo: clamp(snapDown(needLo)), hi: clamp(snapUp(needHi)) };
  if (!previous) return fresh;
  const keepLo = previous.lo <= Math.max(needLo, LOG_MIN) && needLo < previous.lo + DOMAIN_STEP + DOMAIN_HYSTERESIS;
  const keepHi = previous.hi >= Math.min(needHi, LOG_MAX) && needHi > previous.hi - DOMAIN_STEP - DOMAIN_HYSTERESIS;
  return { lo: keepLo ? previous.lo : fresh.lo, hi: keepHi ? previous.hi : fresh.hi };
}

/** The domain as the chart's numbers [10^lo, 10^hi]. */
export function domainValues(d: ProductDomain): [number, number] {
  return [10 ** d.lo, 10 ** d.hi];
}
