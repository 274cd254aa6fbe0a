// Plot spec of the remedies island: per-layer ‖Δ^(l)‖ on a fixed log axis, plain network in grey
// (dashed), remedied network in colour (solid), each a median line over a quartile band.
// Values the float32 network could not hold (0, ∞, NaN) or that leave the axis are drawn at its edge, hollow.
// The per-layer dots are one path per series (charts/dots.ts) and the rings the markers of unstroked lines (one
// element per series either way, not one per layer), so a depth
// step on a held layer axis (sims/held-axis.ts) moves paths only, in place (charts/fast-lines.ts, issue 11).
import * as Plot from '@observablehq/plot';
import type { RemediesData, RemediesRow } from '../sims/remedies/model';
import { DELTA_AXIS_MAX, DELTA_AXIS_MIN } from '../sims/remedies/defaults';
import { activationColor, INK, MUTED } from './tokens';
import { powerOfTenLabel } from '../sims/format';
import { makeAccessible } from './a11y';
import { chartFontSize, grow } from './type-scale';
import { partClass } from './parts';
import { hollowMarker } from './markers';
import { dotsMark, type DotStyle } from './dots';
import type { AreaSeries, LineSeries } from './fast-lines';

export interface RemediesChartOptions {
  width: number;
  /** Layers the x axis holds (sims/held-axis.ts), at least the depth; the depth when absent (the build-time SVG). */
  axisLayers?: number;
  document?: Document;
  labels: { x: string; y: string; plain: string; remedied: string; aria: string };
}

/** Chart height in px: fixed, so the page does not jump while the reader toggles. */
export const REMEDIES_CHART_HEIGHT = 340;
const MARGIN_LEFT = 56;
const LEGEND_DY = 16;
const DOT_R = 2.5;
const DOTS: DotStyle = { shape: 'disc', r: DOT_R };
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
type Series = 'plain' | 'remedied';
const SERIES: readonly Series[] = ['plain', 'remedied'];

function points(rows: RemediesRow[]): Point[] {
  return rows.map((r) => ({
    series: r.series, layer: r.layer, y: clampToAxis(r.median),
    lo: clampToAxis(r.q1), hi: clampToAxis(r.q3), off: offAxis(r.median),
  }));
}

/** Each series' band, line, on-axis dots and off-axis rings, in data coordinates (what Plot and fast-lines draw). */
function shapes(data: RemediesData): { lines: LineSeries[]; areas: AreaSeries[] } {
  const all = points(data.rows);
  const lines: LineSeries[] = [];
  const areas: AreaSeries[] = [];
  const xy = (ps: Point[]) => ps.map((p) => ({ x: p.layer, y: p.y }));
  for (const series of SERIES) {
    const ps = all.filter((p) => p.series === series);
    areas.push({ part: `${series}-band`, points: ps.map((p) => ({ x: p.layer, y1: p.lo, y2: p.hi })) });
    lines.push({ part: `${series}-line`, points: xy(ps) }, { part: `${series}-dots`, points: xy(ps.filter((p) => !p.off)), dots: DOTS },
      { part: `${series}-off`, points: xy(ps.filter((p) => p.off)) });
  }
  return { lines, areas };
}

/** The lines and bands of `data` as charts/fast-lines.ts moves them, when going from `shown` (the chart on the page,
 *  drawn on an axis of `shownAxis` layers) to `data` on `axis` changes nothing else (the same axis and colours);
 *  else null. A mark that appears or goes (the first off-axis point) is refused by patchLines itself. */
export function remediesLinesOnly(shown: RemediesData, shownAxis: number, data: RemediesData, axis: number): ReturnType<typeof shapes> | null {
  return shownAxis === axis && shown.state.relu === data.state.relu ? shapes(data) : null;
}

/** The chart as an SVG element (live in the island, static at build time with linkedom's document). */
export function remediesChart(data: RemediesData, opts: RemediesChartOptions): SVGSVGElement {
  const colour = activationColor(data.state.relu ? 'relu' : 'sigmoid');
  const { lines, areas } = shapes(data);
  const axis = Math.max(data.state.depth, opts.axisLayers ?? data.state.depth);
  const line = (part: string) => lines.find((l) => l.part === part)!.points;
  const band = (part: string) => areas.find((a) => a.part === part)!.points;
  const mark = (series: Series, stroke: string, dash?: string) => [
    Plot.areaY(band(`${series}-band`), { x: 'x', y1: 'y1', y2: 'y2', fill: stroke, fillOpacity: BAND_OPACITY, curve: 'linear', className: partClass(`${series}-band`) }),
    Plot.lineY(line(`${series}-line`), { x: 'x', y: 'y', stroke, strokeWidth: 2, strokeDasharray: dash, className: partClass(`${series}-line`) }),
    // the dots one path, the rings the markers of an unstroked line: one element each, however many layers
    dotsMark(line(`${series}-dots`), { x: 'x', y: 'y', fill: stroke, className: partClass(`${series}-dots`), ...DOTS }),
    Plot.lineY(line(`${series}-off`), { x: 'x', y: 'y', stroke, strokeOpacity: 0, marker: hollowMarker('circle', DOT_R + 1, stroke, 1.5), className: partClass(`${series}-off`) }),
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
    x: { label: opts.labels.x, domain: [1, axis], labelAnchor: 'right', ticks: Math.min(axis, opts.width < NARROW ? NARROW_TICKS : WIDE_TICKS) },
    y: { type: 'log', domain: [DELTA_AXIS_MIN, DELTA_AXIS_MAX], label: opts.labels.y, grid: true,
      tickFormat: (d: number) => powerOfTenLabel(Math.log10(d)), ticks: 8 },
    marks: [
      ...mark('plain', MUTED, PLAIN_DASH),
      ...mark('remedied', colour),
      Plot.text([opts.labels.plain], { frameAnchor: 'top-right', dy: m(4), dx: -4, fill: MUTED, text: (d: string) => `- - ${d}` }),
      Plot.text([opts.labels.remedied], { frameAnchor: 'top-right', dy: m(4 + LEGEND_DY), dx: -4, fill: colour, text: (d: string) => `—— ${d}`, fontWeight: 'bold' }),
    ],
  }) as SVGSVGElement;
  return makeAccessible(svg, opts.labels.aria);
}
