// The decision boundary on the data: P(class 1) on the model's grid as nested confidence bands (each band
// adds a translucent layer of the class colour, so confidence reads as depth of colour), the 0.5 isoline as
// a line, and the training points. The bands are paths and the isoline one more (marching squares,
// train-grid.ts): pure SVG, so the same function draws the build-time figure. Live (`raster`, a canvas at
// hand) the confidence is instead a smooth shade: each class colour through a mask that is the grid as a
// 40 × 40 image, a constant cost however tangled the boundary (a noisy grid cuts nearly every square, and
// its band paths would run to hundreds of kilobytes while training).
import * as Plot from '@observablehq/plot';
import {
  CLASS_COLORS, CLASS_SYMBOLS, SVG_NS, finishSvg, trainMargin, trainStyle, scratchContext, type PlotSvg, type PositionScale as Scale,
} from './train-common';
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
  /** Shade the confidence with a canvas image (live; default) rather than band paths (no canvas: build time). */
  raster?: boolean;
}

/** Confidence levels drawn for each class (P ≥ level for class 1, P ≤ 1 − level for class 0). */
const LEVELS = [0.5, 0.7, 0.9];
const BAND_OPACITY = 0.16;
const BOUNDARY_LEVEL = 0.5;
const DOT_R = 2.6;
/** The plot is square; this bounds its height on wide screens. */
const MAX_SIDE = 420;
const MARGIN = 36;
/** Pixel coordinates in the path data: two decimals are sub-pixel enough. */
const px = (v: number) => Math.round(v * 100) / 100;

/** Marks the <g> of bands and isoline, so updateBoundaryChart can swap it. */
const LAYER_ATTR = 'data-boundary-layer';

/** The shading (bands, or masked class colours) and the isoline of `grid`, in pixels, in a <g>. */
function boundaryLayer(doc: Document, data: BoundaryData & { grid: Float32Array }, x: Scale, y: Scale, raster: boolean): SVGGElement {
  const { gridSize, plane } = data;
  // The padded grid reaches the frame; its index i lies at column/row at(i) of the model's grid, whose
  // point (column c, row r) is the centre of cell c of row r (row 0 at y = +plane).
  const padded = padGrid(data.grid, gridSize);
  const { n, at } = padded;
  // Both scales are linear: map grid units to pixels with two numbers each rather than a scale call per vertex.
  const [left, right, top, bottom] = [x.apply(-plane), x.apply(plane), y.apply(plane), y.apply(-plane)];
  const X = (c: number) => px(left + ((at(c) + 0.5) / gridSize) * (right - left));
  const Y = (r: number) => px(top + ((at(r) + 0.5) / gridSize) * (bottom - top));
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('aria-hidden', 'true');
  g.setAttribute(LAYER_ATTR, '');
  const path = (d: string, attrs: Record<string, string>) => {
    if (!d) return;
    const el = doc.createElementNS(SVG_NS, 'path');
    el.setAttribute('d', d);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    g.appendChild(el);
  };
  const bandPath = (values: Float32Array, level: number) => {
    const { runs, points, starts } = band(values, n, level);
    let d = '';
    for (let i = 0; i < runs.length; i += 3) {
      const [r, c, len] = [runs[i], runs[i + 1], runs[i + 2]];
      const x0 = X(c), y0 = Y(r);
      d += `M${x0},${y0}H${X(c + len)}V${Y(r + 1)}H${x0}Z`;
    }
    for (let k = 0; k < starts.length; k++) {
      const end = k + 1 < starts.length ? starts[k + 1] : points.length;
      d += `M${X(points[starts[k]])},${Y(points[starts[k] + 1])}`;
      for (let i = starts[k] + 2; i < end; i += 2) d += `L${X(points[i])},${Y(points[i + 1])}`;
      d += 'Z';
    }
    return d;
  };
  if (!(raster && shade(g, data.grid, gridSize, { x: left, y: top, width: right - left, height: bottom - top }))) {
    const flipped = padded.values.map((p) => 1 - p);
    const fill = { 'fill-opacity': String(BAND_OPACITY) };
    for (const level of LEVELS) {
      path(bandPath(flipped, level), { fill: CLASS_COLORS[0], ...fill });
      path(bandPath(padded.values, level), { fill: CLASS_COLORS[1], ...fill });
    }
  }
  const seg = isolineSegments(padded.values, n, BOUNDARY_LEVEL);
  let d = '';
  for (let i = 0; i < seg.length; i += 4) d += `M${X(seg[i])},${Y(seg[i + 1])}L${X(seg[i + 2])},${Y(seg[i + 3])}`;
  path(d, { fill: 'none', stroke: INK, 'stroke-width': '1.5', 'stroke-linecap': 'round' });
  return g;
}

/** Masks get ids unique on the page. */
let maskSeq = 0;
/** Shade of the most confident class: as deep as the three stacked bands at P ≥ 0.9 (1 − 0.84³ ≈ 0.4). */
const SHADE_OPACITY = 1 - (1 - BAND_OPACITY) ** LEVELS.length;
const FULL_CONFIDENCE = LEVELS[LEVELS.length - 1];
/**
 * The opacity the stacked bands give a point `margin` past the boundary on its class's side, made continuous:
 * one band's worth right at the boundary (so even a barely confident side shows its colour, as a band
 * does), all of them at FULL_CONFIDENCE; none on the other side.
 */
function shadeOpacity(margin: number): number {
  if (margin < 0) return 0;
  const bands = 1 + Math.min(1, margin / (FULL_CONFIDENCE - BOUNDARY_LEVEL)) * (LEVELS.length - 1);
  return 1 - (1 - BAND_OPACITY) ** bands;
}
const RGBA = 4;
const WHITE = 255;

/**
 * Appends to `g` each class colour over the plot area, through a luminance mask: the grid as an n × n image
 * (smoothly scaled) whose grey is the class's confidence (shadeOpacity).
 * Returns false when there is no canvas.
 */
function shade(g: SVGGElement, grid: Float32Array, n: number, box: { x: number; y: number; width: number; height: number }): boolean {
  const doc = g.ownerDocument;
  const ctx = scratchContext(doc, 'boundary', n, n);
  if (!ctx) return false;
  const defs = doc.createElementNS(SVG_NS, 'defs');
  g.appendChild(defs);
  const at = (el: Element, attrs: Record<string, string | number>) => { for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v)); return el; };
  maskSeq += 1;
  for (const cls of [0, 1] as const) {
    const img = ctx.createImageData(n, n);
    for (let k = 0; k < n * n; k++) {
      const p = grid[k];
      const margin = Number.isFinite(p) ? (cls === 1 ? p - BOUNDARY_LEVEL : BOUNDARY_LEVEL - p) : -1;
      const grey = Math.round((shadeOpacity(margin) / SHADE_OPACITY) * WHITE);
      img.data[k * RGBA] = img.data[k * RGBA + 1] = img.data[k * RGBA + 2] = grey;
      img.data[k * RGBA + 3] = WHITE;
    }
    ctx.putImageData(img, 0, 0);
    const id = `train-shade-${maskSeq}-${cls}`;
    const mask = at(doc.createElementNS(SVG_NS, 'mask'), { id, maskUnits: 'userSpaceOnUse', ...box });
    mask.appendChild(at(doc.createElementNS(SVG_NS, 'image'), { href: ctx.canvas.toDataURL(), preserveAspectRatio: 'none', ...box }));
    defs.appendChild(mask);
    g.appendChild(at(doc.createElementNS(SVG_NS, 'rect'), { ...box, fill: CLASS_COLORS[cls], 'fill-opacity': SHADE_OPACITY.toFixed(3), mask: `url(#${id})` }));
  }
  return true;
}

/** The boundary chart as an SVG element. */
export function trainBoundaryChart(data: BoundaryData, opts: BoundaryChartOptions): SVGSVGElement {
  const side = Math.min(opts.width, MAX_SIDE);
  const { plane } = data;
  const svg = Plot.plot({
    document: opts.document,
    width: side,
    height: side,
    marginLeft: trainMargin(MARGIN, side), marginBottom: trainMargin(MARGIN, side), marginTop: 8, marginRight: trainMargin(8, side),
    style: trainStyle(side),
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
  }) as PlotSvg;
  if (data.grid) {
    const layer = boundaryLayer(svg.ownerDocument, { ...data, grid: data.grid }, svg.scale('x'), svg.scale('y'), opts.raster ?? true);
    // Under the points: just before the dot mark (Plot labels each mark's <g> with its name).
    const dots = svg.querySelector('g[aria-label="dot"]');
    svg.insertBefore(layer, dots);
  }
  return finishSvg(svg, opts.labels.aria);
}

/**
 * Redraws, in place, the bands and isoline of a live chart that trainBoundaryChart drew with the same
 * points, plane and width (only the grid changed), and sets its label: the axes and points stay, so a
 * redraw while training restyles a handful of elements instead of the whole chart. Returns false (and
 * changes nothing) when `svg` is not such a chart; the caller then draws a new one.
 */
export function updateBoundaryChart(svg: Element, data: BoundaryData, label: string): boolean {
  const plot = svg as PlotSvg;
  if (typeof plot.scale !== 'function' || !data.grid) return false;
  const old = svg.querySelector(`[${LAYER_ATTR}]`);
  const layer = boundaryLayer(svg.ownerDocument, { ...data, grid: data.grid }, plot.scale('x'), plot.scale('y'), true);
  if (old) old.replaceWith(layer);
  else svg.insertBefore(layer, svg.querySelector('g[aria-label="dot"]'));
  svg.setAttribute('aria-label', label);
  return true;
}
