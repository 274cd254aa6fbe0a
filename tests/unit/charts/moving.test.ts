// While a slider moves, the product and exploding charts draw their lines without per-layer markers
// (far fewer nodes to style and paint per frame) and keep everything that carries meaning: the lines, bands,
// pinned off-axis points and labels. MovingClock (kit) says when a control is being moved continuously.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serverDocument } from '../../../src/charts/render-static';
import { productChart } from '../../../src/charts/product';
import { explodingChart } from '../../../src/charts/exploding';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { yDomain } from '../../../src/sims/product/domain';
import { PRODUCT_I18N } from '../../../src/i18n/product';
import { computeExploding } from '../../../src/sims/exploding/model';
import { EXPLODING_CODEC } from '../../../src/sims/exploding/state';
import { MovingClock } from '../../../src/islands/kit/moving';

const markers = (svg: Element) => svg.querySelectorAll('marker').length;
const paths = (svg: Element) => svg.querySelectorAll('path').length;
const circles = (svg: Element) => svg.querySelectorAll('circle').length;
const text = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent).join('|');

describe('charts while a slider moves', () => {
  it('product: no markers, the same lines, pins and labels', () => {
    const data = productModel({ ...PRODUCT_CODEC.defaults(), depth: 100 });
    const opts = { width: 640, labels: { ...PRODUCT_I18N.en.chart, aria: 'chart' }, domain: yDomain(data), document: serverDocument() };
    const still = productChart(data, opts);
    const moving = productChart(data, { ...opts, moving: true });
    expect(markers(still)).toBeGreaterThan(0);
    expect(markers(moving)).toBe(0);
    expect(paths(moving)).toBe(paths(still) - [...still.querySelectorAll('marker path')].length);
    expect(circles(moving)).toBe(circles(still) - [...still.querySelectorAll('marker circle')].length);
    expect(text(moving)).toBe(text(still));
  });

  it('exploding: no markers, the pinned ∞/NaN points and the legend stay', () => {
    const data = computeExploding({ ...EXPLODING_CODEC.defaults(), depth: 100, activation: 'relu', sigmaW: 3 });
    const labels = { x: 'layer', y: 'norm', delta: 'delta', gradRaw: 'raw', gradClipped: 'clipped', overflow: 'overflow', nan: 'NaN', aria: 'chart' };
    const still = explodingChart(data, { width: 640, labels, document: serverDocument() });
    const moving = explodingChart(data, { width: 640, labels, moving: true, document: serverDocument() });
    expect(markers(still)).toBeGreaterThan(0);
    expect(markers(moving)).toBe(0);
    expect(circles(moving)).toBe(circles(still) - [...still.querySelectorAll('marker circle')].length);
    expect(circles(moving)).toBeGreaterThan(0); // the pinned points
    expect(text(moving)).toBe(text(still));
  });
});

describe('MovingClock', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('a single step is not a move; a second input within the window is; it settles after the window', () => {
    const seen: boolean[] = [];
    const m = new MovingClock((a) => seen.push(a), 150);
    m.poke(1000);
    vi.advanceTimersByTime(200);
    m.poke(1400);                 // 400 ms after the last: another single step
    expect(seen).toEqual([]);
    m.poke(1450);                 // 50 ms later: a drag
    expect(seen).toEqual([true]);
    vi.advanceTimersByTime(100);
    m.poke(1550);
    vi.advanceTimersByTime(149);
    expect(seen).toEqual([true]);
    vi.advanceTimersByTime(2);
    expect(seen).toEqual([true, false]);
    m.dispose();
  });
});
