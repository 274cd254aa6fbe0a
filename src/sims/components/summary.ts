// Summarising many magnitudes into a few quantiles per layer, so the chart draws ~7 marks per layer
// whatever width × width × depth is. Pure; no engine, no DOM.
import { QUANTILE_PROBS } from './defaults';
import { orderStatistics } from './select';
import { sortedMagnitudes } from './radix';

/** One layer's magnitudes, summarised. Zeros and non-finite values are counted apart (a log axis cannot show them). */
export interface LayerQuantiles {
  layer: number;
  /** Number of components (finite ones enter the quantiles). */
  count: number;
  zeros: number;
  nonFinite: number;
  min: number; p01: number; q1: number; median: number; q3: number; p99: number; max: number;
}

/** Quantile p of ascending `sorted` by linear interpolation between order statistics (R type 7); NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const clamped = Math.min(1, Math.max(0, p));
  const h = (n - 1) * clamped;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Summarise |values| of one layer (the input is not modified). */
export function summariseLayer(layer: number, values: ArrayLike<number>): LayerQuantiles {
  const finite = new Float64Array(values.length);
  let k = 0;
  let zeros = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]);
    if (!Number.isFinite(v)) continue;
    if (v === 0) zeros++;
    finite[k++] = v;
  }
  // Only the order statistics the quantiles interpolate between are put in place (select.ts), not the whole
  // layer sorted; quantileSorted reads exactly those ranks.
  const kept = finite.subarray(0, k);
  const ranks = [0, k - 1, ...Object.values(QUANTILE_PROBS).flatMap((p) => { const lo = Math.floor((k - 1) * p); return [lo, Math.min(k - 1, lo + 1)]; })];
  orderStatistics(kept, ranks);
  return fromOrdered(layer, values.length, zeros, kept);
}

/** summariseLayer for a float32 layer, by a radix sort of its bits (radix.ts): the same numbers, faster. */
export function summariseFloat32(layer: number, values: Float32Array): LayerQuantiles {
  const { sorted, zeros } = sortedMagnitudes(values);
  return fromOrdered(layer, values.length, zeros, sorted);
}

/** The summary from the finite magnitudes, ordered at least at the ranks quantileSorted reads. */
function fromOrdered(layer: number, count: number, zeros: number, kept: Float64Array): LayerQuantiles {
  const k = kept.length;
  const q = (p: number) => quantileSorted(kept, p);
  return {
    layer,
    count,
    zeros,
    nonFinite: count - k,
    min: k ? kept[0] : Number.NaN,
    p01: q(QUANTILE_PROBS.p01),
    q1: q(QUANTILE_PROBS.q1),
    median: q(QUANTILE_PROBS.median),
    q3: q(QUANTILE_PROBS.q3),
    p99: q(QUANTILE_PROBS.p99),
    max: k ? kept[k - 1] : Number.NaN,
  };
}

/** What the caption quotes: first layer against last, for gradients and for weights. */
export interface ComponentsHeadline {
  firstLayer: number;
  lastLayer: number;
  /** log10(median |dJ/dW| at the last layer / at the first); null when either median is 0 or not finite. */
  gradLog10Ratio: number | null;
  /** Larger median |W| over smaller, first vs last layer (≥ 1); null when not finite. */
  weightFactor: number | null;
  /** True when the first layer's median gradient is exactly 0 (underflow or dead units). */
  firstGradZero: boolean;
}

/** The headline numbers from per-layer summaries (layers in order, first to last). */
export function headline(weights: LayerQuantiles[], grads: LayerQuantiles[]): ComponentsHeadline {
  const g0 = grads[0];
  const gL = grads[grads.length - 1];
  const w0 = weights[0];
  const wL = weights[weights.length - 1];
  const gradOk = g0.median > 0 && gL.median > 0 && Number.isFinite(g0.median) && Number.isFinite(gL.median);
  const wOk = w0.median > 0 && wL.median > 0 && Number.isFinite(w0.median) && Number.isFinite(wL.median);
  return {
    firstLayer: g0.layer,
    lastLayer: gL.layer,
    gradLog10Ratio: gradOk ? Math.log10(gL.median / g0.median) : null,
    weightFactor: wOk ? Math.max(w0.median, wL.median) / Math.min(w0.median, wL.median) : null,
    firstGradZero: g0.median === 0,
  };
}
