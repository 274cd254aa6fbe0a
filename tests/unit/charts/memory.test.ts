// The memory island's charts: the loss curves (one line per cell, chance dashed, redrawn in place while the axes
// hold) and the heat map of log10 ‖∂J/∂h_t‖ (the decades one raster image, a pixel per time step and history row,
// placed over the steps it covers; float32's exact zeros a path of runs apart), on data made here by hand.
import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/render-static';
import { memoryLossChart, updateMemoryLoss, type MemoryLossData } from '../../../src/charts/memory-loss';
import {
  decadeColors, decadeOf, heatPixels, heatRuns, memoryHeatChart, memoryHeatLegend, updateMemoryHeat, type MemoryHeatData,
} from '../../../src/charts/memory-heat';
import { decodePng } from './png-decode';

const DOMAIN = [-45, 0] as const;
const lossData = (n: number): MemoryLossData => ({
  lines: [
    { cell: 'rnn', loss: Float32Array.from({ length: n }, () => 1.4), stride: 2 },
    { cell: 'gru', loss: Float32Array.from({ length: n }, (_, i) => 1.4 - i * 0.01), stride: 2 },
  ],
  maxSteps: 1000, chance: Math.log(4), domain: [0, 2],
});
const lossLabels = { x: 'training step', y: 'loss', chance: 'chance', cells: { rnn: 'RNN', gru: 'GRU' }, aria: 'loss chart' };

describe('memoryLossChart', () => {
  it('draws a line per cell with a point per column, named in its legend, as one labelled image', () => {
    const svg = memoryLossChart(lossData(50), { width: 640, document: serverDocument(), labels: lossLabels });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('loss chart');
    for (const cell of ['rnn', 'gru']) {
      const d = svg.querySelector(`[data-memory-line="${cell}"]`)?.getAttribute('d') ?? '';
      expect(d.match(/[ML]/g), cell).toHaveLength(50);
    }
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes('RNN'))).toBe(true);
    expect(texts.some((t) => t.includes('GRU'))).toBe(true);
    expect(texts).toContain('chance');
  });
  it('rewrites its lines in place at the same width, refuses at another', () => {
    const svg = memoryLossChart(lossData(10), { width: 640, document: serverDocument(), labels: lossLabels });
    expect(updateMemoryLoss(svg, lossData(40), 640, 'later')).toBe(true);
    expect(svg.querySelector('[data-memory-line="gru"]')?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(40);
    expect(svg.getAttribute('aria-label')).toBe('later');
    expect(updateMemoryLoss(svg, lossData(60), 360, 'narrower')).toBe(false);
    expect(updateMemoryLoss(svg, { ...lossData(60), maxSteps: 2000 }, 640, 'longer')).toBe(false);
    expect(svg.getAttribute('aria-label')).toBe('later');
  });
});

const heat = (T: number, columns: number, f: (t: number, c: number) => number): MemoryHeatData => {
  const a = new Float32Array(T * columns);
  for (let t = 1; t <= T; t++) for (let c = 0; c < columns; c++) a[(t - 1) * columns + c] = f(t, c);
  return { cell: 'rnn', seqLen: T, heat: a, columns, stride: 4, maxSteps: 1000, domain: DOMAIN };
};

describe('memory heat map', () => {
  it('one colour per decade of the domain, all different', () => {
    const c = decadeColors(DOMAIN);
    expect(c).toHaveLength(45);
    expect(new Set(c).size).toBe(45);
  });
  it('decades: floor of log10, clamped into the domain; float32 0 apart; NaN nowhere', () => {
    expect(decadeOf(-0.5, DOMAIN)).toBe(44);
    expect(decadeOf(3, DOMAIN)).toBe(44);
    expect(decadeOf(-44.9, DOMAIN)).toBe(0);
    expect(decadeOf(-60, DOMAIN)).toBe(0);
    expect(decadeOf(-Infinity, DOMAIN)).toBe(-1);
    expect(decadeOf(Number.NaN, DOMAIN)).toBeNull();
  });
  it('cuts each row into runs of one decade: a rectangle per run, at its steps and time steps', () => {
    // t = 1, 2 exact zeros, t = 3 … 5 in decade −3, t = 6 in decade −1; two rows
    const d = heat(6, 2, (t) => (t <= 2 ? -Infinity : t <= 5 ? -2.5 : -0.5));
    const runs = heatRuns(d, (t) => t * 10, (s) => s);
    expect([...runs.keys()].sort((a, b) => a - b)).toEqual([-1, 42, 44]);
    const rects = (k: number) => (runs.get(k) ?? '').match(/M[^M]+/g) ?? [];
    for (const k of [-1, 42, 44]) expect(rects(k), `decade ${k}`).toHaveLength(2);
    expect(rects(-1)[0]).toBe('M5,0h20v4h-20z'); // t = 0.5 … 2.5, steps 0 … 4
    expect(rects(42)[1]).toBe('M25,4h30v4h-30z'); // t = 2.5 … 5.5, steps 4 … 8
  });
  it('a pixel per time step and row: 0 for exact zeros and NaN, 1 + the decade otherwise', () => {
    const d = heat(3, 2, (t, c) => (t === 1 ? -Infinity : t === 2 && c === 1 ? Number.NaN : -0.5 - t));
    // row-major by history row: row 0 is t = 1, 2, 3 at column 0
    expect([...heatPixels(d)]).toEqual([0, 43, 42, 0, 0, 42]);
  });
  it('draws the decades as one image over exactly the steps and time steps the history covers, zeros as one path', () => {
    const d = heat(30, 8, (t, c) => (t < 3 && c > 4 ? -Infinity : -t - c));
    const svg = memoryHeatChart(d, { width: 320, document: serverDocument(), labels: { title: 'RNN', x: 'step t', y: 'training step', aria: 'heat' } });
    expect(svg.getAttribute('role')).toBe('img');
    const images = svg.querySelectorAll('[data-memory-heat] image');
    expect(images).toHaveLength(1);
    const png = decodePng(images[0].getAttribute('href') ?? '');
    expect([png.width, png.height]).toEqual([30, 8]);
    const colors = decadeColors(DOMAIN);
    // t = 4, column 2: log10 = −6, decade 39; t = 1, column 6: an exact zero, transparent (drawn by the zero path)
    expect(png.rgba(3, 2)).toEqual([...hexBytes(colors[39]), 255]);
    expect(png.rgba(0, 6)[3]).toBe(0);
    // the image spans x(0.5) … x(30.5) and y(0) … y(8 columns × stride 4 = 32 steps) of the chart's own scales
    const axes = (svg as unknown as { scale(n: string): { apply(v: number): number } });
    const box = ['x', 'y', 'width', 'height'].map((a) => Number(images[0].getAttribute(a)));
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.05);
    near(box[0], axes.scale('x').apply(0.5));
    near(box[0] + box[2], axes.scale('x').apply(30.5));
    near(box[1], axes.scale('y').apply(0));
    near(box[1] + box[3], axes.scale('y').apply(32));
    const zero = svg.querySelectorAll('[data-memory-heat] path[data-zero]');
    expect(zero).toHaveLength(1);
    expect(zero[0].getAttribute('d')?.match(/M/g)).toHaveLength(3); // columns 5, 6, 7 have t = 1, 2 at 0
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('RNN');
    const later = heat(30, 9, () => -Infinity);
    expect(updateMemoryHeat(svg, later, 320, 'again')).toBe(true);
    expect(decodePng(svg.querySelector('[data-memory-heat] image')?.getAttribute('href') ?? '').height).toBe(9);
    expect(svg.querySelectorAll('[data-memory-heat] path[data-zero]')).toHaveLength(1);
    expect(svg.getAttribute('aria-label')).toBe('again');
    expect(updateMemoryHeat(svg, later, 300, 'narrower')).toBe(false);
    expect(updateMemoryHeat(svg, heat(31, 9, () => -1), 320, 'longer T')).toBe(false);
    const legend = memoryHeatLegend(DOMAIN, { width: 360, document: serverDocument(), labels: { title: '‖∂J/∂h_t‖', zero: 'float32: 0' } });
    expect(legend.textContent).toContain('float32: 0');
    expect(legend.querySelectorAll('tspan').length).toBeGreaterThan(0); // h_t typeset with a subscript
  });
  it('an empty history draws the axes and no map', () => {
    const svg = memoryHeatChart(heat(10, 0, () => 0), { width: 320, document: serverDocument(), labels: { title: 'GRU', x: 'x', y: 'y', aria: 'a' } });
    expect(svg.querySelectorAll('[data-memory-heat] > *')).toHaveLength(0);
  });
});

const hexBytes = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
