// Plot spec of the precision island: per-layer ‖Δ^(l)‖ on a log axis, the exact float64 line (grey, dashed)
// beside the line as the chosen format holds it (the activation's colour), the format's bands for one stored value
// (0, subnormal, ∞; divided by the loss scale S, so they slide as S changes) shaded and named, and the first
// layer whose Δ is all exact zeros marked by a rule. Layers whose ‖Δ‖ the format made 0 sit on the bottom edge
// as hollow triangles, ∞ or NaN on the top edge as hollow diamonds: never dropped. The axis comes from
// sims/precision/domain.ts (fixed while S moves). The same function draws the live chart and the build-time SVG.
import * as Plot from '@observablehq/plot';
import type { PrecisionData } from '../sims/precision/model';
import type { PrecisionDomain } from '../sims/precision/domain';
import { powerOfTenLabel } from '../sims/format';
import { ACCENT, activationColor, HALO, INK, MUTED, SHADE } from './tokens';
import { makeAccessible } from './a11y';
import { markPart, onlyParts, partAxis, partClass, type ChartPart } from './parts';
import { hollowMarker } from './markers';
import { dotsMark, type DotStyle } from './dots';
import type { LineSeries, RuleSeries } from './fast-lines';
import { chartFontSize, grow } from './type-scale';
import { typesetMath } from './math-label';

export interface PrecisionChartLabels {
  x: string; y: string;
  /** Legend: the exact line and the format's line ('{format}' is replaced). */
  exact: string; format: string;
  /** Band names ('{format}' replaced): one stored value is 0, subnormal, ∞. */
  zeroBand: string; subnormalBand: string; overflowBand: string;
  /** The rule at the first all-zero layer ('{l}' replaced). */
  firstZero: string;
  aria: string;
}

export interface PrecisionChartOptions {
  width: number;
  domain: PrecisionDomain;
  part?: ChartPart;
  document?: Document;
  labels: PrecisionChartLabels;
}

export const PRECISION_CHART_HEIGHT = 340;
const MARGIN_LEFT = 56;
const LEGEND_DY = 15;
const LEGEND_GAP = 26;
const DOTS: DotStyle = { shape: 'disc', r: 2.5 };
const PIN_R = 4;
const DASH = '5,3';
const NARROW = 520;
const TUNED_FONT = 10;
/** A band is named only where it is at least this tall (px). */
const BAND_LABEL_MIN_PX = 14;
const BAND_OPACITY = { zero: 1, subnormal: 0.55, overflow: 1 } as const;

type Pin = 'zero' | 'inf' | 'nan' | '';
interface Point { layer: number; y: number; pin: Pin }

/** The tick values: every grid step of decades, at most ~9 of them. */
export function decadeTicks(domain: PrecisionDomain, maxTicks: number): number[] {
  const span = domain.hi - domain.lo;
  const step = [5, 10, 20, 50, 100].find((s) => span / s <= maxTicks) ?? 100;
  const out: number[] = [];
  for (let e = Math.ceil(domain.lo / step) * step; e <= domain.hi; e += step) out.push(10 ** e);
  return out;
}

/** The points the chart draws: the exact line, the format's line (its finite, non-zero values) and the pins. */
function precisionPoints(data: PrecisionData, domain: PrecisionDomain): { exact: Point[]; line: Point[]; pins: Point[] } {
  const yMin = 10 ** domain.lo;
  const yMax = 10 ** domain.hi;
  const clampY = (v: number) => Math.min(yMax, Math.max(yMin, v));
  const exact: Point[] = data.rows.filter((r) => r.exact > 0 && Number.isFinite(r.exact)).map((r) => ({ layer: r.layer, y: clampY(r.exact), pin: '' }));
  const held: Point[] = data.rows.map((r) => {
    const v = r.value;
    if (Number.isNaN(v)) return { layer: r.layer, y: yMax, pin: 'nan' };
    if (!Number.isFinite(v)) return { layer: r.layer, y: yMax, pin: 'inf' };
    if (v === 0) return { layer: r.layer, y: yMin, pin: 'zero' };
    return { layer: r.layer, y: clampY(v), pin: '' };
  });
  return { exact, line: held.filter((p) => p.pin === ''), pins: held.filter((p) => p.pin !== '') };
}

/** The lines of `data`, its pins and its first-zero rule as charts/fast-lines.ts moves them, when going from
 *  `shown` (the chart on the page) to `data` at this axis changes nothing but those (the same frame and bands; the
 *  rule there in both or in neither; its label follows with the whole drawing); else null. */
export function precisionLinesOnly(shown: PrecisionData, data: PrecisionData, domain: PrecisionDomain): { lines: LineSeries[]; rules: RuleSeries[] } | null {
  const a = shown.state;
  const b = data.state;
  if (a.depth !== b.depth || a.format !== b.format || a.activation !== b.activation) return null;
  if ((shown.firstZeroLayer === null) !== (data.firstZeroLayer === null)) return null;
  const sb = shown.bands;
  const db = data.bands;
  if (sb.zeroBelow !== db.zeroBelow || sb.normalFrom !== db.normalFrom || sb.overflowAbove !== db.overflowAbove) return null;
  const now = precisionPoints(data, domain);
  const xy = (ps: Point[]) => ps.map((p) => ({ x: p.layer, y: p.y }));
  const z = data.firstZeroLayer;
  const line = xy(now.line);
  return {
    lines: [{ part: 'exact', points: xy(now.exact) }, { part: 'format', points: line },
      { part: 'format-dots', points: line, dots: DOTS },
      { part: 'pins-zero', points: xy(now.pins.filter((p) => p.pin === 'zero')) },
      { part: 'pins-top', points: xy(now.pins.filter((p) => p.pin !== 'zero')) }],
    rules: z === null ? [] : [{ part: 'first-zero', x: z }],
  };
}

/** The chart as an SVG element (live in the island, static at build time). */
export function precisionChart(data: PrecisionData, opts: PrecisionChartOptions): SVGSVGElement {
  const { labels, domain } = opts;
  const fmt = data.state.format;
  const L1 = data.rows.length; // hidden layers and the output layer
  const yMin = 10 ** domain.lo;
  const yMax = 10 ** domain.hi;
  const colour = activationColor(data.state.activation);
  const font = chartFontSize(opts.width);
  const m = (px: number) => grow(px, font, TUNED_FONT);
  const narrow = opts.width < NARROW;
  const { exact, line, pins } = precisionPoints(data, domain);

  const name = (s: string) => s.replace('{format}', fmt);
  const b = data.bands;
  const bands = [
    { key: 'zero' as const, y1: 0, y2: b.zeroBelow, label: name(labels.zeroBand) },
    { key: 'subnormal' as const, y1: b.zeroBelow, y2: b.normalFrom, label: name(labels.subnormalBand) },
    { key: 'overflow' as const, y1: b.overflowAbove, y2: Infinity, label: name(labels.overflowBand) },
  ].map((z) => ({ ...z, y1: Math.max(z.y1, yMin), y2: Math.min(z.y2, yMax) })).filter((z) => z.y1 < z.y2);

  const legend: [string, string, string][] = [[name(labels.format), colour, '——'], [labels.exact, MUTED, '- -']];
  const legendRows = legend.length + (narrow ? 1 : 0);
  const first = legendRows - legend.length;
  const legendDy = m(LEGEND_DY);
  const marginTop = legendRows * legendDy + m(LEGEND_GAP);
  const marginBottom = m(30);
  const height = PRECISION_CHART_HEIGHT + legendRows * legendDy;
  const pxPerDecade = (height - marginTop - marginBottom) / (domain.hi - domain.lo);
  const named = bands.filter((z) => Math.log10(z.y2 / z.y1) * pxPerDecade >= m(BAND_LABEL_MIN_PX));
  const x0 = 0.5;
  const x1 = L1 + 0.5;
  const z = data.firstZeroLayer;

  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height,
    marginTop,
    marginLeft: m(MARGIN_LEFT),
    marginBottom,
    marginRight: m(20),
    style: { color: INK, background: 'transparent', overflow: 'visible', fontSize: `${font}px` },
    x: { label: labels.x, domain: [x0, x1], labelAnchor: 'right', ticks: Math.min(L1, narrow ? 5 : 10), tickFormat: (d: number) => String(d), ...partAxis(opts.part) },
    y: { type: 'log', domain: [yMin, yMax], label: labels.y, grid: true, ticks: decadeTicks(domain, narrow ? 6 : 9),
      tickFormat: (d: number) => powerOfTenLabel(Math.log10(d)), ...partAxis(opts.part) },
    marks: onlyParts(opts.part, [
      ...bands.map((zb) => Plot.rectY([zb], { x1: x0, x2: x1, y1: 'y1', y2: 'y2', fill: SHADE, fillOpacity: BAND_OPACITY[zb.key], className: partClass(`band-${zb.key}`) })),
      Plot.text(named, { x: x1, y: (d: { y1: number; y2: number }) => Math.sqrt(d.y1 * d.y2), text: 'label', textAnchor: 'end', dx: -4, fill: MUTED, ...HALO }),
      z === null ? null : Plot.ruleX([z], { stroke: ACCENT, strokeWidth: 1.5, strokeDasharray: '3,3', className: partClass('first-zero') }),
      z === null ? null : Plot.text([z], { x: (d: number) => d, frameAnchor: 'top', dy: m(4), text: () => labels.firstZero.replace('{l}', String(z)),
        textAnchor: z > L1 / 2 ? 'end' : 'start', dx: z > L1 / 2 ? -4 : 4, fill: ACCENT, fontWeight: 'bold', ...HALO }),
      Plot.lineY(exact, { x: 'layer', y: 'y', stroke: MUTED, strokeWidth: 1.8, strokeDasharray: DASH, className: partClass('exact') }),
      Plot.lineY(line, { x: 'layer', y: 'y', stroke: colour, strokeWidth: 2.5, className: partClass('format') }),
      dotsMark(line, { x: 'layer', y: 'y', fill: colour, className: partClass('format-dots'), ...DOTS }),
      // the pins are the markers of two unstroked lines (one element each, however many layers are pinned)
      Plot.lineY(pins.filter((p) => p.pin === 'zero'), { x: 'layer', y: 'y', stroke: colour, strokeOpacity: 0,
        marker: hollowMarker('triangle', PIN_R, colour, 1.5), className: partClass('pins-zero') }),
      Plot.lineY(pins.filter((p) => p.pin !== 'zero'), { x: 'layer', y: 'y', stroke: colour, strokeOpacity: 0,
        marker: hollowMarker('diamond', PIN_R, colour, 1.5), className: partClass('pins-top') }),
      ...legend.map(([text, fill, glyph], i) => Plot.text([text], {
        frameAnchor: 'top-right', textAnchor: 'end', dy: -marginTop + m(10) + (first + i) * legendDy, dx: -2, fill,
        text: (d: string) => `${glyph} ${d}`,
      })),
    ]),
  }) as SVGSVGElement;
  return markPart(makeAccessible(typesetMath(svg), labels.aria) as SVGSVGElement, opts.part);
}
