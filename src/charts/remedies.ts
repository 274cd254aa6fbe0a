// Plot spec of the remedies island: per-layer ‖Δ^(l)‖ on a fixed log axis, plain network in grey
// (dashed), remedied network in colour (solid), each a median line over a quartile band.
// Values the float32 network could not hold (0, ∞, NaN) or that leave the axis are drawn at its edge, hollow.
import * as Plot from '@observablehq/plot';
import type { RemediesData, RemediesRow } from '../sims/remedies/model';
import { DELTA_AXIS_MAX, DELTA_AXIS_MIN } from '../sims/remedies/defaults';
import { activationColor, INK, MUTED } from './tokens';
import { powerOfTenLabel } from '../sims/format';
import { makeAccessible } from './a11y';
import { chartFontSize, grow } from './type-scale';

export interface RemediesChartOptions {
  width: number;
  /** a slider is moving: lines and bands without the per-layer dots (fewer nodes to paint); dots once it settles */
  moving?: boolean;
  document?: Document;
  labels: { x: string; y: string; plain: string; remedied: string; aria: string };
}

/** Chart height in px: fixed, so the page does not jump while the reader toggles. */
export const REMEDIES_CHART_HEIGHT = 340;
const MARGIN_LEFT = 56;
const LEGEND_DY = 16;
const DOT_R = 2.5;
const BAND_OPACITY = 0.22;
const PLAIN_DASH = '5,3';
/** Below this width (px) the layer axis gets fewer ticks. */
const NARROW = 520;
const NARROW_TICKS = 5;
const WIDE_TICKS = 10;
/** The text size the margins and legend lines were tuned for (px): Plot's default. */
const TUNED_FONT = 10;

/** A value clamped into the axis domain; NaN and ∞ go to the top edge, 0 and tiny values to the bottom. */
export function clampToAxis(v: number): number {
  if (Number.isNaN(v) || v >= DELTA_AXIS_MAX) return DELTA_AXIS_MAX;
  if (v <= DELTA_AXIS_MIN) return DELTA_AXIS_MIN;
  return v;
}

/** True when a value is drawn at the axis edge instead of where it is. */
export function offAxis(v: number): boolean {
  return !(v > DELTA_AXIS_MIN && v < DELTA_AXIS_MAX);
}

interface Point { series: string; layer: number; y: number; lo: number; hi: number; off: boolean }

function points(rows: RemediesRow[]): Point[] {
  return rows.map((r) => ({
    series: r.series, layer: r.layer, y: clampToAxis(r.median),
    lo: clampToAxis(r.q1), hi: clampToAxis(r.q3), off: offAxis(r.median),
  }));
}

/** The chart as an SVG element (live in the island, static at build time with linkedom's document). */
export function remediesChart(data: RemediesData, opts: RemediesChartOptions): SVGSVGElement {
  const colour = activationColor(data.state.relu ? 'relu' : 'sigmoid');
  const all = points(data.rows);
  const plain = all.filter((p) => p.series === 'plain');
  const rem = all.filter((p) => p.series === 'remedied');
  const depth = data.state.depth;
  const mark = (pts: Point[], stroke: string, dash?: string) => [
    Plot.areaY(pts, { x: 'layer', y1: 'lo', y2: 'hi', fill: stroke, fillOpacity: BAND_OPACITY, curve: 'linear' }),
    Plot.lineY(pts, { x: 'layer', y: 'y', stroke, strokeWidth: 2, strokeDasharray: dash }),
    ...(opts.moving ? [] : [Plot.dot(pts.filter((p) => !p.off), { x: 'layer', y: 'y', r: DOT_R, fill: stroke })]),
    Plot.dot(pts.filter((p) => p.off), { x: 'layer', y: 'y', r: DOT_R + 1, stroke, fill: 'none' }),
  ];
  const font = chartFontSize(opts.width);
  const m = (px: number) => grow(px, font, TUNED_FONT);
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: REMEDIES_CHART_HEIGHT,
    marginLeft: m(MARGIN_LEFT),
    marginTop: m(20),
    marginBottom: m(30),
    marginRight: m(20),
    style: { color: INK, background: 'transparent', overflow: 'visible', fontSize: `${font}px` },
    x: { label: opts.labels.x, domain: [1, depth], labelAnchor: 'right', ticks: Math.min(depth, opts.width < NARROW ? NARROW_TICKS : WIDE_TICKS) },
    y: { type: 'log', domain: [DELTA_AXIS_MIN, DELTA_AXIS_MAX], label: opts.labels.y, grid: true,
      tickFormat: (d: number) => powerOfTenLabel(Math.log10(d)), ticks: 8 },
    marks: [
      ...mark(plain, MUTED, PLAIN_DASH),
      ...mark(rem, colour),
      Plot.text([opts.labels.plain], { frameAnchor: 'top-right', dy: m(4), dx: -4, fill: MUTED, text: (d: string) => `- - ${d}` }),
      Plot.text([opts.labels.remedied], { frameAnchor: 'top-right', dy: m(4 + LEGEND_DY), dx: -4, fill: colour, text: (d: string) => `—— ${d}`, fontWeight: 'bold' }),
    ],
  }) as SVGSVGElement;
  return makeAccessible(svg, opts.labels.aria);
}
