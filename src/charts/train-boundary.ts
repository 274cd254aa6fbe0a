// The decision boundary on the data: P(class 1) on the model's grid as nested confidence bands (each band
// adds a translucent layer of the class colour, so confidence reads as depth of colour), the 0.5 isoline as
// a line, and the training points. Each band is one path and the isoline another (marching squares,
// train-grid.ts), so a redraw adds seven elements, not a contour mark. Pure SVG (no canvas), so the same
// function draws the build-time figure.
import * as Plot from '@observablehq/plot';
import { CLASS_COLORS, CLASS_SYMBOLS, TRAIN_STYLE, finishSvg } from './train-common';
import { band, isolineSegments, padGrid } from './train-grid';
import { INK } from './tokens';
import type { TrainPoint } from '../sims/train/model';

export interface BoundaryData {
  points: TrainPoint[];
  /** P(class 1), gridSize² values, row 0 at the top (y = +plane). */
  grid: Float32Array | null;
  gridSize: number;
  plane: number;
}
export interface BoundaryChartOptions {
  width: number;
  document?: Document;
  labels: { x: string; y: string; aria: string };
}

/** Confidence levels drawn for each class (P ≥ level for class 1, P ≤ 1 − level for class 0). */
const LEVELS = [0.5, 0.7, 0.9];
const BAND_OPACITY = 0.16;
const BOUNDARY_LEVEL = 0.5;
const DOT_R = 2.6;
/** The plot is square; this bounds its height on wide screens. */
const MAX_SIDE = 420;
const MARGIN = 36;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Pixel coordinates in the path data: two decimals are sub-pixel enough. */
const px = (v: number) => Math.round(v * 100) / 100;

interface Scale { apply(v: number): number }

/** The bands and the isoline of `grid`, in pixels, as SVG path elements in a <g>. */
function boundaryLayer(doc: Document, data: BoundaryData & { grid: Float32Array }, x: Scale, y: Scale): SVGGElement {
  const { gridSize, plane } = data;
  // The padded grid reaches the frame; its index i lies at column/row at(i) of the model's grid, whose
  // point (column c, row r) is the centre of cell c of row r (row 0 at y = +plane).
  const padded = padGrid(data.grid, gridSize);
  const { n, at } = padded;
  const cell = (2 * plane) / gridSize;
  const X = (c: number) => px(x.apply(-plane + (at(c) + 0.5) * cell));
  const Y = (r: number) => px(y.apply(plane - (at(r) + 0.5) * cell));
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('aria-hidden', 'true');
  const path = (d: string, attrs: Record<string, string>) => {
    if (!d) return;
    const el = doc.createElementNS(SVG_NS, 'path');
    el.setAttribute('d', d);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    g.appendChild(el);
  };
  const bandPath = (values: Float32Array, level: number) => {
    const { runs, polygons } = band(values, n, level);
    let d = '';
    for (let i = 0; i < runs.length; i += 3) {
      const [r, c, len] = [runs[i], runs[i + 1], runs[i + 2]];
      const x0 = X(c), y0 = Y(r);
      d += `M${x0},${y0}H${X(c + len)}V${Y(r + 1)}H${x0}Z`;
    }
    for (const poly of polygons) {
      d += `M${X(poly[0])},${Y(poly[1])}`;
      for (let i = 2; i < poly.length; i += 2) d += `L${X(poly[i])},${Y(poly[i + 1])}`;
      d += 'Z';
    }
    return d;
  };
  const flipped = padded.values.map((p) => 1 - p);
  const fill = { 'fill-opacity': String(BAND_OPACITY) };
  for (const level of LEVELS) {
    path(bandPath(flipped, level), { fill: CLASS_COLORS[0], ...fill });
    path(bandPath(padded.values, level), { fill: CLASS_COLORS[1], ...fill });
  }
  const seg = isolineSegments(padded.values, n, BOUNDARY_LEVEL);
  let d = '';
  for (let i = 0; i < seg.length; i += 4) d += `M${X(seg[i])},${Y(seg[i + 1])}L${X(seg[i + 2])},${Y(seg[i + 3])}`;
  path(d, { fill: 'none', stroke: INK, 'stroke-width': '1.5', 'stroke-linecap': 'round' });
  return g;
}

/** The boundary chart as an SVG element. */
export function trainBoundaryChart(data: BoundaryData, opts: BoundaryChartOptions): SVGSVGElement {
  const side = Math.min(opts.width, MAX_SIDE);
  const { plane } = data;
  const svg = Plot.plot({
    document: opts.document,
    width: side,
    height: side,
    marginLeft: MARGIN, marginBottom: MARGIN, marginTop: 8, marginRight: 8,
    style: TRAIN_STYLE,
    x: { domain: [-plane, plane], label: opts.labels.x, ticks: 5 },
    y: { domain: [-plane, plane], label: opts.labels.y, ticks: 5 },
    symbol: { type: 'identity' },
    marks: [
      Plot.frame({ stroke: INK, strokeOpacity: 0.3 }),
      Plot.dot(data.points, {
        x: 'x', y: 'y', r: DOT_R,
        fill: (d: TrainPoint) => CLASS_COLORS[d.label],
        symbol: (d: TrainPoint) => CLASS_SYMBOLS[d.label],
        stroke: 'var(--c-bg)', strokeWidth: 0.6,
      }),
    ],
  }) as SVGSVGElement & { scale(name: 'x' | 'y'): Scale };
  if (data.grid) {
    const layer = boundaryLayer(svg.ownerDocument, { ...data, grid: data.grid }, svg.scale('x'), svg.scale('y'));
    // Under the points: just before the dot mark (Plot labels each mark's <g> with its name).
    const dots = svg.querySelector('g[aria-label="dot"]');
    svg.insertBefore(layer, dots);
  }
  return finishSvg(svg, opts.labels.aria);
}
