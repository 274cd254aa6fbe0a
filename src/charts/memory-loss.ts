// The memory island's loss curves: the RNN's and the GRU's mean batch loss per history column against the training
// step, on fixed axes (0 … the run's last step; 0 … LOSS_DOMAIN's top, larger values drawn at the top), with the
// loss of a guess (ln 4) dashed. Lines are plain <path>s on Plot's scales, so while training updateMemoryLoss
// rewrites only them. The same function draws the live chart and the build-time SVG.
import * as Plot from '@observablehq/plot';
import type { CellName } from '../engine/recurrent/types';
import { HALO, MUTED } from './tokens';
import { SVG_NS, finishSvg, trainMargin, trainStyle, type PlotSvg } from './train-common';
import { CELL_DASH, cellColor } from './memory-common';
import { typesetMath } from './math-label';

export interface MemoryLossLine { cell: CellName; loss: Float32Array; stride: number }
export interface MemoryLossData {
  lines: MemoryLossLine[];
  /** The x axis: 0 … maxSteps. */
  maxSteps: number;
  chance: number;
  domain: readonly [number, number];
}
export interface MemoryLossOptions {
  width: number;
  document?: Document;
  labels: { x: string; y: string; chance: string; cells: Partial<Record<CellName, string>>; aria: string };
}

export const MEMORY_LOSS_HEIGHT = 210;
const LINE_ATTR = 'data-memory-line';
const LEGEND_DY = 15;
const px = (v: number) => Math.round(v * 10) / 10;

function lineData(svg: PlotSvg, line: MemoryLossLine, top: number): string {
  const x = svg.scale('x'), y = svg.scale('y');
  let d = '';
  let pen = false;
  line.loss.forEach((v, c) => {
    if (!Number.isFinite(v)) { pen = false; return; }
    d += `${pen ? 'L' : 'M'}${px(x.apply((c + 1) * line.stride))},${px(y.apply(Math.min(v, top)))}`;
    pen = true;
  });
  return d;
}

/** The loss chart as an SVG element. */
export function memoryLossChart(data: MemoryLossData, opts: MemoryLossOptions): SVGSVGElement {
  const m = (v: number) => trainMargin(v, opts.width);
  const legendDy = m(LEGEND_DY);
  const marginTop = m(12) + data.lines.length * legendDy;
  const svg = Plot.plot({
    document: opts.document,
    width: opts.width,
    height: MEMORY_LOSS_HEIGHT + data.lines.length * legendDy,
    marginLeft: m(44), marginBottom: m(30), marginTop, marginRight: m(20),
    style: trainStyle(opts.width),
    x: { domain: [0, data.maxSteps], label: opts.labels.x, labelAnchor: 'right', ticks: 5 },
    y: { domain: [...data.domain], label: opts.labels.y, grid: true, ticks: 4 },
    marks: [
      Plot.ruleY([data.chance], { stroke: MUTED, strokeDasharray: '4 3' }),
      Plot.text([opts.labels.chance], { x: data.maxSteps, y: data.chance, dy: -m(7), textAnchor: 'end', fill: MUTED, ...HALO }),
      ...data.lines.map((l, i) => Plot.text([opts.labels.cells[l.cell] ?? l.cell], {
        frameAnchor: 'top-right', textAnchor: 'end', dy: -marginTop + m(10) + i * legendDy, dx: -2, fill: cellColor(l.cell),
        text: (d: string) => `${l.cell === 'rnn' ? '——' : '- -'} ${d}`,
      })),
    ],
  }) as PlotSvg;
  for (const l of data.lines) {
    const path = svg.ownerDocument.createElementNS(SVG_NS, 'path');
    for (const [k, v] of Object.entries({
      fill: 'none', stroke: cellColor(l.cell), 'stroke-width': '2', 'stroke-dasharray': CELL_DASH[l.cell] ?? 'none',
      'stroke-linejoin': 'round', 'aria-hidden': 'true', [LINE_ATTR]: l.cell,
    })) path.setAttribute(k, v);
    path.setAttribute('d', lineData(svg, l, data.domain[1]));
    svg.appendChild(path);
  }
  svg.setAttribute('data-axes', `${opts.width}|${data.maxSteps}`);
  return finishSvg(typesetMath(svg), opts.labels.aria);
}

/**
 * Rewrites, in place, the lines and label of a live chart memoryLossChart drew at this width for the same cells
 * and run length (its axes are fixed). Returns false, changing nothing, otherwise: the caller then draws a new chart.
 */
export function updateMemoryLoss(svg: Element, data: MemoryLossData, width: number, label: string): boolean {
  if (typeof (svg as PlotSvg).scale !== 'function' || svg.getAttribute('data-axes') !== `${width}|${data.maxSteps}`) return false;
  const paths = data.lines.map((l) => svg.querySelector(`[${LINE_ATTR}="${l.cell}"]`));
  if (paths.some((p) => !p)) return false;
  data.lines.forEach((l, i) => paths[i]?.setAttribute('d', lineData(svg as PlotSvg, l, data.domain[1])));
  svg.setAttribute('aria-label', label);
  return true;
}
