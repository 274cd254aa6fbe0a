// Chart spec of the activation figure: g(z) and g'(z) in two panels (side by side, or stacked when narrow),
// near-zero-derivative regions shaded, the peak of g' marked and labelled. Pure: model in, SVG out; the same
// function draws the live chart (browser document) and the static build-time SVG (linkedom's document).
import * as Plot from '@observablehq/plot';
import type { ActivationsModel } from '../sims/activations/model';
import { DERIVATIVE_DOMAIN, Z_MAX, Z_MIN } from '../sims/activations/defaults';
import { ACCENT, INK, MUTED, SHADE, activationColor } from './tokens';
import { assemble, type Panel } from './panels';
import { chartFontSize, grow } from './type-scale';

export interface ActivationsChartOptions {
  width: number;
  /** The document to draw with (linkedom's at build time); the browser's by default. */
  document?: Document;
  /** Accessible name of the chart (language-specific, from the caption helpers). */
  label?: string;
}

/** Below this width the two panels stack vertically. */
export const STACK_BELOW = 560;
const PANEL_HEIGHT = 250;
const STACKED_PANEL_HEIGHT = 210;
const LINE_WIDTH = 2.5;
const PEAK_RADIUS = 4.5;
const LABEL_OFFSET = 14;
/** The text size the margins and offsets were tuned for (px); the chart's own grows with its width. */
const FONT_SIZE = 12;
const HALO = 4;
/** Labels of a peak near the right edge are right-aligned so they stay inside the frame. */
const RIGHT_EDGE = Z_MAX - 2;

/** The label of g''s peak: "max g′ = 0.25", or "sup g′ = 1" when only approached. */
export function peakLabel(m: ActivationsModel): string {
  return `${m.peak.attained ? 'max' : 'sup'} g′ = ${Number(m.peak.value.toPrecision(3))}`;
}

function panelOptions(doc: Document | undefined, width: number, height: number, font: number) {
  const m = (px: number) => grow(px, font, FONT_SIZE);
  return {
    ...(doc ? { document: doc } : {}),
    width, height,
    marginLeft: m(44), marginRight: m(16), marginTop: m(28), marginBottom: m(36),
    style: { fontSize: `${font}px`, background: 'transparent', overflow: 'visible' },
    x: { domain: [Z_MIN, Z_MAX], label: 'z', labelAnchor: 'right' as const, ticks: 7 },
  };
}

/** g(z) with the flat regions shaded. */
function valuePanel(m: ActivationsModel, doc: Document | undefined, width: number, height: number, font: number): SVGElement {
  const color = activationColor(m.name);
  return Plot.plot({
    ...panelOptions(doc, width, height, font),
    y: { label: 'g(z)', grid: true, nice: true },
    marks: [
      Plot.rect(m.flat, { x1: 'z1', x2: 'z2', fill: SHADE }),
      Plot.ruleY([0], { stroke: MUTED }),
      Plot.ruleX([0], { stroke: MUTED }),
      Plot.line(m.samples, { x: 'z', y: 'g', stroke: color, strokeWidth: LINE_WIDTH }),
    ],
  }) as SVGElement;
}

/** g'(z) on a fixed domain, flat regions shaded, the peak marked and labelled, a dashed line at g' = 1. */
function derivativePanel(m: ActivationsModel, doc: Document | undefined, width: number, height: number, font: number): SVGElement {
  const color = activationColor(m.name);
  const right = m.peak.z > RIGHT_EDGE;
  return Plot.plot({
    ...panelOptions(doc, width, height, font),
    y: { label: 'g′(z)', grid: true, domain: [...DERIVATIVE_DOMAIN] },
    marks: [
      Plot.rect(m.flat, { x1: 'z1', x2: 'z2', fill: SHADE }),
      Plot.ruleY([0], { stroke: MUTED }),
      Plot.ruleY([1], { stroke: MUTED, strokeDasharray: '4 3' }),
      Plot.line(m.samples, { x: 'z', y: 'dg', stroke: color, strokeWidth: LINE_WIDTH }),
      Plot.dot([m.peak], { x: 'z', y: 'value', r: PEAK_RADIUS, fill: ACCENT, stroke: 'var(--c-bg)' }),
      Plot.text([m.peak], {
        x: 'z', y: 'value', text: () => peakLabel(m), dy: -grow(LABEL_OFFSET, font, FONT_SIZE), fill: INK, fontWeight: 600,
        textAnchor: right ? 'end' : 'middle', stroke: 'var(--c-bg)', strokeWidth: HALO, paintOrder: 'stroke',
      }),
    ],
  }) as SVGElement;
}

/** The figure's chart: two panels assembled into one accessible SVG. */
export function activationsChart(m: ActivationsModel, opts: ActivationsChartOptions): SVGElement {
  const stacked = opts.width < STACK_BELOW;
  const w = stacked ? opts.width : opts.width / 2;
  const h = stacked ? STACKED_PANEL_HEIGHT : PANEL_HEIGHT;
  const font = chartFontSize(opts.width);
  const panels: Panel[] = [
    { svg: valuePanel(m, opts.document, w, h, font), x: 0, y: 0 },
    { svg: derivativePanel(m, opts.document, w, h, font), x: stacked ? 0 : w, y: stacked ? h : 0 },
  ];
  const label = opts.label ?? `g(z) and g′(z) for ${m.name}; ${peakLabel(m)}`;
  return assemble(panels, { width: opts.width, height: stacked ? 2 * h : h, label, document: opts.document });
}
