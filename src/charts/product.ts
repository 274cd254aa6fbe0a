// Equation (4), live: per hidden layer l on a log axis, the running product P_l of mean g' (float64
// line, float32 subnormals as rings), ‖Δ^(l)‖ with its band over seeds, and the mean-field line
// ‖Δ^(L)‖·χ₁^((L−l)/2). The axis's domain is an input (sims/product/domain.ts: snapped to decades, still while
// a slider moves). The float32 landmarks it reaches are shaded; values the axis cannot hold (0, ∞, NaN,
// off-scale) are pinned at the top or bottom edge with a label, so the chart never breaks.
// Pure: model data in, SVG out (the same function draws the live chart and the build-time SVG).
import * as Plot from '@observablehq/plot';
import type { ProductBandRow, ProductData } from '../sims/product/model';
import { FLOAT32_MAX, FLOAT32_MIN_NORMAL, FLOAT32_MIN_SUBNORMAL } from '../sims/product/defaults';
import { domainValues, type ProductDomain } from '../sims/product/domain';
import { powerOfTenLabel } from '../sims/format';
import { chartRows, type PinKind, type Series } from './product-points';
import type { LineSeries } from './fast-lines';
import { layerTicks, powerOfTen } from './components';
import { makeAccessible } from './a11y';
import { markPart, onlyParts, partAxis, partClass, type ChartPart } from './parts';
import { typesetMath } from './math-label';
import { HALO, MUTED, SHADE } from './tokens';
import { dotsMark, type DotStyle } from './dots';
import { PIN_R, labelBox, labelWidth, overlaps, placePinLabels } from './product-pin-layout';
import { chartFontSize, grow } from './type-scale';

export interface ProductChartLabels {
  x: string; y: string;
  product: string; delta: string; meanField: string;
  subnormalZone: string; zeroZone: string; overflowZone: string;
  /** pin labels by kind; `{range}` becomes the layers ("1–26"), `{bound}` the axis edge ("10⁻¹⁰⁰") */
  pin: Record<PinKind, string>;
  series: Record<Series, string>;
  /** aria-label of the SVG (a sentence with the key number) */
  aria: string;
}

export interface ProductChartOptions {
  width: number;
  labels: ProductChartLabels;
  /** the y axis, from yDomain(data, previous) (sims/product/domain.ts) */
  domain: ProductDomain;
  band?: ProductBandRow[] | null;
  /** the focused layer (hover, keyboard or step-through), or null */
  focus?: number | null;
  /** 'lines': only the three lines (classes vg-q-…) on the same scales, no axes: what a step merges into the
   *  chart on the page at once (kit/morph.ts morphParts) before the whole drawing follows a frame later */
  part?: ChartPart;
  document?: Document;
}

export const PRODUCT_COLOR = 'var(--c-layer-first)';
export const DELTA_COLOR = 'var(--c-layer-last)';
const HEIGHT_WIDE = 400;
const HEIGHT_NARROW = 340;
const MARGIN_TOP = 26;
const MARGIN_BOTTOM = 40;
const NARROW_BELOW = 560;
const MAX_Y_TICKS = 8;
const MAX_Y_TICKS_NARROW = 6;
/** Decades between y ticks, the smallest that keeps the count under the maximum. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50];
/** A shaded zone shorter than this (px) gets no label. */
const ZONE_LABEL_MIN_PX = 14;
const ZONE_FONT = 10;
const MAX_X_TICKS = 11;
const MAX_X_TICKS_NARROW = 6;
const DELTA_DOTS: DotStyle = { shape: 'square', r: 3 };
const PRODUCT_DOTS: DotStyle = { shape: 'disc', r: 3 };
/** The text size the margins below were tuned for (px); they grow with the chart's type (type-scale.ts). */
const FONT_WIDE = 12;
const FONT_NARROW = 11;
const MARGIN_LEFT_WIDE = 56;
const MARGIN_LEFT_NARROW = 46;
const MARGIN_RIGHT_WIDE = 70;
const MARGIN_RIGHT_NARROW = 12;

/** Decade ticks of the y axis: every `step` decades (multiples of it, so 10⁰ is always one). */
export function yTicks({ lo, hi }: ProductDomain, maxTicks: number): number[] {
  const step = TICK_STEPS.find((k) => Math.floor(hi / k) - Math.ceil(lo / k) + 1 <= maxTicks) ?? TICK_STEPS[TICK_STEPS.length - 1];
  const out: number[] = [];
  for (let e = Math.ceil(lo / step) * step; e <= hi; e += step) out.push(10 ** e);
  return out;
}

const range = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** The lines of `data` (Δ, the product, the mean-field line) as charts/fast-lines.ts moves them, when going from
 *  `shown` (the chart on the page) to `data` on this axis moves only lines (the same depth; a pinned layer is a
 *  gap in its line, as Plot draws it). Pins, their labels and the end labels follow with the whole drawing a frame
 *  later, as with the partial drawing. Else null. */
export function productLinesOnly(shown: ProductData, data: ProductData, domain: ProductDomain): LineSeries[] | null {
  if (shown.depth !== data.depth) return null;
  const rows = chartRows(data, null, domainValues(domain));
  const xy = (ps: { layer: number; y: number }[]) => ps.map((p) => ({ x: p.layer, y: p.y }));
  const delta = xy(rows.delta);
  const product = xy(rows.product);
  return [
    { part: 'mean-field', points: xy(rows.meanField.filter((p) => !Number.isNaN(p.y))) },
    { part: 'delta', points: delta },
    { part: 'delta-dots', points: delta, dots: DELTA_DOTS },
    { part: 'product', points: product },
    { part: 'product-dots', points: product, dots: PRODUCT_DOTS },
  ];
}

/** The chart as one accessible SVG. */
export function productChart(data: ProductData, opts: ProductChartOptions): SVGSVGElement {
  const { width, labels, focus = null, domain } = opts;
  const narrow = width < NARROW_BELOW;
  const height = narrow ? HEIGHT_NARROW : HEIGHT_WIDE;
  const L = data.depth;
  const [yMin, yMax] = domainValues(domain);
  const rows = chartRows(data, opts.band ?? null, [yMin, yMax]);
  const present = (xs: { layer: number; y: number }[]) => xs.filter((p) => !Number.isNaN(p.y));
  const x0 = 0.5;
  const x1 = L + 0.5;
  const fontSize = chartFontSize(width);
  const tuned = narrow ? FONT_NARROW : FONT_WIDE;
  const marginTop = grow(MARGIN_TOP, fontSize, tuned);
  const marginBottom = grow(MARGIN_BOTTOM, fontSize, tuned);
  const zoneFont = grow(ZONE_FONT, fontSize, tuned);
  const pxPerDecade = (height - marginTop - marginBottom) / (domain.hi - domain.lo);
  // the float32 bands, cut to the axis; one that is not on it at all is left out
  const zones = [
    { y1: FLOAT32_MIN_SUBNORMAL, y2: FLOAT32_MIN_NORMAL, label: labels.subnormalZone },
    { y1: 0, y2: FLOAT32_MIN_SUBNORMAL / 2, label: labels.zeroZone },
    { y1: FLOAT32_MAX, y2: Infinity, label: labels.overflowZone },
  ].map((z) => ({ ...z, y1: Math.max(z.y1, yMin), y2: Math.min(z.y2, yMax) })).filter((z) => z.y1 < z.y2);
  const zoneTall = zones.filter((z) => Math.log10(z.y2 / z.y1) * pxPerDecade >= grow(ZONE_LABEL_MIN_PX, fontSize, tuned));
  const bound = { below: powerOfTenLabel(domain.lo), above: powerOfTenLabel(domain.hi) };
  const seriesColor = (s: Series) => (s === 'delta' ? DELTA_COLOR : PRODUCT_COLOR);
  const marginLeft = grow(narrow ? MARGIN_LEFT_NARROW : MARGIN_LEFT_WIDE, fontSize, tuned);
  const marginRight = grow(narrow ? MARGIN_RIGHT_NARROW : MARGIN_RIGHT_WIDE, fontSize, tuned);
  const pinText = rows.labels.map((p) => ({
    ...p,
    edge: p.y === yMin ? ('bottom' as const) : ('top' as const),
    text: `${labels.series[p.series]}: ${labels.pin[p.kind].replace('{range}', range(p.from, p.to))
      .replace('{bound}', p.kind === 'above' ? bound.above : bound.below)}`,
  }));
  // beside the pinned markers, never on them (product-pin-layout.ts); the x scale is linear over [x0, x1]
  const xPx = (layer: number) => marginLeft + ((layer - x0) / (x1 - x0)) * (width - marginLeft - marginRight);
  const pinned = { top: rows.pins.filter((p) => p.y !== yMin).map((p) => p.layer), bottom: rows.pins.filter((p) => p.y === yMin).map((p) => p.layer) };
  const placed = placePinLabels(pinText, { xPx, left: marginLeft, right: width - marginRight, fontSize, pinned });
  // a zone's name gives way to a pin label over it (the legend names the zones too)
  const yPx = (v: number) => marginTop + ((domain.hi - Math.log10(v)) / (domain.hi - domain.lo)) * (height - marginTop - marginBottom);
  const pinBoxes = pinText.map((p, i) => labelBox(xPx(placed[i].layer) + placed[i].dx, yPx(p.y) + placed[i].dy,
    labelWidth(p.text, fontSize), placed[i].anchor, fontSize));
  const zoneLabels = zoneTall.filter((z) => {
    const box = labelBox(width - marginRight - 4, yPx(Math.sqrt(z.y1 * z.y2)), labelWidth(z.label, zoneFont), 'end', zoneFont);
    return !pinBoxes.some((b) => overlaps(b, box));
  });
  const ends = [
    { layer: L, y: rows.product[L - 1].y, text: labels.product, color: PRODUCT_COLOR, dy: -grow(8, fontSize, tuned) },
    { layer: L, y: rows.delta[L - 1].y, text: labels.delta, color: DELTA_COLOR, dy: grow(8, fontSize, tuned) },
  ].filter((e) => !Number.isNaN(e.y));
  const mf = present(rows.meanField);
  const mfLabel = mf.length > 1 && !narrow ? [mf[Math.floor(mf.length / 3)]] : [];

  const svg = Plot.plot({
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { background: 'transparent', color: 'currentColor', fontSize: `${fontSize}px` },
    document: opts.document,
    x: {
      domain: [x0, x1], label: labels.x, labelAnchor: 'center', labelArrow: 'none',
      ticks: layerTicks(L, narrow ? MAX_X_TICKS_NARROW : MAX_X_TICKS), tickFormat: (d: number) => String(d),
      ...partAxis(opts.part),
    },
    y: {
      type: 'log', domain: [yMin, yMax], label: labels.y, labelArrow: 'none',
      ticks: yTicks(domain, narrow ? MAX_Y_TICKS_NARROW : MAX_Y_TICKS), tickFormat: powerOfTen, grid: true,
      ...partAxis(opts.part),
    },
    marks: onlyParts(opts.part, [
      Plot.rectY(zones, { x1: x0, x2: x1, y1: 'y1', y2: 'y2', fill: SHADE }),
      Plot.text(zoneLabels, {
        x: x1, y: (d: { y1: number; y2: number }) => Math.sqrt(d.y1 * d.y2), text: 'label',
        textAnchor: 'end', dx: -4, fill: MUTED, fontSize: zoneFont,
      }),
      Plot.ruleY([1], { stroke: MUTED, strokeDasharray: '2,3' }),
      Plot.areaY(rows.band, { x: 'layer', y1: 'y1', y2: 'y2', fill: DELTA_COLOR, fillOpacity: 0.18, curve: 'linear' }),
      Plot.line(mf, { x: 'layer', y: 'y', stroke: 'currentColor', strokeDasharray: '6,4', strokeWidth: 1.5, clip: true, className: partClass('mean-field') }),
      Plot.text(mfLabel, { x: 'layer', y: 'y', text: () => labels.meanField, dy: grow(14, fontSize, tuned), textAnchor: 'start', fontSize: fontSize - 1, clip: true }),
      // the per-layer dots: one path per line, not one element per layer (charts/dots.ts)
      Plot.line(rows.delta, { x: 'layer', y: 'y', stroke: DELTA_COLOR, strokeWidth: 1.5, className: partClass('delta') }),
      dotsMark(rows.delta, { x: 'layer', y: 'y', fill: DELTA_COLOR, className: partClass('delta-dots'), ...DELTA_DOTS }),
      Plot.line(rows.product, { x: 'layer', y: 'y', stroke: PRODUCT_COLOR, strokeWidth: 2, className: partClass('product') }),
      dotsMark(rows.product, { x: 'layer', y: 'y', fill: PRODUCT_COLOR, className: partClass('product-dots'), ...PRODUCT_DOTS }),
      Plot.dot(rows.float32Subnormal, { x: 'layer', y: 'y', stroke: PRODUCT_COLOR, r: PIN_R, strokeWidth: 1.5 }),
      ...(['product', 'float32', 'delta'] as Series[]).map((series) => Plot.dot(rows.pins.filter((p) => p.series === series), {
        x: 'layer', y: 'y', r: PIN_R, stroke: seriesColor(series), fill: 'none', strokeWidth: 1.5,
        symbol: (p: { kind: PinKind }) => (p.kind === 'zero' || p.kind === 'below' ? 'triangle' : p.kind === 'nan' ? 'times' : 'diamond'),
      })),
      ...pinText.map((p, i) => Plot.text([{ ...p, layer: placed[i].layer }], {
        x: 'layer', y: 'y', text: 'text', fill: seriesColor(p.series), fontWeight: 600, ...HALO,
        dx: placed[i].dx, dy: placed[i].dy, textAnchor: placed[i].anchor,
      })),
      ...(narrow ? [] : ends).map((e) => Plot.text([e], { x: 'layer', y: 'y', text: 'text', fill: e.color, dx: 8, dy: e.dy, textAnchor: 'start', fontWeight: 600 })),
      focus !== null && focus >= 1 && focus <= L
        ? Plot.ruleX([focus], { stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 1 })
        : null,
    ]),
  }) as SVGSVGElement;
  // labels such as P_l and χ₁^((L−l)/2) get real subscripts and superscripts
  return markPart(makeAccessible(typesetMath(svg), labels.aria) as SVGSVGElement, opts.part);
}
