// The decision boundary on the data: P(class 1) on the model's grid as nested contour bands (each band adds
// a translucent layer of the class colour, so confidence reads as depth of colour), the 0.5 contour as a
// line, and the training points. Pure SVG (no canvas), so the same function draws the build-time figure.
import * as Plot from '@observablehq/plot';
import { CLASS_COLORS, CLASS_SYMBOLS, TRAIN_STYLE, finishSvg } from './train-common';
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
const DOT_R = 2.6;
/** The plot is square; this bounds its height on wide screens. */
const MAX_SIDE = 420;
const MARGIN = 36;

/** The boundary chart as an SVG element. */
export function trainBoundaryChart(data: BoundaryData, opts: BoundaryChartOptions): SVGSVGElement {
  const side = Math.min(opts.width, MAX_SIDE);
  const { grid, gridSize: n, plane } = data;
  // interpolate 'none': the values already form the dense grid (Plot would otherwise resample it per pixel).
  const extent = { width: n, height: n, x1: -plane, x2: plane, y1: plane, y2: -plane, interpolate: 'none' as const };
  const marks: Plot.Markish[] = [Plot.frame({ stroke: INK, strokeOpacity: 0.3 })];
  if (grid) {
    const values = Array.from(grid);
    const flipped = values.map((p) => 1 - p);
    marks.push(
      Plot.contour(flipped, { ...extent, thresholds: LEVELS, fill: CLASS_COLORS[0], fillOpacity: BAND_OPACITY, stroke: 'none' }),
      Plot.contour(values, { ...extent, thresholds: LEVELS, fill: CLASS_COLORS[1], fillOpacity: BAND_OPACITY, stroke: 'none' }),
      Plot.contour(values, { ...extent, thresholds: [0.5], stroke: INK, strokeWidth: 1.5, fill: 'none' }),
    );
  }
  marks.push(Plot.dot(data.points, {
    x: 'x', y: 'y', r: DOT_R,
    fill: (d: TrainPoint) => CLASS_COLORS[d.label],
    symbol: (d: TrainPoint) => CLASS_SYMBOLS[d.label],
    stroke: 'var(--c-bg)', strokeWidth: 0.6,
  }));
  const svg = Plot.plot({
    document: opts.document,
    width: side,
    height: side,
    marginLeft: MARGIN, marginBottom: MARGIN, marginTop: 8, marginRight: 8,
    style: TRAIN_STYLE,
    x: { domain: [-plane, plane], label: opts.labels.x, ticks: 5 },
    y: { domain: [-plane, plane], label: opts.labels.y, ticks: 5 },
    symbol: { type: 'identity' },
    marks,
  }) as SVGSVGElement;
  return finishSvg(svg, opts.labels.aria);
}
