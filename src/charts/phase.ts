// Plot spec of the phase island: the (σ_w², σ_b²) plane as a 16 × 16 heat map. Theory: each cell coloured by
// χ₁ on a log scale diverging at 1 (blue: ordered, the gradient vanishes; red: chaotic, it explodes). Measured:
// the same cells with a disc in each, coloured by the measured factor e^slope on the same scale. Residual: the
// cells coloured by measured − ln χ₁. The critical line χ₁ = 1 and the ξ contours are drawn over every view,
// with a halo so they read on any cell, in light and dark. The colour legend is drawn in the top margin.
import * as Plot from '@observablehq/plot';
import {
  CHI_SPAN, COLUMNS, RESIDUAL_SPAN, ROWS, SB2_STEP, SW2_STEP, sb2At, sw2At,
} from '../sims/phase/defaults';
import type { PhaseCell, PhaseData, PhaseLine } from '../sims/phase/model';
import { ACCENT, HALO, INK, ON_MAP, SHADE } from './tokens';
import { makeAccessible } from './a11y';
import { typesetMath } from './math-label';
import { chartFontSize, grow } from './type-scale';

export interface PhaseChartOptions {
  width: number;
  document?: Document;
  /** The cells as one 16 × 16 image (one element, for the live chart's redraws) instead of 256 rects (the
   *  build-time SVG: linkedom has no canvas). Drawn here on a canvas, not with Plot.raster, which would bring
   *  d3-delaunay into the Plot chunk that every chapter loads. */
  raster?: boolean;
  labels: { x: string; y: string; chi: string; residual: string; critical: string; xi: string; aria: string };
}

/** Plot's SVG with its scales (Plot attaches `scale()` to what it returns). */
type PlotSvg = SVGSVGElement & { scale(name: 'x' | 'y'): { apply(v: number): number }; scale(name: 'color'): { apply(v: number): string } };

/** The class of the marks whose elements carry data-col / data-row (the island's clicks find them). */
export const PHASE_HIT_CLASS = 'phase-hit';
const PENDING_CLASS = 'phase-pending';
const BACKGROUND_CLASS = 'phase-background';
/** The SVG attribute holding the grid's frame in its own pixels: left, right, bottom, top. */
export const GRID_ATTR = 'data-grid-frame';
const DOTS_CLASS = 'phase-dots';
const TUNED_FONT = 10;
const NARROW = 520;
const LEGEND_SWATCHES = 32;
const LEGEND_WIDTH = 160;
const LEGEND_WIDTH_NARROW = 100;
const LEGEND_HEIGHT = 8;
/** The rows whose point labels each line: the critical line at the top; the ordered side's ξ contours in the upper
 *  half, the chaotic side's in the lower half, so no two labels share a row (on a phone the lines run close). */
const LABEL_ROW: Record<string, number> = { critical: ROWS - 1, 20: ROWS - 4, 5: ROWS - 8, '-20': ROWS - 11, '-5': ROWS - 14 };
const SVG_NS = 'http://www.w3.org/2000/svg';
/** A line label's width in ems ('ξ = −20' and its gap): a chaotic-side label that would leave the frame goes left. */
const LABEL_EMS = 4.5;

/** The colour scale of the view: χ₁ (log, diverging at 1) or the residual (linear, diverging at 0). */
function colorScale(residual: boolean): Plot.ScaleOptions {
  return residual
    ? { type: 'diverging', pivot: 0, domain: [-RESIDUAL_SPAN, RESIDUAL_SPAN], scheme: 'PuOr', clamp: true }
    : { type: 'diverging-log', pivot: 1, domain: [1 / CHI_SPAN, CHI_SPAN], scheme: 'RdBu', reverse: true, clamp: true };
}

/** The label of a line, in the chart's math markup. */
function lineLabel(line: PhaseLine, labels: PhaseChartOptions['labels']): string {
  return line.xi === Infinity ? labels.critical : `${labels.xi} = ${line.xi > 0 ? '' : '−'}${Math.abs(line.xi)}`;
}

/** The point a line is labelled at: its point on the line's label row, else its last. */
function labelPoint(line: PhaseLine): { sw2: number; sb2: number } {
  const row = line.xi === Infinity ? LABEL_ROW.critical : LABEL_ROW[String(line.xi)] ?? ROWS - 1;
  const at = sb2At(row);
  return line.points.find((p) => Math.abs(p.sb2 - at) < SB2_STEP / 2) ?? line.points[line.points.length - 1];
}

/** The chart as an SVG element (live in the island, static at build time). */
export function phaseChart(data: PhaseData, opts: PhaseChartOptions): SVGSVGElement {
  const { view, col, row } = data.state;
  const residual = view === 'residual';
  const font = chartFontSize(opts.width);
  const m = (px: number) => grow(px, font, TUNED_FONT);
  const narrow = opts.width < NARROW;
  const marginLeft = m(50);
  const marginRight = m(narrow ? 8 : 16);
  const marginTop = m(52);
  const marginBottom = m(36);
  const inner = opts.width - marginLeft - marginRight;
  const height = marginTop + marginBottom + Math.round(Math.min(440, Math.max(240, inner * (narrow ? 0.95 : 0.7))));
  const half = { x: SW2_STEP / 2, y: SB2_STEP / 2 };
  const rect = (cells: PhaseCell[], fill: ((c: PhaseCell) => number | string | null) | string, extra: Plot.RectOptions = {}) =>
    Plot.rect(cells, {
      x1: (c: PhaseCell) => c.sw2 - half.x, x2: (c: PhaseCell) => c.sw2 + half.x,
      y1: (c: PhaseCell) => c.sb2 - half.y, y2: (c: PhaseCell) => c.sb2 + half.y, fill, shapeRendering: 'crispEdges', ...extra,
    });
  const shown = (c: PhaseCell) => (residual ? c.residual : c.chi);
  const lines = data.lines;
  const cursor = data.cells.find((c) => c.col === col && c.row === row);
  const measuredDots = view === 'measured' ? data.cells.filter((c) => c.slope !== null) : [];
  const pending = data.cells.filter((c) => shown(c) === null);
  const coloured = data.cells.filter((c) => shown(c) !== null);
  const domainX: [number, number] = [sw2At(0) - half.x, sw2At(COLUMNS - 1) + half.x];
  const domainY: [number, number] = [sb2At(0) - half.y, sb2At(ROWS - 1) + half.y];
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height,
    marginLeft, marginRight, marginTop, marginBottom,
    style: { color: INK, background: 'transparent', overflow: 'visible', fontSize: `${font}px` },
    x: { domain: domainX, label: opts.labels.x, labelAnchor: 'right', labelArrow: 'none', ticks: narrow ? 4 : 8 },
    y: { domain: domainY, label: opts.labels.y, labelAnchor: 'top', labelArrow: 'none', ticks: narrow ? 4 : 8 },
    color: colorScale(residual),
    marks: [
      // the grid's cells: shaded until their value is in, then coloured
      ...(opts.raster ? [
        Plot.rect([0], { x1: domainX[0], x2: domainX[1], y1: domainY[0], y2: domainY[1], fill: SHADE, className: BACKGROUND_CLASS }),
      ] : [
        rect(pending, SHADE, { className: PENDING_CLASS }),
        rect(coloured, (c) => shown(c) as number, { className: PHASE_HIT_CLASS }),
      ]),
      Plot.dot(measuredDots, {
        className: DOTS_CLASS,
        x: 'sw2', y: 'sb2', r: Math.max(3, Math.min(9, inner / COLUMNS / 3)),
        fill: (c: PhaseCell) => Math.exp(c.slope as number), stroke: ON_MAP.ink, strokeWidth: 0.8, strokeOpacity: 0.55,
      }),
      // the lines: dark ink on a light halo, so they read on every cell; the cells' colours are the same in both
      // schemes, so the lines' are too (tokens.ts ON_MAP)
      ...lines.flatMap((l) => {
        const main = l.xi === Infinity;
        const o = { x: 'sw2', y: 'sb2', curve: 'linear' as const };
        return [
          Plot.line(l.points, { ...o, stroke: ON_MAP.halo, strokeWidth: main ? 5.5 : 3, strokeOpacity: main ? 1 : 0.7 }),
          Plot.line(l.points, { ...o, stroke: main ? ON_MAP.ink : ON_MAP.muted, strokeWidth: main ? 2.5 : 1.5, strokeDasharray: main ? undefined : '5,3' }),
        ];
      }),
      ...lines.map((l) => {
        const p = labelPoint(l);
        const main = l.xi === Infinity;
        // ordered-side labels to the left of their line, chaotic-side ones to the right (to the left where the
        // frame ends: no label leaves the chart); the critical line's above the frame
        const room = (LABEL_EMS * font) / (inner / COLUMNS) * SW2_STEP;
        const left = l.xi > 0 || p.sw2 + half.x + room > sw2At(COLUMNS - 1) + half.x;
        return Plot.text([p], {
          // the critical line's label sits above the frame, on the page; the others on the map
          x: 'sw2', y: 'sb2', text: () => lineLabel(l, opts.labels),
          ...(main ? { fill: INK, ...HALO } : { fill: ON_MAP.ink, ...HALO, stroke: ON_MAP.halo }),
          textAnchor: main ? 'middle' : left ? 'end' : 'start', dx: main ? 0 : left ? -5 : 5,
          dy: main ? -m(14) : 0, fontWeight: main ? 'bold' : 'normal',
        });
      }),
      // the keyboard cursor
      cursor ? rect([cursor], 'none', { stroke: ACCENT, strokeWidth: 3 }) : null,
    ],
  }) as PlotSvg;
  // the frame in the SVG's own pixels: cellAt maps a pointer to the grid point under it
  const sx = svg.scale('x');
  const sy = svg.scale('y');
  svg.setAttribute(GRID_ATTR, [sx.apply(domainX[0]), sx.apply(domainX[1]), sy.apply(domainY[0]), sy.apply(domainY[1])].map((v) => v.toFixed(1)).join(','));
  if (opts.raster) drawCellImage(svg, coloured.map((c) => ({ col: c.col, row: c.row, value: shown(c) as number })), frameOf(svg));
  tagCells(svg, PENDING_CLASS, 'rect', pending);
  tagCells(svg, PHASE_HIT_CLASS, 'rect', coloured);
  tagCells(svg, DOTS_CLASS, 'circle', measuredDots);
  drawLegend(svg, residual, residual ? opts.labels.residual : opts.labels.chi, { left: marginLeft, font, m, narrow });
  return makeAccessible(typesetMath(svg), opts.labels.aria);
}

/** The grid's frame in the SVG's pixels: left, right, bottom, top (written by phaseChart). */
function frameOf(svg: SVGSVGElement): number[] {
  return (svg.getAttribute(GRID_ATTR) ?? '').split(',').map(Number);
}

let scratch: { doc: Document; canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null = null;

/** The coloured cells as one COLUMNS × ROWS image over the frame, just above the shaded background. */
function drawCellImage(svg: PlotSvg, cells: { col: number; row: number; value: number }[], frame: number[]): void {
  const doc = svg.ownerDocument;
  // one canvas and context for every redraw (a new context costs more than the drawing)
  if (scratch?.doc !== doc) {
    const canvas = doc.createElement('canvas');
    canvas.width = COLUMNS;
    canvas.height = ROWS;
    const context = canvas.getContext('2d');
    if (!context) return;
    scratch = { doc, canvas, ctx: context };
  }
  const { canvas, ctx } = scratch;
  ctx.clearRect(0, 0, COLUMNS, ROWS);
  const color = svg.scale('color');
  for (const c of cells) {
    ctx.fillStyle = color.apply(c.value);
    ctx.fillRect(c.col, ROWS - 1 - c.row, 1, 1);
  }
  const [left, right, bottom, top] = frame;
  const image = doc.createElementNS(SVG_NS, 'image');
  for (const [k, v] of Object.entries({ x: left, y: top, width: right - left, height: bottom - top })) image.setAttribute(k, String(v));
  image.setAttribute('preserveAspectRatio', 'none');
  image.setAttribute('style', 'image-rendering: pixelated');
  image.setAttribute('href', canvas.toDataURL());
  const background = svg.querySelector(`g.${BACKGROUND_CLASS}`);
  background?.after(image);
}

/** The grid point under a pointer at (clientX, clientY) over the chart's SVG, or null outside the grid. */
export function cellAt(svg: SVGSVGElement, clientX: number, clientY: number): { col: number; row: number } | null {
  const frame = frameOf(svg);
  if (frame.length !== 4 || frame.some((v) => !Number.isFinite(v))) return null;
  const [left, right, bottom, top] = frame;
  const box = svg.getBoundingClientRect();
  const scale = box.width / Number(svg.getAttribute('width') || box.width);
  const x = (clientX - box.left) / scale;
  const y = (clientY - box.top) / scale;
  const col = Math.floor(((x - left) / (right - left)) * COLUMNS);
  const row = Math.floor(((bottom - y) / (bottom - top)) * ROWS);
  return col >= 0 && col < COLUMNS && row >= 0 && row < ROWS ? { col, row } : null;
}

/** data-col / data-row on the elements of one mark, in its data's order (Plot draws them in that order). */
function tagCells(svg: SVGSVGElement, className: string, tag: string, cells: PhaseCell[]): void {
  const els = svg.querySelectorAll(`g.${className} ${tag}`);
  els.forEach((r, i) => {
    const c = cells[i];
    if (!c) return;
    r.setAttribute('data-col', String(c.col));
    r.setAttribute('data-row', String(c.row));
  });
}

/** The colour bar in the top margin: a run of swatches of the view's scale, its ends and middle labelled. */
function drawLegend(svg: PlotSvg,
  residual: boolean, title: string, at: { left: number; font: number; m: (px: number) => number; narrow: boolean }): void {
  const doc = svg.ownerDocument;
  const color = svg.scale('color');
  const el = (name: string, attrs: Record<string, string | number>) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const g = el('g', { class: 'phase-legend', 'aria-hidden': 'true', 'font-size': at.font });
  const width = at.m(at.narrow ? LEGEND_WIDTH_NARROW : LEGEND_WIDTH);
  const x0 = at.left;
  const y0 = at.m(6);
  const valueAt = (t: number) => (residual ? -RESIDUAL_SPAN + 2 * RESIDUAL_SPAN * t : CHI_SPAN ** (2 * t - 1));
  for (let i = 0; i < LEGEND_SWATCHES; i++) {
    const t = (i + 0.5) / LEGEND_SWATCHES;
    g.appendChild(el('rect', {
      x: x0 + (i * width) / LEGEND_SWATCHES, y: y0, width: width / LEGEND_SWATCHES + 0.5, height: at.m(LEGEND_HEIGHT),
      fill: color.apply(valueAt(t)),
    }));
  }
  const ticks: [number, string][] = residual
    ? [[0, `−${RESIDUAL_SPAN}`], [0.5, '0'], [1, `+${RESIDUAL_SPAN}`]]
    : [[0, `1/${CHI_SPAN}`], [0.25, `1/${Math.sqrt(CHI_SPAN)}`], [0.5, '1'], [0.75, `${Math.sqrt(CHI_SPAN)}`], [1, `${CHI_SPAN}`]];
  for (const [t, text] of ticks) {
    const label = el('text', { x: x0 + t * width, y: y0 + at.m(LEGEND_HEIGHT) + at.font + 1, 'text-anchor': 'middle', fill: 'currentColor' });
    label.textContent = text;
    g.appendChild(label);
  }
  const name = el('text', { x: x0 + width + at.m(10), y: y0 + at.m(LEGEND_HEIGHT), fill: 'currentColor', 'text-anchor': 'start' });
  name.textContent = title;
  g.appendChild(name);
  svg.appendChild(g);
}
