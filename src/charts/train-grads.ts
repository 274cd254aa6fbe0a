// Heat map of log10 ‖∂J/∂W^(l)‖ (Frobenius norm of the weights feeding layer l) over training: layer on y
// (1 = next to the input, L+1 = the output layer), step on x, a fixed colour domain (trap 5) in viridis.
// Live it is a raster (one pixel per history column and layer); with `raster: false` (no canvas, e.g. at
// build time) it falls back to rect marks.
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, TRAIN_STYLE, finishSvg } from './train-common';
import { MUTED } from './tokens';

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
const MIN_STEPS = 500;
const superscript = (n: number) => String(n).replace(/-/g, '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
/** Tick label of a log10 value: 10⁻⁶. */
export const powerOfTen = (v: number) => `10${superscript(Math.round(v))}`;

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
    style: { color: 'currentColor', background: 'transparent' },
  }) as Element;
  legend.setAttribute('aria-hidden', 'true');
  return legend;
}

/** The heat map as an SVG element (its legend is trainGradLegend). */
export function trainGradChart(data: GradData, opts: GradChartOptions): SVGSVGElement {
  const { layers, columns, stride } = data;
  // Plot's raster paints on a canvas, which a server-side document lacks.
  const canvas = opts.raster ?? true;
  const xMax = Math.max(MIN_STEPS, data.step);
  const marks: Plot.Markish[] = [];
  if (columns > 0) {
    const values = Array.from(data.grads);
    if (canvas) {
      marks.push(Plot.raster(values, {
        width: columns, height: layers, x1: 0, x2: columns * stride, y1: 0.5, y2: layers + 0.5,
        imageRendering: 'pixelated', interpolate: 'none',
      }));
    } else {
      const cells = values.map((v, i) => ({ layer: Math.floor(i / columns) + 1, c: i % columns, v }));
      marks.push(Plot.rect(cells, {
        x1: (d: { c: number }) => d.c * stride, x2: (d: { c: number }) => (d.c + 1) * stride,
        y1: (d: { layer: number }) => d.layer - 0.5, y2: (d: { layer: number }) => d.layer + 0.5, fill: 'v',
      }));
    }
  } else {
    marks.push(Plot.text([opts.labels.empty], { frameAnchor: 'middle', fill: MUTED }));
  }
  marks.push(Plot.frame({ strokeOpacity: 0.3 }));
  const fig = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: HEIGHT,
    marginLeft: 44,
    style: TRAIN_STYLE,
    x: { domain: [0, xMax], label: opts.labels.x, labelAnchor: 'right', ticks: opts.width < NARROW_WIDTH ? 3 : 5 },
    y: { domain: [0.5, layers + 0.5], label: opts.labels.y, ticks: Math.min(layers, 5), tickFormat: 'd' },
    color: colorScale(data.domain),
    marks,
  }) as SVGSVGElement;
  return finishSvg(fig, opts.labels.aria);
}
