// Chart rows for the product island (pure): every value is placed on the log axis (its domain from
// sims/product/domain.ts), and the values the axis cannot show (float32 0, ∞, NaN, or beyond an edge) become
// "pins" at the chart's edge with a label.
import type { Float32Kind, ProductBandRow, ProductData } from '../sims/product/model';

export type Series = 'product' | 'float32' | 'delta';
/** Why a value is pinned to an edge. */
export type PinKind = 'zero' | 'infinite' | 'nan' | 'below' | 'above';

export interface Point { layer: number; y: number }
export interface Pin { layer: number; y: number; series: Series; kind: PinKind }
/** One label per run of consecutive pinned layers: "0 in float32 (l ≤ 26)". */
export interface PinLabel { layer: number; y: number; series: Series; kind: PinKind; from: number; to: number }

/** The y axis's domain [min, max] (positive numbers, log scale). */
export type YDomain = readonly [number, number];

/** A positive finite value inside the axis, else null. */
function onAxis(log10: number, [yMin, yMax]: YDomain): number | null {
  if (!Number.isFinite(log10)) return null;
  const y = 10 ** log10;
  return y >= yMin && y <= yMax ? y : null;
}

/** Where an off-axis value goes, if anywhere. */
function pinOf(log10: number, kind: Float32Kind, [yMin, yMax]: YDomain): PinKind | null {
  if (kind === 'nan' || Number.isNaN(log10)) return 'nan';
  if (kind === 'zero' || log10 === -Infinity) return 'zero';
  if (kind === 'infinite' || log10 === Infinity) return 'infinite';
  if (10 ** log10 < yMin) return 'below';
  if (10 ** log10 > yMax) return 'above';
  return null;
}

const edge = (k: PinKind, [yMin, yMax]: YDomain): number => (k === 'zero' || k === 'below' ? yMin : yMax);

export interface ChartRows {
  /** one row per layer; y is NaN where the value is off the axis (a gap in the line) */
  product: Point[];
  /** float32 values only where they differ in kind from float64's (subnormal) */
  float32Subnormal: Point[];
  delta: Point[];
  meanField: Point[];
  band: { layer: number; y1: number; y2: number }[];
  pins: Pin[];
  labels: PinLabel[];
}

/** Rows for every mark of the chart on the axis `domain`. `band` may be null while the worker computes. */
export function chartRows(data: ProductData, band: ProductBandRow[] | null, domain: YDomain): ChartRows {
  const pins: Pin[] = [];
  const point = (layer: number, log10: number, kind: Float32Kind, series: Series): Point => {
    const p = pinOf(log10, kind, domain);
    if (p) { pins.push({ layer, y: edge(p, domain), series, kind: p }); return { layer, y: NaN }; }
    return { layer, y: onAxis(log10, domain) ?? NaN };
  };
  const product = data.layers.map((l) => point(l.layer, l.log10Product, 'normal', 'product'));
  const float32Subnormal: Point[] = [];
  for (const l of data.layers) {
    if (l.float32Kind === 'subnormal') float32Subnormal.push({ layer: l.layer, y: l.float32Product });
    else if (l.float32Kind !== 'normal') point(l.layer, Math.log10(Math.abs(l.float32Product)), l.float32Kind, 'float32');
  }
  const delta = data.layers.map((l) => point(l.layer, Math.log10(l.deltaNorm), l.deltaKind, 'delta'));
  const meanField = data.layers.map((l) => {
    const y = Number.isFinite(l.log10MeanField) ? 10 ** l.log10MeanField : NaN;
    return { layer: l.layer, y: y > 0 && Number.isFinite(y) ? y : NaN };
  });
  const clampY = (log10: number) => (Number.isFinite(log10) ? Math.min(domain[1], Math.max(domain[0], 10 ** log10)) : NaN);
  const rows = (band ?? []).filter((b) => b.layer <= data.depth);
  const bandRows = rows.map((b) => ({ layer: b.layer, y1: clampY(b.deltaQ1), y2: clampY(b.deltaQ3) }))
    .filter((b) => !Number.isNaN(b.y1) && !Number.isNaN(b.y2));
  return { product, float32Subnormal, delta, meanField, band: bandRows, pins, labels: pinLabels(pins) };
}

/** Group pins of one series and kind into runs of consecutive layers; label each run at its last layer. */
export function pinLabels(pins: Pin[]): PinLabel[] {
  const out: PinLabel[] = [];
  const sorted = [...pins].sort((a, b) => (a.series + a.kind).localeCompare(b.series + b.kind) || a.layer - b.layer);
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last.series === p.series && last.kind === p.kind && last.to === p.layer - 1) {
      last.to = p.layer;
      last.layer = p.layer;
    } else {
      out.push({ ...p, from: p.layer, to: p.layer });
    }
  }
  return out;
}
