// The loss curve: mean mini-batch loss per history column against the training step, on a fixed axis, with
// the loss of a network that has learnt nothing (ln 2 for two balanced classes) as a dashed line. The step
// axis ends at a round number (stepAxisEnd), so while training updateLossChart only rewrites the line.
import * as Plot from '@observablehq/plot';
import { SVG_NS, finishSvg, trainMargin, trainStyle, markAxes, sameAxes, stepAxisEnd, type PlotSvg } from './train-common';
import { ACCENT, MUTED } from './tokens';

export interface LossData {
  /** Mean loss per column. */
  loss: Float32Array;
  /** Steps per column. */
  stride: number;
  /** Steps trained so far (sets the x extent). */
  step: number;
  chance: number;
  domain: readonly [number, number];
}
export interface LossChartOptions {
  width: number;
  document?: Document;
  labels: { x: string; y: string; chance: string; aria: string };
}

const HEIGHT = 200;
const LINE_ATTR = 'data-loss-line';
const px = (v: number) => Math.round(v * 10) / 10;

/** The line's path data: a point per column, broken where the loss is not finite. */
function lineData(svg: PlotSvg, data: LossData): string {
  const x = svg.scale('x'), y = svg.scale('y');
  let d = '';
  let pen = false;
  data.loss.forEach((v, c) => {
    if (!Number.isFinite(v)) { pen = false; return; }
    d += `${pen ? 'L' : 'M'}${px(x.apply((c + 1) * data.stride))},${px(y.apply(Math.min(v, data.domain[1])))}`;
    pen = true;
  });
  return d;
}

/** The loss chart as an SVG element. */
export function trainLossChart(data: LossData, opts: LossChartOptions): SVGSVGElement {
  const xEnd = stepAxisEnd(data.step);
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: HEIGHT,
    marginLeft: trainMargin(44, opts.width), marginBottom: trainMargin(30, opts.width),
    marginTop: trainMargin(20, opts.width), marginRight: trainMargin(20, opts.width),
    style: trainStyle(opts.width),
    x: { domain: [0, xEnd], label: opts.labels.x, labelAnchor: 'right', ticks: 5 },
    y: { domain: [...data.domain], label: opts.labels.y, grid: true, ticks: 5 },
    marks: [
      Plot.ruleY([data.chance], { stroke: MUTED, strokeDasharray: '4 3' }),
      Plot.text([opts.labels.chance], { x: xEnd, y: data.chance, dy: -trainMargin(7, opts.width), textAnchor: 'end', fill: MUTED }),
    ],
  }) as PlotSvg;
  const line = svg.ownerDocument.createElementNS(SVG_NS, 'path');
  for (const [k, v] of Object.entries({ fill: 'none', stroke: ACCENT, 'stroke-width': '1.8', 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'aria-hidden': 'true' })) line.setAttribute(k, v);
  line.setAttribute(LINE_ATTR, '');
  line.setAttribute('d', lineData(svg, data));
  svg.appendChild(line);
  markAxes(svg, opts.width, xEnd);
  return finishSvg(svg, opts.labels.aria);
}

/**
 * Rewrites, in place, the line and label of a chart trainLossChart drew at this width for the same step
 * axis. Returns false (changing nothing) otherwise; the caller then draws a new chart.
 */
export function updateLossChart(svg: Element, data: LossData, width: number, label: string): boolean {
  const line = svg.querySelector(`[${LINE_ATTR}]`);
  if (!line || !sameAxes(svg, width, stepAxisEnd(data.step))) return false;
  line.setAttribute('d', lineData(svg, data));
  svg.setAttribute('aria-label', label);
  return true;
}
