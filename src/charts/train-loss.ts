// The loss curve: mean mini-batch loss per history column against the training step, on a fixed axis, with
// the loss of a network that has learnt nothing (ln 2 for two balanced classes) as a dashed line.
import * as Plot from '@observablehq/plot';
import { TRAIN_STYLE, finishSvg } from './train-common';
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
/** The x axis spans at least this many steps, so the first seconds do not fill it. */
const MIN_STEPS = 500;

/** The loss chart as an SVG element. */
export function trainLossChart(data: LossData, opts: LossChartOptions): SVGSVGElement {
  const pts = Array.from(data.loss, (y, c) => ({ step: (c + 1) * data.stride, loss: Math.min(y, data.domain[1]) }));
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: HEIGHT,
    marginLeft: 44,
    style: TRAIN_STYLE,
    x: { domain: [0, Math.max(MIN_STEPS, data.step)], label: opts.labels.x, labelAnchor: 'right', ticks: 5 },
    y: { domain: [...data.domain], label: opts.labels.y, grid: true, ticks: 5 },
    marks: [
      Plot.ruleY([data.chance], { stroke: MUTED, strokeDasharray: '4 3' }),
      Plot.text([opts.labels.chance], { x: Math.max(MIN_STEPS, data.step), y: data.chance, dy: -7, textAnchor: 'end', fill: MUTED }),
      Plot.lineY(pts, { x: 'step', y: 'loss', stroke: ACCENT, strokeWidth: 1.8 }),
    ],
  }) as SVGSVGElement;
  return finishSvg(svg, opts.labels.aria);
}
