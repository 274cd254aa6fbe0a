// The memory island's heat map for one cell: log10 ‖∂J/∂h_t‖ with x = the time step t (1 … T; the error enters at
// t = T on the right) and y = the training step (0 at the top, growing down to the run's last step), one colour per
// decade (viridis over GRAD_LOG10_DOMAIN: float32's smallest subnormal 10^−45 to 1, clamped), and a float32 gradient
// of exactly 0 in the recurrent chart's shade of "float32: 0". The decades are one raster <image>, a pixel per time
// step and history row (./png.ts, no canvas: the same at build time), scaled without smoothing; the exact zeros,
// whose shade follows the theme, are one <path> of runs on top. Two elements however long the run: a redraw while
// training (updateMemoryHeat) replaces them, and style, paint and hit testing stay cheap (a path per decade of
// hundreds of rectangles cost tens of milliseconds a redraw on a 4× slower main thread).
import * as Plot from '@observablehq/plot';
import type { CellName } from '../engine/recurrent/types';
import { HALO, INK, SHADE } from './tokens';
import { SVG_NS, finishSvg, trainMargin, trainStyle, type PlotSvg } from './train-common';
import { cellColor } from './memory-common';
import { typesetMath } from './math-label';
import { powerOfTenLabel } from '../sims/format';
import { indexedPng, rgbBytes } from './png';

export interface MemoryHeatData {
  cell: CellName;
  seqLen: number;
  /** log10 ‖∂J/∂h_t‖, row-major T × columns (row t − 1), a column per `stride` training steps. */
  heat: Float32Array;
  columns: number;
  stride: number;
  maxSteps: number;
  domain: readonly [number, number];
}
export interface MemoryHeatOptions {
  width: number;
  document?: Document;
  labels: { title: string; x: string; y: string; aria: string };
}

export const MEMORY_HEAT_HEIGHT = 230;
const GROUP_ATTR = 'data-memory-heat';
const NARROW = 300;

/** Viridis at the middle of each decade of the domain (index 0 = the lowest decade). */
export function decadeColors(domain: readonly [number, number]): string[] {
  const scale = Plot.scale({ color: { type: 'linear', domain: [...domain], scheme: 'viridis' } }) as unknown as { apply(v: number): string };
  return Array.from({ length: domain[1] - domain[0] }, (_, k) => String(scale.apply(domain[0] + k + 0.5)));
}
const COLORS = new Map<string, string[]>();
function colorsOf(domain: readonly [number, number]): string[] {
  const key = domain.join();
  let c = COLORS.get(key);
  if (!c) COLORS.set(key, (c = decadeColors(domain)));
  return c;
}

/** The decade index of a log10 value (clamped to the domain), or −1 for float32's exact 0 (−Infinity), NaN: null. */
export function decadeOf(v: number, domain: readonly [number, number]): number | null {
  if (v === -Infinity) return -1;
  if (!Number.isFinite(v)) return null;
  return Math.min(domain[1] - domain[0] - 1, Math.max(0, Math.floor(v) - domain[0]));
}

/** Path data per decade (key −1: exact zeros; only the decades `keep` accepts): each row's runs of one decade as rectangles. */
export function heatRuns(data: MemoryHeatData, x: (t: number) => number, y: (step: number) => number,
  keep: (k: number) => boolean = () => true): Map<number, string> {
  const { heat, columns, stride, seqLen: T, domain } = data;
  const out = new Map<number, string>();
  for (let c = 0; c < columns; c++) {
    // Whole pixels: neighbouring rows and runs share their edges exactly (crisp edges leave no hairline between them).
    const y0 = Math.round(y(c * stride)), h = Math.round(y((c + 1) * stride)) - y0;
    let t = 1;
    while (t <= T) {
      const k = decadeOf(heat[(t - 1) * columns + c], domain);
      let end = t;
      while (end < T && decadeOf(heat[end * columns + c], domain) === k) end++;
      if (k !== null && keep(k)) {
        const x0 = Math.round(x(t - 0.5)), w = Math.round(x(end + 0.5)) - x0;
        out.set(k, (out.get(k) ?? '') + `M${x0},${y0}h${w}v${h}h${-w}z`);
      }
      t = end + 1;
    }
  }
  return out;
}

/** The decades as palette indexes, a pixel per time step (x, t = 1 … T) and history row (y): 0 for float32's exact
 *  zeros and NaN (transparent), 1 + the decade otherwise. */
export function heatPixels(data: MemoryHeatData): Uint8Array {
  const { heat, columns, seqLen: T, domain } = data;
  const px = new Uint8Array(T * columns);
  for (let t = 0; t < T; t++) {
    for (let c = 0; c < columns; c++) {
      const k = decadeOf(heat[t * columns + c], domain);
      px[c * T + t] = k === null || k < 0 ? 0 : k + 1;
    }
  }
  return px;
}

const PALETTES = new Map<string, Uint8Array>();
/** The PNG palette of a domain: index 0 unused (transparent), then each decade's colour. */
function paletteOf(domain: readonly [number, number]): Uint8Array {
  const key = domain.join();
  let p = PALETTES.get(key);
  if (!p) PALETTES.set(key, (p = Uint8Array.from([0, 0, 0, ...colorsOf(domain).flatMap(rgbBytes)])));
  return p;
}

function fillGroup(svg: PlotSvg, group: Element, data: MemoryHeatData): void {
  const x = svg.scale('x'), y = svg.scale('y');
  const doc = svg.ownerDocument;
  group.replaceChildren();
  if (data.columns === 0) return;
  const image = doc.createElementNS(SVG_NS, 'image');
  const x0 = x.apply(0.5), y0 = y.apply(0);
  for (const [k, v] of Object.entries({
    x: x0, y: y0, width: x.apply(data.seqLen + 0.5) - x0, height: y.apply(data.columns * data.stride) - y0,
    preserveAspectRatio: 'none', style: 'image-rendering:pixelated',
    href: indexedPng(data.seqLen, data.columns, heatPixels(data), paletteOf(data.domain)),
  })) image.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);
  group.appendChild(image);
  const zeros = heatRuns(data, (t) => x.apply(t), (s) => y.apply(s), (k) => k < 0).get(-1);
  if (zeros) {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', zeros);
    path.setAttribute('fill', SHADE);
    path.setAttribute('data-zero', '');
    group.appendChild(path);
  }
}

/** One cell's heat map as an SVG element. */
export function memoryHeatChart(data: MemoryHeatData, opts: MemoryHeatOptions): SVGSVGElement {
  const m = (v: number) => trainMargin(v, opts.width);
  const T = data.seqLen;
  const narrow = opts.width < NARROW;
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: MEMORY_HEAT_HEIGHT,
    marginLeft: m(narrow ? 34 : 44), marginBottom: m(30), marginTop: m(38), marginRight: m(14),
    style: trainStyle(opts.width),
    x: { domain: [0.5, T + 0.5], label: opts.labels.x, labelAnchor: 'right', ticks: Math.min(T, narrow ? 2 : 4),
      tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    y: { domain: [0, data.maxSteps], reverse: true, label: opts.labels.y || null, labelAnchor: 'top', ticks: narrow ? 2 : 4 },
    marks: [
      Plot.frame({ stroke: INK, strokeOpacity: 0.3 }),
      Plot.text([opts.labels.title], { frameAnchor: 'top-left', dy: -m(9), fill: cellColor(data.cell), fontWeight: 'bold', ...HALO }),
    ],
  }) as PlotSvg;
  const group = svg.ownerDocument.createElementNS(SVG_NS, 'g');
  group.setAttribute(GROUP_ATTR, data.cell);
  group.setAttribute('aria-hidden', 'true');
  // Nothing here answers the pointer: hit testing skips the map (the browser hit-tests after every redraw).
  group.setAttribute('pointer-events', 'none');
  // Neighbouring zero runs meet on fractional pixels: crisp edges leave no hairline seams between them.
  group.setAttribute('shape-rendering', 'crispEdges');
  fillGroup(svg, group, data);
  svg.insertBefore(group, svg.querySelector('[aria-label="frame"]'));
  svg.setAttribute('data-axes', `${opts.width}|${T}|${data.maxSteps}`);
  return finishSvg(typesetMath(svg), opts.labels.aria);
}

/**
 * Redraws, in place, the map and label of a live chart memoryHeatChart drew at this width for the same cell, T and
 * run length. Returns false, changing nothing, otherwise: the caller then draws a new chart.
 */
export function updateMemoryHeat(svg: Element, data: MemoryHeatData, width: number, label: string): boolean {
  const group = svg.querySelector(`[${GROUP_ATTR}="${data.cell}"]`);
  if (!group || typeof (svg as PlotSvg).scale !== 'function' || svg.getAttribute('data-axes') !== `${width}|${data.seqLen}|${data.maxSteps}`) return false;
  fillGroup(svg as PlotSvg, group, data);
  svg.setAttribute('aria-label', label);
  return true;
}

export interface MemoryLegendOptions { width: number; document?: Document; labels: { title: string; zero: string } }

/** The heat maps' colour key: one swatch per decade with ticks at every 15th, and float32's 0 apart on its left. */
export function memoryHeatLegend(domain: readonly [number, number], opts: MemoryLegendOptions): SVGSVGElement {
  const m = (v: number) => trainMargin(v, opts.width);
  const TICK_EVERY = 15;
  const ZERO_SWATCH = 3;
  /** Decades of room between the zero swatch and the ramp, for the swatch's word. */
  const GAP = 12;
  const colors = colorsOf(domain);
  const lo = domain[0] - GAP - ZERO_SWATCH;
  const decades = colors.map((fill, k) => ({ x1: domain[0] + k, x2: domain[0] + k + 1, fill }));
  const ticks = [];
  for (let v = domain[0]; v <= domain[1]; v += TICK_EVERY) ticks.push(v);
  const svg = Plot.plot({
    document: opts.document,
    width: Math.min(opts.width, LEGEND_MAX_WIDTH),
    height: m(58),
    marginLeft: m(14), marginRight: m(16), marginTop: m(20), marginBottom: m(20),
    style: trainStyle(opts.width),
    x: { domain: [lo, domain[1]], ticks, tickFormat: (d: number) => powerOfTenLabel(d), label: null, tickSize: 4 },
    y: { axis: null, domain: [0, 1] },
    marks: [
      Plot.rectY([{ x1: lo, x2: lo + ZERO_SWATCH }], { x1: 'x1', x2: 'x2', y1: 0, y2: 1, fill: SHADE, stroke: INK, strokeOpacity: 0.3 }),
      Plot.text([opts.labels.zero], { x: lo, y: 1, dy: -m(8), textAnchor: 'start', fill: INK }),
      Plot.rectY(decades, { x1: 'x1', x2: 'x2', y1: 0, y2: 1, fill: 'fill' }),
      Plot.text([opts.labels.title], { x: domain[0], y: 1, dy: -m(8), textAnchor: 'start', fill: INK }),
    ],
  }) as PlotSvg;
  svg.setAttribute('aria-hidden', 'true');
  return typesetMath(svg);
}
const LEGEND_MAX_WIDTH = 420;
