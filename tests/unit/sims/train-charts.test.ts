// The train island's chart helpers: the step axis's round ends, and in-place updates of the live charts.
import { describe, expect, it } from 'vitest';
import { stepAxisEnd } from '../../../src/charts/train-common';
import { trainLossChart, updateLossChart } from '../../../src/charts/train-loss';
import { trainBoundaryChart, updateBoundaryChart } from '../../../src/charts/train-boundary';
import { serverDocument } from '../../../src/charts/render-static';

describe('stepAxisEnd', () => {
  it('is the first of 500, 1000, 2000, 5000, 10 000, … holding the step', () => {
    const cases: [number, number][] = [[0, 500], [1, 500], [500, 500], [501, 1000], [1999, 2000], [2001, 5000], [7000, 10_000], [99_999, 100_000], [100_000, 100_000]];
    for (const [step, end] of cases) expect(stepAxisEnd(step)).toBe(end);
  });
  it('never falls below the step and moves in few jumps over a whole training', () => {
    const ends = new Set<number>();
    for (let s = 0; s <= 100_000; s += 37) { const e = stepAxisEnd(s); expect(e).toBeGreaterThanOrEqual(s); ends.add(e); }
    expect(ends.size).toBeLessThanOrEqual(9);
  });
  it('treats a non-finite step as none', () => expect(stepAxisEnd(Number.NaN)).toBe(500));
});

const lossData = (n: number, step: number) => ({
  loss: Float32Array.from({ length: n }, (_, i) => 0.7 - i * 0.001), stride: 1, step, chance: Math.LN2, domain: [0, 1] as const,
});
const lossLabels = { x: 'step', y: 'loss', chance: 'chance', aria: 'loss chart' };

describe('updateLossChart', () => {
  it('rewrites the line in place while the step axis holds, and refuses once it must grow', () => {
    const document = serverDocument();
    const svg = trainLossChart(lossData(100, 100), { width: 400, document, labels: lossLabels });
    const line = () => svg.querySelector('[data-loss-line]')?.getAttribute('d') ?? '';
    const before = line();
    expect(before.match(/[ML]/g)).toHaveLength(100);
    expect(updateLossChart(svg, lossData(300, 300), 400, 'later')).toBe(true);
    expect(line().match(/[ML]/g)).toHaveLength(300);
    expect(svg.getAttribute('aria-label')).toBe('later');
    expect(updateLossChart(svg, lossData(300, 600), 400, 'past the axis')).toBe(false); // axis 500 → 1000
    expect(updateLossChart(svg, lossData(300, 300), 360, 'narrower')).toBe(false);
    expect(svg.getAttribute('aria-label')).toBe('later');
  });

  it('breaks the line where the loss is not finite', () => {
    const data = lossData(10, 10);
    data.loss[4] = Number.NaN;
    const svg = trainLossChart(data, { width: 400, document: serverDocument(), labels: lossLabels });
    expect(svg.querySelector('[data-loss-line]')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
  });
});

describe('boundary chart', () => {
  const n = 10;
  const grid = Float32Array.from({ length: n * n }, (_, k) => (k % n) / (n - 1)); // P rises left to right
  const data = { points: [{ x: 0, y: 0, label: 1 }], grid, gridSize: n, plane: 1.1 };
  const labels = { x: 'x', y: 'y', aria: 'boundary' };

  it('static (no canvas): band paths of both classes and the 0.5 line, under the points', () => {
    const svg = trainBoundaryChart(data, { width: 300, raster: false, document: serverDocument(), labels });
    const layer = svg.querySelector('[data-boundary-layer]');
    expect(layer?.querySelectorAll('path[fill-opacity]').length).toBe(6);
    expect(layer?.querySelector('path[stroke]')?.getAttribute('d')).toMatch(/^M/);
    expect(layer?.nextElementSibling?.getAttribute('aria-label')).toBe('dot');
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('updates the layer in place, keeping the points', () => {
    const svg = trainBoundaryChart(data, { width: 300, raster: false, document: serverDocument(), labels });
    const dots = svg.querySelector('g[aria-label="dot"]');
    const flipped = { ...data, grid: grid.map((p) => 1 - p) };
    // No canvas in linkedom: the update falls back to band paths as well.
    expect(updateBoundaryChart(svg, flipped, 'flipped')).toBe(true);
    expect(svg.querySelectorAll('[data-boundary-layer]')).toHaveLength(1);
    expect(svg.querySelector('g[aria-label="dot"]')).toBe(dots);
    expect(svg.getAttribute('aria-label')).toBe('flipped');
  });
});
