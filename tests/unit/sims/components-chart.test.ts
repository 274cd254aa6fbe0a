import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { componentsChart, layerTicks, onAxis, powerOfTen } from '../../../src/charts/components';
import { componentsModel } from '../../../src/sims/components/model';
import { COMPONENTS_DEFAULTS, MAGNITUDE_FLOOR } from '../../../src/sims/components/defaults';

const labels = { weights: 'W', grads: 'G', x: 'layer', y: 'magnitude', aria: 'two panels' };

describe('components chart', () => {
  it('draws an accessible SVG with one whisker and one box per layer and panel', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const data = componentsModel({ ...COMPONENTS_DEFAULTS });
    const svg = componentsChart(data, { width: 900, labels, document: document as unknown as Document });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('two panels');
    expect(svg.querySelectorAll('g[aria-label]:not([aria-hidden="true"])').length).toBe(0);
    const layers = COMPONENTS_DEFAULTS.depth + 1;
    // two ruleX marks (whisker, box): each draws one line per layer per panel
    const rules = svg.querySelectorAll('g[aria-label="rule"] line');
    expect(rules.length).toBe(2 * 2 * layers);
  });

  it('narrow widths stack the panels and draw the same marks', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const data = componentsModel({ ...COMPONENTS_DEFAULTS, depth: 3 });
    const svg = componentsChart(data, { width: 340, labels, document: document as unknown as Document });
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('width')));
    expect(svg.querySelectorAll('g[aria-label="rule"] line').length).toBe(2 * 2 * 4);
  });

  it('an axis with more slots than layers keeps the boxes where they were and ticks no empty slot', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const doc = document as unknown as Document;
    const x1 = (depth: number) => {
      const data = componentsModel({ ...COMPONENTS_DEFAULTS, depth });
      const svg = componentsChart(data, { width: 900, labels, document: doc, axisLayers: 40 });
      const ticks = Array.from(svg.querySelectorAll('g[aria-label="x-axis tick label"] text')).map((t) => Number(t.textContent));
      // the whisker mark draws both panels, the first panel's layers first
      const both = Array.from(svg.querySelector('g[aria-label="rule"]')!.querySelectorAll('line'));
      const whiskers = both.slice(0, both.length / 2);
      return { ticks, xs: whiskers.map((l) => l.getAttribute('x1')), strokes: whiskers.map((l) => l.getAttribute('stroke')) };
    };
    const deep = x1(38);
    const shallower = x1(37);
    // the whiskers of the first panel: one per layer (hidden layers + output), at the same x and colour
    expect(deep.xs.length).toBe(shallower.xs.length + 1);
    expect(deep.xs.slice(0, shallower.xs.length)).toEqual(shallower.xs);
    expect(deep.strokes.slice(0, shallower.strokes.length)).toEqual(shallower.strokes);
    expect(Math.max(...deep.ticks)).toBe(39);
    expect(Math.max(...shallower.ticks)).toBe(38);
  });

  it('places 0, NaN and underflow at the axis floor', () => {
    expect(onAxis(0)).toBe(MAGNITUDE_FLOOR);
    expect(onAxis(Number.NaN)).toBe(MAGNITUDE_FLOOR);
    expect(onAxis(1e-3)).toBe(1e-3);
  });

  it('formats powers of ten and thins layer ticks keeping the first and last', () => {
    expect(powerOfTen(1e-8)).toBe('10⁻⁸');
    expect(powerOfTen(100)).toBe('10²');
    expect(layerTicks(5, 9)).toEqual([1, 2, 3, 4, 5]);
    const t = layerTicks(41, 9);
    expect(t[0]).toBe(1);
    expect(t[t.length - 1]).toBe(41);
    expect(t.length).toBeLessThanOrEqual(9);
    // 15 hidden layers + output on a phone: no tick one layer before the last (their labels would touch)
    expect(layerTicks(16, 9)).toEqual([1, 3, 5, 7, 9, 11, 13, 16]);
  });
});
