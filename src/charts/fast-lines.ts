// Moving a chart's lines without drawing the chart again (issue 11). While a slider steps, most of a chart stays
// as it is (axes, bands, legend) and only its lines move; drawing it all with Plot costs ~5 ms a step at full speed
// (four times that on a phone) before the browser can paint. Here a line's new `d` is made from the chart's own
// scales (Plot's `figure.scale(name).apply`) and written into the path of the chart on the page, exactly as Plot
// writes it (d3's line with its default 3 digits: a later whole drawing of the same state finds nothing to change).
// Only lines drawn by Plot's lineY (and bands drawn by its areaY) as a single path in a mark of class vg-q-<part> (charts/parts.ts), and vertical
// rules drawn by ruleX as a single line; anything else (a line that splits, a new mark, other scales) answers false,
// and the island draws with Plot instead.
import { partClass } from './parts';
import { dotsPath, type DotStyle } from './dots';

/** A line in data coordinates: the points Plot's lineY draws, in order; with `dots`, the dots of those points
 *  that charts/dots.ts's dotsMark draws instead. */
export interface LineSeries { part: string; points: readonly { x: number; y: number }[]; dots?: DotStyle }

/** A band in data coordinates: the points Plot's areaY draws (x, from y1 to y2), in order. */
export interface AreaSeries { part: string; points: readonly { x: number; y1: number; y2: number }[] }

/** A vertical rule (Plot's ruleX) at x, in data coordinates. */
export interface RuleSeries { part: string; x: number }

/** A chart's position scales, data → px. */
export interface ChartScales { x: (v: number) => number; y: (v: number) => number }

type ScaleOf = (name: string) => { apply?: (v: number) => number } | undefined;

/** The x and y scales of a chart Plot drew (its figure's `scale` method), or null if it has none. */
export function chartScales(svg: Element): ChartScales | null {
  const scale = (svg as unknown as { scale?: ScaleOf }).scale;
  if (typeof scale !== 'function') return null;
  const x = scale.call(svg, 'x')?.apply;
  const y = scale.call(svg, 'y')?.apply;
  return x && y ? { x, y } : null;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** The path Plot's line writes for these points (curve linear, d3-shape's 3 digits): a point whose x or y is not
 *  a number on the scales (NaN, or ≤ 0 on a log axis) ends a run and the next defined one starts another ("M…"),
 *  and a run of one point is closed ("Mx,yZ"), as d3 does. '' when no point is defined (Plot then draws no path). */
export function linePath(points: LineSeries['points'], s: ChartScales): string {
  const { xs, ys } = pixels(points, s);
  return linePathPx(xs, ys);
}

/** The points on the chart, px. */
interface Pixels { xs: Float64Array; ys: Float64Array }

function pixels(points: LineSeries['points'], s: ChartScales): Pixels {
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) { xs[i] = s.x(points[i].x); ys[i] = s.y(points[i].y); }
  return { xs, ys };
}

function linePathPx(xs: Float64Array, ys: Float64Array): string {
  let d = '';
  let run = 0;
  const end = () => { if (run === 1) d += 'Z'; run = 0; };
  for (let i = 0; i < xs.length; i++) {
    const x = round3(xs[i]);
    const y = round3(ys[i]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) { end(); continue; }
    d += `${run === 0 ? 'M' : 'L'}${x},${y}`;
    run++;
  }
  end();
  return d;
}

/** The path of a series: its line, or its dots (charts/dots.ts). A line and its dots are one points array (the
 *  lines-only functions build it once): `seen` maps it to its pixels, so the scales run once a point. */
function seriesPath(l: LineSeries, s: ChartScales, seen: Map<LineSeries['points'], Pixels>): string {
  let px = seen.get(l.points);
  if (!px) { px = pixels(l.points, s); seen.set(l.points, px); }
  return l.dots ? dotsPath(px.xs, px.ys, l.dots) : linePathPx(px.xs, px.ys);
}

/** The path Plot's area writes for these points (d3's area, curve linear, 3 digits): for each run of defined
 *  points, along y2 forward and back along y1, closed ("M…L…Z"); a point undefined on the scales ends a run. */
export function areaPath(points: AreaSeries['points'], s: ChartScales): string {
  let d = '';
  let run: [number, number, number][] = [];
  const end = () => {
    if (run.length === 0) return;
    d += run.map(([x, , y2], i) => `${i === 0 ? 'M' : 'L'}${x},${y2}`).join('');
    for (let i = run.length - 1; i >= 0; i--) d += `L${run[i][0]},${run[i][1]}`;
    d += 'Z';
    run = [];
  };
  for (const p of points) {
    const x = round3(s.x(p.x));
    const y1 = round3(s.y(p.y1));
    const y2 = round3(s.y(p.y2));
    if (!Number.isFinite(x) || !Number.isFinite(y1) || !Number.isFinite(y2)) { end(); continue; }
    run.push([x, y1, y2]);
  }
  end();
  return d;
}

/** Writes each series' path and each rule's x into `chart` (all or none): false when a part's mark is missing or
 *  holds other than one path (one line for a rule), or a series cannot be drawn as one. */
export function patchLines(chart: Element, series: readonly LineSeries[], s: ChartScales, rules: readonly RuleSeries[] = [],
  areas: readonly AreaSeries[] = []): boolean {
  const writes: [Element, string, string][] = [];
  const seen = new Map<LineSeries['points'], Pixels>();
  const shapes: [string, string][] = [...series.map((l) => [l.part, seriesPath(l, s, seen)] as [string, string]),
    ...areas.map((a) => [a.part, areaPath(a.points, s)] as [string, string])];
  for (const [part, d] of shapes) {
    const paths = chart.querySelectorAll(`.${partClass(part)} > path`);
    if (d === '' && paths.length === 0) continue; // none before, none now
    if (paths.length !== 1 || d === '') return false;
    writes.push([paths[0], 'd', d]);
  }
  for (const rule of rules) {
    const lines = chart.querySelectorAll(`.${partClass(rule.part)} > line`);
    const x = s.x(rule.x);
    if (lines.length !== 1 || !Number.isFinite(x)) return false;
    writes.push([lines[0], 'x1', String(x)], [lines[0], 'x2', String(x)]);
  }
  for (const [el, name, value] of writes) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  return true;
}

/** What an island keeps to move its lines in place: the scales of the whole drawing on the page, at its width.
 *    const inPlace = new LinesInPlace();
 *    render = (w) => inPlace.remember(chart(shownData, …), w);
 *    quick = (w, onPage) => inPlace.move(onPage, w, linesOnly(shown, data)) || chart(data, { part: 'lines', … }); */
export class LinesInPlace {
  private drawn: { width: number; scales: ChartScales | null } | null = null;

  /** Notes `svg`, a whole drawing at `width`, as the chart on the page; returns it. */
  remember<T extends Element>(svg: T, width: number): T {
    this.drawn = { width, scales: chartScales(svg) };
    return svg;
  }

  /** Moves `lines` (and `rules`, `areas`) in `onPage` when it is the drawing noted at this width; false when it
   *  cannot (no chart on the page, another width, no lines to move, or patchLines refuses). */
  move(onPage: Element | null, width: number, lines: readonly LineSeries[] | null, rules: readonly RuleSeries[] = [],
    areas: readonly AreaSeries[] = []): boolean {
    const scales = this.drawn?.width === width ? this.drawn.scales : null;
    return !!(onPage && scales && lines && patchLines(onPage, lines, scales, rules, areas));
  }
}
