// Heat map of log10 ‖∂J/∂W^(l)‖ (Frobenius norm of the weights feeding layer l) over training: layer on y
// (1 = next to the input, L+1 = the output layer), step on x (to a round number, stepAxisEnd, so while
// training updateGradChart only repaints the map), a fixed colour domain (trap 5) in viridis.
// It is one <image> (a canvas with one pixel per history column and layer, through a 256-colour lookup
// table), so a redraw adds one element; it needs a canvas, so it is live only (with `raster: false` it shows
// its empty-state text). Plot's raster mark would pull d3-delaunay and d3-random into the page for this chart.
import * as Plot from '@observablehq/plot';
import {
  NARROW_WIDTH, SVG_NS, finishSvg, trainMargin, trainStyle, markAxes, sameAxes, scratchContext, stepAxisEnd, type PlotSvg,
} from './train-common';
import { MUTED } from './tokens';
import { powerOfTenLabel } from '../sims/format';

export interface GradData {
  /** log10 norms, row-major layers × columns (row 0 = layer 1). */
  grads: Float32Array;
  layers: number;
  columns: number;
  stride: number;
  step: number;
  domain: readonly [number, number];
}
export interface GradChartOptions {
  width: number;
  document?: Document;
  raster?: boolean;
  labels: { x: string; y: string; empty: string; aria: string };
}

const HEIGHT = 220;
const IMAGE_ATTR = 'data-grad-image';
/** Tick label of a log10 value: 10⁻⁶. */
export const powerOfTen = powerOfTenLabel;

/** The heat map's colour scale (shared by the map and its legend). */
function colorScale(domain: readonly [number, number]) {
  return { type: 'linear', domain: [...domain], scheme: 'viridis', clamp: true } as const;
}

/**
 * The colour legend, drawn once (not with every frame of the map): a ramp with ticks at powers of ten.
 * Needs a canvas, so it is live only.
 */
export function trainGradLegend(domain: readonly [number, number], opts: { width: number; label: string }): Element {
  const LEGEND_MAX_WIDTH = 360;
  const LEGEND_MARGIN = 16;
  const NARROW_TICKS = 4;
  const WIDE_TICKS = 6;
  const width = Math.min(opts.width, LEGEND_MAX_WIDTH);
  const legend = Plot.legend({
    color: { ...colorScale(domain), label: opts.label, tickFormat: powerOfTen, ticks: width < LEGEND_MAX_WIDTH ? NARROW_TICKS : WIDE_TICKS },
    width, marginLeft: LEGEND_MARGIN, marginRight: LEGEND_MARGIN,
    // Plot's ramp (50 px tall, 22 below it for the ticks and their labels) with the labels' room grown with their type
    height: 50 + trainMargin(16, width) - 16, marginBottom: 22 + trainMargin(16, width) - 16,
    style: { color: 'currentColor', background: 'transparent', fontSize: trainStyle(width).fontSize },
  }) as Element;
  legend.setAttribute('aria-hidden', 'true');
  return legend;
}

/** The heat map as an SVG element (its legend is trainGradLegend). */
export function trainGradChart(data: GradData, opts: GradChartOptions): SVGSVGElement {
  const { layers, columns } = data;
  // The image is painted on a canvas, which a server-side document lacks.
  const canvas = opts.raster ?? true;
  const xMax = stepAxisEnd(data.step);
  const marks: Plot.Markish[] = [];
  if (columns === 0 || !canvas) {
    marks.push(Plot.text([opts.labels.empty], { frameAnchor: 'middle', fill: MUTED }));
  }
  marks.push(Plot.frame({ strokeOpacity: 0.3 }));
  const fig = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: HEIGHT,
    marginLeft: trainMargin(44, opts.width), marginBottom: trainMargin(30, opts.width),
    marginTop: trainMargin(20, opts.width), marginRight: trainMargin(20, opts.width),
    style: trainStyle(opts.width),
    x: { domain: [0, xMax], label: opts.labels.x, labelAnchor: 'right', ticks: opts.width < NARROW_WIDTH ? 3 : 5 },
    y: { domain: [0.5, layers + 0.5], label: opts.labels.y, ticks: Math.min(layers, 5), tickFormat: 'd' },
    color: colorScale(data.domain),
    marks,
  }) as PlotSvg;
  if (columns > 0 && canvas) {
    const image = fig.ownerDocument.createElementNS(SVG_NS, 'image');
    image.setAttribute(IMAGE_ATTR, '');
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttribute('image-rendering', 'pixelated');
    placeImage(fig, image, data);
    // Under the frame (the last mark), like a mark drawn first.
    fig.insertBefore(image, fig.querySelector('[aria-label="frame"]'));
  }
  markAxes(fig, opts.width, xMax, String(layers));
  return finishSvg(fig, opts.labels.aria);
}

/**
 * Repaints, in place, the map and label of a live chart trainGradChart drew at this width for the same
 * layers and step axis. Returns false (changing nothing) otherwise; the caller then draws a new chart.
 */
export function updateGradChart(svg: Element, data: GradData, width: number, label: string): boolean {
  const image = svg.querySelector(`[${IMAGE_ATTR}]`);
  if (!image || data.columns <= 0 || !sameAxes(svg, width, stepAxisEnd(data.step), String(data.layers))) return false;
  placeImage(svg, image, data);
  svg.setAttribute('aria-label', label);
  return true;
}

/** Sizes the map's <image> to its columns on the chart's scales and paints it. */
function placeImage(svg: PlotSvg, image: Element, data: GradData): void {
  const x = svg.scale('x'), y = svg.scale('y');
  const [x0, x1, y0, y1] = [x.apply(0), x.apply(data.columns * data.stride), y.apply(data.layers + 0.5), y.apply(0.5)];
  image.setAttribute('x', String(x0));
  image.setAttribute('y', String(y0));
  image.setAttribute('width', String(Math.max(0, x1 - x0)));
  image.setAttribute('height', String(Math.max(0, y1 - y0)));
  image.setAttribute('href', heatImage(svg.ownerDocument, data));
}

/** Colour lookup tables (RGB of 256 steps across the domain), one per domain. */
const LUTS = new Map<string, Uint8ClampedArray>();
const LUT_STEPS = 256;
const RGBA = 4;

function lut(doc: Document, domain: readonly [number, number]): Uint8ClampedArray {
  const key = domain.join();
  const known = LUTS.get(key);
  if (known) return known;
  const scale = Plot.scale({ color: colorScale(domain) }) as unknown as { apply(v: number): string };
  const canvas = doc.createElement('canvas');
  canvas.width = LUT_STEPS;
  canvas.height = 1;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2-D canvas context');
  for (let i = 0; i < LUT_STEPS; i++) {
    ctx.fillStyle = scale.apply(domain[0] + ((domain[1] - domain[0]) * i) / (LUT_STEPS - 1));
    ctx.fillRect(i, 0, 1, 1);
  }
  const table = ctx.getImageData(0, 0, LUT_STEPS, 1).data;
  LUTS.set(key, table);
  return table;
}

/** The heat map as a PNG data URL: one pixel per column and layer, the last layer on the top row. */
function heatImage(doc: Document, data: GradData): string {
  const { grads, layers, columns, domain } = data;
  const table = lut(doc, domain);
  const ctx = scratchContext(doc, 'grads', columns, layers);
  if (!ctx) throw new Error('no 2-D canvas context');
  const img = ctx.createImageData(columns, layers);
  const span = domain[1] - domain[0];
  for (let row = 0; row < layers; row++) {
    const layer = layers - 1 - row; // image row 0 = the top = the last layer
    for (let c = 0; c < columns; c++) {
      const v = grads[layer * columns + c];
      if (!Number.isFinite(v)) continue; // transparent (alpha 0)
      const k = Math.round((Math.min(1, Math.max(0, (v - domain[0]) / span))) * (LUT_STEPS - 1)) * RGBA;
      const o = (row * columns + c) * RGBA;
      img.data[o] = table[k]; img.data[o + 1] = table[k + 1]; img.data[o + 2] = table[k + 2]; img.data[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  return ctx.canvas.toDataURL();
}
