// The lecture's figure, live: per layer, the distribution of |W| (left / top) and of |dJ/dW| (right / bottom)
// as quantile marks on one fixed log axis: whisker p1–p99, box q1–q3, tick at the median.
// Pure: model data in, SVG out (the same function draws the live chart and the build-time SVG).
import * as Plot from '@observablehq/plot';
import type { ComponentsData } from '../sims/components/model';
import type { LayerQuantiles } from '../sims/components/summary';
import { MAGNITUDE_CEIL, MAGNITUDE_FLOOR } from '../sims/components/defaults';
import { INK, MUTED, layerColor } from './tokens';
import { makeAccessible } from './a11y';
import { asOnePath, type XRamp } from './one-path';
import { powerOfTenLabel } from '../sims/format';
import { chartFontSize, grow } from './type-scale';

export interface ComponentsChartLabels {
  weights: string;
  grads: string;
  x: string;
  y: string;
  /** aria-label of the whole SVG (a sentence with the key number). */
  aria: string;
}

export interface ComponentsChartOptions {
  width: number;
  labels: ComponentsChartLabels;
  /** Plot's tip on hover (default on). Its pointer listeners belong to the SVG drawn, so a live chart merged in
   *  place (kit/morph.ts) is drawn without it, and with it only while a pointer is over the chart. */
  tip?: boolean;
  /** Layer slots on the x axis (sims/components/axis.ts), at least the depth; the depth when absent. A live chart
   *  keeps its slots while the depth slider moves, so each box stays where it was and keeps its colour.
   *  Absent: the layers themselves (what the island shows first, sims/components/axis.ts). */
  axisLayers?: number;
  document?: Document;
}

/** Below this width the two panels are stacked instead of side by side. */
export const STACK_BELOW_WIDTH = 640;
const PANEL_HEIGHT = 320;
/** Room above each panel for its title. */
const TITLE_SPACE = 30;
/** Box opacity: lets the median tick stand out on dark and light boxes alike. */
const BOX_OPACITY = 0.6;
const STACKED_PANEL_HEIGHT = 240;
const DECADE_STEP = 4;
const MAX_X_TICKS_WIDE = 21;
const MAX_X_TICKS_NARROW = 9;
/** Room per x tick, in units of the chart's font size: a two-digit layer number and a clear gap either side. */
const TICK_ROOM_EM = 2.8;
/** The text size the margins were tuned for (px); the chart's own grows with its width (type-scale.ts). */
const TUNED_FONT = 12;

type Panel = 'weights' | 'grads';
interface Row { panel: string; layer: number; p01: number; q1: number; median: number; q3: number; p99: number; below: boolean }

/** "10⁻⁸" for 1e-8 (log-axis tick labels). */
export function powerOfTen(x: number): string {
  return powerOfTenLabel(Math.log10(x));
}

/** A value placed on the fixed log axis: NaN and values under the floor sit at the floor. */
export function onAxis(v: number): number {
  if (!(v > MAGNITUDE_FLOOR)) return MAGNITUDE_FLOOR;
  return Math.min(v, MAGNITUDE_CEIL);
}

/** Chart rows from the model's per-layer quantiles (one row per layer and panel). */
export function chartRows(data: ComponentsData, labels: Pick<ComponentsChartLabels, 'weights' | 'grads'>): Row[] {
  const rows = (panel: Panel, qs: LayerQuantiles[]): Row[] => qs.map((q) => ({
    panel: labels[panel],
    layer: q.layer,
    p01: onAxis(q.p01), q1: onAxis(q.q1), median: onAxis(q.median), q3: onAxis(q.q3), p99: onAxis(q.p99),
    below: q.zeros > 0 || q.nonFinite > 0 || !(q.p01 > MAGNITUDE_FLOOR),
  }));
  return [...rows('weights', data.weights), ...rows('grads', data.grads)];
}

/** Tick values for the layer axis: every layer when few, else evenly thinned (spaced for an axis of `slots`
 *  layers), always the first and the last layer; none past the last layer. */
export function layerTicks(layers: number, maxTicks: number, slots: number = layers): number[] {
  if (slots <= maxTicks) return Array.from({ length: layers }, (_, i) => i + 1);
  const step = Math.ceil((slots - 1) / (maxTicks - 1));
  const ticks: number[] = [];
  for (let l = 1; l < layers; l += step) ticks.push(l);
  // the last two ticks at least half a step apart, or their labels run together ("1516" at 360 px)
  if (layers - ticks[ticks.length - 1] <= step / 2) ticks.pop();
  ticks.push(layers);
  return ticks;
}

/** The two-panel figure as one SVG (panels side by side when wide, stacked when narrow). */
export function componentsChart(data: ComponentsData, opts: ComponentsChartOptions): SVGSVGElement {
  const { width, labels } = opts;
  const rows = chartRows(data, labels);
  const layers = data.grads.length;
  const slots = Math.max(layers, opts.axisLayers ?? layers);
  const stacked = width < STACK_BELOW_WIDTH;
  const panelWidth = stacked ? width : width / 2;
  const band = Math.max(2, (panelWidth - 70) / slots);
  const boxWidth = Math.max(2, Math.min(18, band * 0.6));
  const color = (d: Row) => layerColor(d.layer, slots);
  const ramp: XRamp = { key: `l${slots}`, stops: (x) => Array.from({ length: slots }, (_, i) => ({ x: x(i + 1), color: layerColor(i + 1, slots) })) };
  const decades: number[] = [];
  for (let e = Math.round(Math.log10(MAGNITUDE_CEIL)); e >= Math.log10(MAGNITUDE_FLOOR); e -= DECADE_STEP) decades.push(10 ** e);
  const facet = stacked ? { fy: 'panel' as const } : { fx: 'panel' as const };
  const font = chartFontSize(width);
  const m = (px: number) => grow(px, font, TUNED_FONT);
  const titleSpace = m(TITLE_SPACE);
  const svg = Plot.plot({
    document: opts.document,
    width,
    height: stacked ? 2 * STACKED_PANEL_HEIGHT : PANEL_HEIGHT,
    marginLeft: m(66),
    marginRight: m(stacked ? 24 : 12),
    marginTop: titleSpace,
    marginBottom: m(40),
    style: { color: 'currentColor', background: 'transparent', fontSize: `${font}px` },
    x: {
      type: 'band', domain: Array.from({ length: slots }, (_, i) => i + 1),
      // as many ticks as the panel has room for: side by side at 1280 px, ticks on every other layer ran together
      ticks: layerTicks(layers, Math.min(stacked ? MAX_X_TICKS_NARROW : MAX_X_TICKS_WIDE,
        Math.max(3, Math.floor((panelWidth - m(66)) / (TICK_ROOM_EM * font)))), slots), label: labels.x,
      labelAnchor: 'center', labelArrow: 'none', padding: 0.2,
    },
    y: {
      type: 'log', domain: [MAGNITUDE_FLOOR, MAGNITUDE_CEIL], ticks: decades, tickFormat: powerOfTen,
      label: labels.y, labelAnchor: 'center', grid: true, labelArrow: 'none',
    },
    fx: stacked ? undefined : { domain: [labels.weights, labels.grads], axis: null, padding: 0.12 },
    fy: stacked ? { domain: [labels.weights, labels.grads], axis: null, padding: 0.16 } : undefined,
    marks: [
      Plot.frame({ stroke: MUTED, strokeOpacity: 0.4 }),
      // each mark one path per panel (charts/one-path.ts), coloured by the layers' ramp
      Plot.ruleX(rows, { ...facet, x: 'layer', y1: 'p01', y2: 'p99', stroke: color, strokeWidth: 1.5, render: asOnePath('whisker', ramp) }),
      Plot.ruleX(rows, { ...facet, x: 'layer', y1: 'q1', y2: 'q3', stroke: color, strokeWidth: boxWidth, strokeOpacity: BOX_OPACITY, render: asOnePath('box', ramp) }),
      Plot.tickY(rows, { ...facet, x: 'layer', y: 'median', stroke: INK, strokeWidth: 2.5, render: asOnePath('median') }),
      Plot.text([labels.weights, labels.grads], {
        [stacked ? 'fy' : 'fx']: (d: string) => d, text: (d: string) => d,
        frameAnchor: 'top-left', dy: -titleSpace / 2 - 2, fill: INK, fontWeight: 600, fontSize: font + 1,
      }),
      Plot.text(rows.filter((r) => r.below), {
        ...facet, x: 'layer', y: () => MAGNITUDE_FLOOR, text: () => '▼', fill: INK, dy: -m(6), fontSize: m(9),
      }),
      opts.tip === false ? null : Plot.tip(rows, Plot.pointerX({
        ...facet, x: 'layer', y: 'median',
        title: (d: Row) => `${d.panel}\n${labels.x}: ${d.layer}\nmedian ${d.median.toExponential(2)}\nq1–q3 ${d.q1.toExponential(1)} – ${d.q3.toExponential(1)}`,
      })),
    ],
  }) as SVGSVGElement;
  return makeAccessible(svg, labels.aria);
}
