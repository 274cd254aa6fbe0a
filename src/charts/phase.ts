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
import { ACCENT, HALO, INK, MUTED, SHADE } from './tokens';
import { makeAccessible } from './a11y';
import { typesetMath } from './math-label';
import { chartFontSize, grow } from './type-scale';

export interface PhaseChartOptions {
  width: number;
  document?: Document;
  labels: { x: string; y: string; chi: string; residual: string; critical: string; xi: string; aria: string };
}

/** The class of the transparent cells that carry data-col / data-row (the island's clicks find them). */
export const PHASE_HIT_CLASS = 'phase-hit';
const TUNED_FONT = 10;
const NARROW = 520;
const LEGEND_SWATCHES = 32;
const LEGEND_WIDTH = 160;
const LEGEND_WIDTH_NARROW = 100;
const LEGEND_HEIGHT = 8;
/** The rows whose point labels each line: the critical line at the top; ξ contours lower, staggered. */
const LABEL_ROW: Record<string, number> = { critical: ROWS - 1, 20: ROWS - 4, 5: ROWS - 8 };
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Grid steps from the right edge within which a chaotic-side label goes to the left of its line. */
const EDGE_ROOM = 3;

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
  const row = line.xi === Infinity ? LABEL_ROW.critical : LABEL_ROW[String(Math.abs(line.xi))] ?? ROWS - 1;
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
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height,
    marginLeft, marginRight, marginTop, marginBottom,
    style: { color: INK, background: 'transparent', overflow: 'visible', fontSize: `${font}px` },
    x: { domain: [sw2At(0) - half.x, sw2At(COLUMNS - 1) + half.x], label: opts.labels.x, labelAnchor: 'right', labelArrow: 'none', ticks: narrow ? 4 : 8 },
    y: { domain: [sb2At(0) - half.y, sb2At(ROWS - 1) + half.y], label: opts.labels.y, labelAnchor: 'top', labelArrow: 'none', ticks: narrow ? 4 : 8 },
    color: colorScale(residual),
    marks: [
      // the grid's cells: shaded until their value is in, then coloured
      rect(data.cells.filter((c) => shown(c) === null), SHADE),
      rect(data.cells.filter((c) => shown(c) !== null), (c) => (residual ? c.residual : c.chi) as number),
      Plot.dot(measuredDots, {
        x: 'sw2', y: 'sb2', r: Math.max(3, Math.min(9, inner / COLUMNS / 3)),
        fill: (c: PhaseCell) => Math.exp(c.slope as number), stroke: INK, strokeWidth: 0.8,
      }),
      // the lines: a halo in the page's colour under each, so they read on every cell in both schemes
      ...lines.flatMap((l) => {
        const main = l.xi === Infinity;
        const o = { x: 'sw2', y: 'sb2', curve: 'linear' as const };
        return [
          Plot.line(l.points, { ...o, stroke: 'var(--c-bg)', strokeWidth: main ? 5.5 : 3, strokeOpacity: main ? 1 : 0.7 }),
          Plot.line(l.points, { ...o, stroke: main ? INK : MUTED, strokeWidth: main ? 2.5 : 1.5, strokeDasharray: main ? undefined : '5,3' }),
        ];
      }),
      ...lines.map((l) => {
        const p = labelPoint(l);
        const main = l.xi === Infinity;
        // ordered-side labels to the left of their line, chaotic-side ones to the right (to the left where the
        // frame ends: no label leaves the chart); the critical line's above the frame
        const left = l.xi > 0 || p.sw2 > sw2At(COLUMNS - 1) - EDGE_ROOM * SW2_STEP;
        return Plot.text([p], {
          x: 'sw2', y: 'sb2', text: () => lineLabel(l, opts.labels), fill: INK, ...HALO,
          textAnchor: main ? 'middle' : left ? 'end' : 'start', dx: main ? 0 : left ? -5 : 5,
          dy: main ? -m(14) : 0, fontWeight: main ? 'bold' : 'normal',
        });
      }),
      // the keyboard cursor
      cursor ? rect([cursor], 'none', { stroke: ACCENT, strokeWidth: 3 }) : null,
      rect(data.cells, 'transparent', { className: PHASE_HIT_CLASS }),
    ],
  }) as SVGSVGElement & { scale(name: 'color'): { apply(v: number): string } };
  tagCells(svg, data.cells);
  drawLegend(svg, residual, residual ? opts.labels.residual : opts.labels.chi, { left: marginLeft, font, m, narrow });
  return makeAccessible(typesetMath(svg), opts.labels.aria);
}

/** data-col / data-row on the transparent hit cells, in the cells' order (Plot draws them in data order). */
function tagCells(svg: SVGSVGElement, cells: PhaseCell[]): void {
  const rects = svg.querySelectorAll(`g.${PHASE_HIT_CLASS} rect`);
  rects.forEach((r, i) => {
    const c = cells[i];
    if (!c) return;
    r.setAttribute('data-col', String(c.col));
    r.setAttribute('data-row', String(c.row));
  });
}

/** The colour bar in the top margin: a run of swatches of the view's scale, its ends and middle labelled. */
function drawLegend(svg: SVGSVGElement & { scale(name: 'color'): { apply(v: number): string } },
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
