// Plot spec of the exploding island: per-layer ‖Δ^(l)‖ (solid, activation colour), ‖∂J/∂W^(l)‖ before
// clipping (grey, dashed) and after clipping (accent), on a fixed log axis up to float32's ceiling.
// Values float32 could not hold are drawn at the top edge as labelled hollow marks (∞ or NaN), never dropped.
import * as Plot from '@observablehq/plot';
import type { ExplodingData } from '../sims/exploding/model';
import { NORM_AXIS_MAX, NORM_AXIS_MIN } from '../sims/exploding/defaults';
import { powerOfTenLabel } from '../sims/format';
import { ACCENT, activationColor, INK, MUTED } from './tokens';
import { makeAccessible } from './a11y';
import { markPart, onlyParts, partAxis, partClass, type ChartPart } from './parts';
import { dotsMark, type DotStyle } from './dots';
import type { LineSeries } from './fast-lines';
import { chartFontSize, grow } from './type-scale';

export interface ExplodingChartOptions {
  width: number;
  /** 'lines': only the series' lines, on the same scales, no axes (charts/parts.ts) */
  part?: ChartPart;
  document?: Document;
  labels: { x: string; y: string; delta: string; gradRaw: string; gradClipped: string; overflow: string; nan: string; aria: string };
}

export const EXPLODING_CHART_HEIGHT = 340;
const MARGIN_LEFT = 56;
const LEGEND_DY = 15;
/** Room between the legend (above the frame, so it never covers a pinned ∞/NaN point) and the frame: the y label. */
const LEGEND_GAP = 26;
const DOT_R = 2.5;
const DOTS: DotStyle = { shape: 'disc', r: DOT_R };
const DASH = '5,3';
const NARROW = 520;
const FLOAT32_MAX = 3.4028234663852886e38;
/** The text size the margins and legend lines were tuned for (px): Plot's default. */
const TUNED_FONT = 10;

type Kind = 'delta' | 'gradRaw' | 'gradClipped';
interface Point { kind: Kind; layer: number; y: number; bad: '' | 'inf' | 'nan' | 'low' }

function point(kind: Kind, layer: number, v: number): Point {
  if (Number.isNaN(v)) return { kind, layer, y: NORM_AXIS_MAX, bad: 'nan' };
  if (v > FLOAT32_MAX) return { kind, layer, y: NORM_AXIS_MAX, bad: 'inf' };
  if (v < NORM_AXIS_MIN) return { kind, layer, y: NORM_AXIS_MIN, bad: 'low' };
  return { kind, layer, y: Math.min(v, NORM_AXIS_MAX), bad: '' };
}

function explodingPoints(data: ExplodingData): Point[] {
  const pts: Point[] = [];
  for (const r of data.rows) {
    pts.push(point('delta', r.layer, r.delta), point('gradRaw', r.layer, r.gradRaw));
    if (r.gradClipped !== null) pts.push(point('gradClipped', r.layer, r.gradClipped));
  }
  return pts;
}

/** The lines of `data` as charts/fast-lines.ts moves them, when going from `shown` (the chart on the page) to `data`
 *  changes nothing but those lines (the same depth, activation, clipping and points float32 could not hold); else
 *  null. */
export function explodingLinesOnly(shown: ExplodingData, data: ExplodingData): LineSeries[] | null {
  if (shown.state.depth !== data.state.depth || shown.state.activation !== data.state.activation) return null;
  const was = explodingPoints(shown);
  const now = explodingPoints(data);
  const bad = (ps: Point[]) => ps.filter((p) => p.bad !== '').map((p) => `${p.kind}${p.layer}${p.bad}`).join();
  if (was.length !== now.length || bad(was) !== bad(now)) return null;
  const kindsDrawn: Kind[] = ['gradRaw', ...(data.rows.some((r) => r.gradClipped !== null) ? ['gradClipped' as const] : []), 'delta'];
  return kindsDrawn.flatMap((kind) => {
    const points = now.filter((p) => p.kind === kind && p.bad === '').map((p) => ({ x: p.layer, y: p.y }));
    return [{ part: kind, points }, { part: `${kind}-dots`, points, dots: DOTS }];
  });
}

/** The chart as an SVG element (live in the island, static at build time). */
export function explodingChart(data: ExplodingData, opts: ExplodingChartOptions): SVGSVGElement {
  const L = data.state.depth;
  const colour = activationColor(data.state.activation);
  const pts = explodingPoints(data);
  const series = (kind: Kind, stroke: string, dash?: string) => {
    const s = pts.filter((p) => p.kind === kind);
    const ok = s.filter((p) => p.bad === '');
    return [
      // the dots: one path per series instead of one element per layer (charts/dots.ts)
      Plot.lineY(ok, { x: 'layer', y: 'y', stroke, strokeWidth: kind === 'delta' ? 2.5 : 1.8, strokeDasharray: dash, className: partClass(kind) }),
      dotsMark(ok, { x: 'layer', y: 'y', fill: stroke, className: partClass(`${kind}-dots`), ...DOTS }),
      Plot.dot(s.filter((p) => p.bad !== ''), { x: 'layer', y: 'y', r: DOT_R + 1.5, stroke, fill: 'none', strokeWidth: 1.5 }),
    ];
  };
  // Label the float32 breakdown where it starts (the rightmost layer of each kind): ∞ first, then NaN.
  const edge = (kind: 'inf' | 'nan') => pts.filter((p) => p.kind === 'delta' && p.bad === kind)
    .reduce<Point | null>((a, b) => (a === null || b.layer > a.layer ? b : a), null);
  const breaks = [edge('inf'), edge('nan')].filter((p): p is Point => p !== null);
  const hasClip = data.rows.some((r) => r.gradClipped !== null);
  const legend: [string, string, string][] = [
    [opts.labels.delta, colour, '——'], [opts.labels.gradRaw, MUTED, '- -'],
    ...(hasClip ? [[opts.labels.gradClipped, ACCENT, '——'] as [string, string, string]] : []),
  ];
  // Plot writes the y label at the top left; on a narrow chart the legend starts one row below it.
  const legendRows = legend.length + (opts.width < NARROW ? 1 : 0);
  const first = legendRows - legend.length;
  const font = chartFontSize(opts.width);
  const m = (px: number) => grow(px, font, TUNED_FONT);
  const legendDy = m(LEGEND_DY);
  const marginTop = legendRows * legendDy + m(LEGEND_GAP);
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: EXPLODING_CHART_HEIGHT + legendRows * legendDy,
    marginTop,
    marginLeft: m(MARGIN_LEFT),
    marginBottom: m(30),
    marginRight: m(20),
    style: { color: INK, background: 'transparent', overflow: 'visible', fontSize: `${font}px` },
    x: { label: opts.labels.x, domain: [1, L], labelAnchor: 'right', ticks: Math.min(L, opts.width < NARROW ? 5 : 10), ...partAxis(opts.part) },
    y: { type: 'log', domain: [NORM_AXIS_MIN, NORM_AXIS_MAX], label: opts.labels.y, grid: true, ticks: 9,
      tickFormat: (d: number) => powerOfTenLabel(Math.log10(d)), ...partAxis(opts.part) },
    marks: onlyParts(opts.part, [
      Plot.ruleY([FLOAT32_MAX], { stroke: MUTED, strokeDasharray: '2,3' }),
      ...series('gradRaw', MUTED, DASH),
      ...(hasClip ? series('gradClipped', ACCENT) : []),
      ...series('delta', colour),
      ...breaks.map((b, i) => Plot.text([b], { x: 'layer', y: 'y', text: (p: Point) => (p.bad === 'nan' ? opts.labels.nan : opts.labels.overflow),
        dy: -m(12) - i * legendDy, textAnchor: b.layer > L / 2 ? 'end' : 'start', fill: INK, fontWeight: 'bold' })),
      // the legend sits in the top margin, above the y axis label: nothing drawn in the frame can hide behind it
      ...legend.map(([text, fill, glyph], i) => Plot.text([text], {
        frameAnchor: 'top-right', textAnchor: 'end', dy: -marginTop + m(10) + (first + i) * legendDy, dx: -2, fill,
        text: (d: string) => `${glyph} ${d}`,
      })),
    ]),
  }) as SVGSVGElement;
  return markPart(makeAccessible(svg, opts.labels.aria), opts.part);
}
