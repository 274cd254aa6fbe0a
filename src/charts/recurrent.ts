// Plot spec of the recurrent island: ‖∂J/∂h_t‖ for t = 1 … T on a log axis (the error enters at t = T on the
// right and flows back to the left), equation (4) across time in the product chart's visual language: the median
// over seeds (the measured line) with its seed band (quartiles, and the range lighter), the RNN's theory line
// ‖∂J/∂h_T‖ · Π_{k>t} ρ · mean tanh′_k (dashed, float64) with the steps where float32 holds that product as a
// subnormal ringed, the LSTM's cell-state path ‖∂J/∂c_t‖, and float32's zero and subnormal bands shaded. Steps
// where float32 holds exact zeros sit on the bottom edge as hollow triangles: never dropped. The axis comes from
// sims/recurrent/domain.ts, the time axis is held while T moves (sims/held-axis.ts), and the rings and triangles
// are the markers of unstroked lines, so a step of T moves paths only, in place (charts/fast-lines.ts, issue 11).
// The same function draws the live chart and the build-time SVG.
import * as Plot from '@observablehq/plot';
import type { RecurrentData } from '../sims/recurrent/model';
import type { RecurrentDomain } from '../sims/recurrent/domain';
import { powerOfTenLabel } from '../sims/format';
import { HALO, INK, MUTED, SHADE } from './tokens';
import { makeAccessible } from './a11y';
import { markPart, onlyParts, partAxis, partClass, type ChartPart } from './parts';
import { hollowMarker } from './markers';
import { dotsMark, type DotStyle } from './dots';
import type { AreaSeries, LineSeries } from './fast-lines';
import { chartFontSize, grow } from './type-scale';
import { typesetMath } from './math-label';
import { decadeTicks } from './precision';

export interface RecurrentChartLabels {
  x: string; y: string;
  /** Legend: the measured median, the RNN's theory, the LSTM's cell path, the seed band. */
  measured: string; theory: string; cell: string; band: string;
  /** float32's bands for one stored value. */
  zeroBand: string; subnormalBand: string;
  aria: string;
}

export interface RecurrentChartOptions {
  width: number;
  domain: RecurrentDomain;
  /** Steps the time axis holds (sims/held-axis.ts), at least T; T when absent (the build-time SVG). */
  axisSteps?: number;
  part?: ChartPart;
  document?: Document;
  labels: RecurrentChartLabels;
}

export const RECURRENT_CHART_HEIGHT = 340;
export const MEASURED_COLOR = 'var(--c-layer-last)';
export const CELL_COLOR = 'var(--c-layer-first)';
const MARGIN_LEFT = 56;
const LEGEND_DY = 15;
const LEGEND_GAP = 26;
const DOTS: DotStyle = { shape: 'disc', r: 2 };
const PIN_R = 4;
const RING_R = 3;
const DASH = '5,3';
const NARROW = 520;
const TUNED_FONT = 10;
/** Dots on the measured line only up to this many steps (beyond, they merge into a thick line). */
const DOT_STEPS = 60;
/** A band is named only where it is at least this tall (px). */
const BAND_LABEL_MIN_PX = 14;

interface Point { step: number; y: number }
interface BandPoint { step: number; y1: number; y2: number }

/** What the chart draws from the data, in data coordinates: the measured median, the seed bands, the RNN's theory
 *  line with its float32-subnormal rings, the LSTM's cell path, and the steps float32 holds as exact zeros. */
function recurrentShapes(data: RecurrentData, domain: RecurrentDomain) {
  const yMin = 10 ** domain.lo;
  const yMax = 10 ** domain.hi;
  const y = (log10: number) => Math.min(yMax, Math.max(yMin, 10 ** log10)); // −Infinity → the bottom edge
  const band = (lo: (s: RecurrentData['steps'][number]) => number, hi: (s: RecurrentData['steps'][number]) => number): BandPoint[] =>
    data.steps.map((s) => ({ step: s.step, y1: y(lo(s)), y2: y(hi(s)) }));
  return {
    measured: data.steps.filter((s) => Number.isFinite(s.grad.median)).map((s): Point => ({ step: s.step, y: y(s.grad.median) })),
    zeros: data.steps.filter((s) => s.grad.median === -Infinity).map((s): Point => ({ step: s.step, y: yMin })),
    theory: data.steps.filter((s) => s.theory !== undefined && Number.isFinite(s.theory)).map((s): Point => ({ step: s.step, y: y(s.theory as number) })),
    rings: data.steps.filter((s) => s.theory32 !== undefined && s.theory32 > 0 && s.theory32 < data.bands.normalFrom)
      .map((s): Point => ({ step: s.step, y: y(Math.log10(s.theory32 as number)) })),
    cell: data.steps.filter((s) => s.cell && Number.isFinite(s.cell.median)).map((s): Point => ({ step: s.step, y: y(s.cell!.median) })),
    range: band((s) => s.grad.min, (s) => s.grad.max),
    quartiles: band((s) => s.grad.q1, (s) => s.grad.q3),
  };
}

/** The lines and bands of `data` as charts/fast-lines.ts moves them, when going from `shown` (the chart on the page)
 *  to `data` changes nothing else: the same time axis (`axis` steps), y axis and cell. A mark that appears or goes
 *  (the first ring, the theory line) is refused by patchLines itself. Else null. */
export function recurrentLinesOnly(shown: { data: RecurrentData; axis: number; domain: RecurrentDomain },
  data: RecurrentData, axis: number, domain: RecurrentDomain): { lines: LineSeries[]; areas: AreaSeries[] } | null {
  if (shown.axis !== axis || shown.domain.lo !== domain.lo || shown.domain.hi !== domain.hi || shown.data.state.cell !== data.state.cell) return null;
  const sh = recurrentShapes(data, domain);
  const xy = (ps: Point[]) => ps.map((p) => ({ x: p.step, y: p.y }));
  const band = (ps: BandPoint[]) => ps.map((p) => ({ x: p.step, y1: p.y1, y2: p.y2 }));
  const measured = xy(sh.measured);
  return {
    lines: [{ part: 'measured', points: measured }, { part: 'measured-dots', points: axis > DOT_STEPS ? [] : measured, dots: DOTS },
      { part: 'zeros', points: xy(sh.zeros) }, { part: 'theory', points: xy(sh.theory) },
      { part: 'subnormal', points: xy(sh.rings) }, { part: 'cell', points: xy(sh.cell) }],
    areas: [{ part: 'seed-range', points: band(sh.range) }, { part: 'seed-band', points: band(sh.quartiles) }],
  };
}

/** The chart as an SVG element (live in the island, static at build time). */
export function recurrentChart(data: RecurrentData, opts: RecurrentChartOptions): SVGSVGElement {
  const { labels, domain } = opts;
  const T = data.state.seqLen;
  const axis = Math.max(T, opts.axisSteps ?? T);
  const yMin = 10 ** domain.lo;
  const yMax = 10 ** domain.hi;
  const font = chartFontSize(opts.width);
  const m = (px: number) => grow(px, font, TUNED_FONT);
  const narrow = opts.width < NARROW;
  const { measured, zeros, theory, rings, cell, range, quartiles } = recurrentShapes(data, domain);

  const zb = [
    { key: 'zero' as const, y1: yMin, y2: Math.min(yMax, data.bands.zeroBelow), label: labels.zeroBand, opacity: 1 },
    { key: 'subnormal' as const, y1: Math.max(yMin, data.bands.zeroBelow), y2: Math.min(yMax, data.bands.normalFrom), label: labels.subnormalBand, opacity: 0.55 },
  ].filter((z) => z.y1 < z.y2);

  const legend: [string, string, string][] = [[labels.measured, MEASURED_COLOR, '——'], [labels.band, MUTED, '▮']];
  if (theory.length > 0) legend.push([labels.theory, MUTED, '- -']);
  if (cell.length > 0) legend.push([labels.cell, CELL_COLOR, '- -']);
  const legendDy = m(LEGEND_DY);
  const marginTop = legend.length * legendDy + m(LEGEND_GAP);
  const marginBottom = m(30);
  const height = RECURRENT_CHART_HEIGHT + legend.length * legendDy;
  const pxPerDecade = (height - marginTop - marginBottom) / (domain.hi - domain.lo);
  const named = zb.filter((z) => Math.log10(z.y2 / z.y1) * pxPerDecade >= m(BAND_LABEL_MIN_PX));
  const x0 = 0.5;
  const x1 = axis + 0.5;

  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height,
    marginTop,
    marginLeft: m(MARGIN_LEFT),
    marginBottom,
    marginRight: m(20),
    style: { color: INK, background: 'transparent', overflow: 'visible', fontSize: `${font}px` },
    x: { label: labels.x, domain: [x0, x1], labelAnchor: 'right', ticks: Math.min(axis, narrow ? 5 : 10), tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : ''), ...partAxis(opts.part) },
    y: { type: 'log', domain: [yMin, yMax], label: labels.y, grid: true, ticks: decadeTicks(domain, narrow ? 6 : 9),
      tickFormat: (d: number) => powerOfTenLabel(Math.log10(d)), ...partAxis(opts.part) },
    marks: onlyParts(opts.part, [
      ...zb.map((z) => Plot.rectY([z], { x1: x0, x2: x1, y1: 'y1', y2: 'y2', fill: SHADE, fillOpacity: z.opacity, className: partClass(`band-${z.key}`) })),
      Plot.text(named, { x: x1, y: (d: { y1: number; y2: number }) => Math.sqrt(d.y1 * d.y2), text: 'label', textAnchor: 'end', dx: -4, fill: MUTED, ...HALO }),
      Plot.areaY(range, { x: 'step', y1: 'y1', y2: 'y2', fill: MEASURED_COLOR, fillOpacity: 0.12, className: partClass('seed-range') }),
      Plot.areaY(quartiles, { x: 'step', y1: 'y1', y2: 'y2', fill: MEASURED_COLOR, fillOpacity: 0.25, className: partClass('seed-band') }),
      cell.length === 0 ? null : Plot.lineY(cell, { x: 'step', y: 'y', stroke: CELL_COLOR, strokeWidth: 1.8, strokeDasharray: DASH, className: partClass('cell') }),
      theory.length === 0 ? null : Plot.lineY(theory, { x: 'step', y: 'y', stroke: MUTED, strokeWidth: 1.8, strokeDasharray: DASH, className: partClass('theory') }),
      // the rings and triangles are the markers of unstroked lines: one element each, however many steps
      Plot.lineY(rings, { x: 'step', y: 'y', stroke: MUTED, strokeOpacity: 0, marker: hollowMarker('circle', RING_R, MUTED, 1), className: partClass('subnormal') }),
      Plot.lineY(measured, { x: 'step', y: 'y', stroke: MEASURED_COLOR, strokeWidth: 2.5, className: partClass('measured') }),
      dotsMark(axis > DOT_STEPS ? [] : measured, { x: 'step', y: 'y', fill: MEASURED_COLOR, className: partClass('measured-dots'), ...DOTS }),
      Plot.lineY(zeros, { x: 'step', y: 'y', stroke: MEASURED_COLOR, strokeOpacity: 0, marker: hollowMarker('triangle', PIN_R, MEASURED_COLOR, 1.5), className: partClass('zeros') }),
      ...legend.map(([text, fill, glyph], i) => Plot.text([text], {
        frameAnchor: 'top-right', textAnchor: 'end', dy: -marginTop + m(10) + i * legendDy, dx: -2, fill,
        text: (d: string) => `${glyph} ${d}`,
      })),
    ]),
  }) as SVGSVGElement;
  return markPart(makeAccessible(typesetMath(svg), labels.aria) as SVGSVGElement, opts.part);
}
