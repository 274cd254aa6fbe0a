import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { componentsChart, layerTicks, onAxis, powerOfTen } from '../../../src/charts/components';
import { componentsModel } from '../../../src/sims/components/model';
import { COMPONENTS_DEFAULTS, MAGNITUDE_FLOOR } from '../../../src/sims/components/defaults';

const labels = { weights: 'W', grads: 'G', x: 'layer', y: 'magnitude', aria: 'two panels' };

/** A mark drawn as one path per panel (charts/one-path.ts): each panel's segments as [x1, y1, x2, y2]. */
function segments(svg: Element, mark: 'rule' | 'tick'): number[][][] {
  return Array.from(svg.querySelectorAll(`g[aria-label="${mark}"] path`)).map((p) =>
    Array.from((p.getAttribute('d') ?? '').matchAll(/M([-\d.e]+),([-\d.e]+)L([-\d.e]+),([-\d.e]+)/g), (m) => m.slice(1).map(Number)));
}

describe('components chart', () => {
  it('draws an accessible SVG with one whisker and one box per layer and panel', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const data = componentsModel({ ...COMPONENTS_DEFAULTS });
    const svg = componentsChart(data, { width: 900, labels, document: document as unknown as Document });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('two panels');
    expect(svg.querySelectorAll('g[aria-label]:not([aria-hidden="true"])').length).toBe(0);
    const layers = COMPONENTS_DEFAULTS.depth + 1;
    // two ruleX marks (whisker, box) and the median ticks: one path per panel, one segment per layer, no lines
    const rules = segments(svg, 'rule');
    expect(rules.map((p) => p.length)).toEqual([layers, layers, layers, layers]);
    for (const p of rules) for (const [x1, , x2] of p) expect(x1).toBe(x2); // vertical
    expect(segments(svg, 'tick').map((p) => p.length)).toEqual([layers, layers]);
    expect(svg.querySelectorAll('g[aria-label="rule"] line, g[aria-label="tick"] line').length).toBe(0);
    // the whiskers and boxes are coloured by the layers' ramp: a gradient per panel, a stop per layer
    const strokes = Array.from(svg.querySelectorAll('g[aria-label="rule"] path'), (p) => p.getAttribute('stroke'));
    const ids = Array.from(svg.querySelectorAll('[id]'), (e) => e.getAttribute('id'));
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    for (const st of strokes) {
      const id = /^url\(#(.+)\)$/.exec(st ?? '')?.[1];
      expect(id, String(st)).toBeDefined();
      const grad = svg.querySelector(`linearGradient[id="${id}"]`);
      expect(grad?.querySelectorAll('stop').length).toBe(layers);
    }
    // the median ticks share the text colour: a plain stroke
    for (const p of svg.querySelectorAll('g[aria-label="tick"] path')) expect(p.getAttribute('stroke') ?? '').not.toMatch(/url/);
  });

  it('narrow widths stack the panels and draw the same marks', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const data = componentsModel({ ...COMPONENTS_DEFAULTS, depth: 3 });
    const svg = componentsChart(data, { width: 340, labels, document: document as unknown as Document });
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('width')));
    expect(segments(svg, 'rule').map((p) => p.length)).toEqual([4, 4, 4, 4]);
  });

  it('an axis with more slots than layers keeps the boxes where they were and ticks no empty slot', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const doc = document as unknown as Document;
    const x1 = (depth: number) => {
      const data = componentsModel({ ...COMPONENTS_DEFAULTS, depth });
      const svg = componentsChart(data, { width: 900, labels, document: doc, axisLayers: 40 });
      const ticks = Array.from(svg.querySelectorAll('g[aria-label="x-axis tick label"] text')).map((t) => Number(t.textContent));
      // the whisker mark's path in the first panel: a segment per layer; its ramp: a stop per slot of the axis
      const whiskers = segments(svg, 'rule')[0];
      const grad = svg.querySelector('linearGradient')!;
      const stops = Array.from(grad.querySelectorAll('stop'), (st) => `${st.getAttribute('offset')} ${st.getAttribute('style')}`);
      return { ticks, xs: whiskers.map(([x]) => x), strokes: stops, id: grad.getAttribute('id') };
    };
    const deep = x1(38);
    const shallower = x1(37);
    // the whiskers of the first panel: one per layer (hidden layers + output), at the same x and colour
    expect(deep.xs.length).toBe(shallower.xs.length + 1);
    expect(deep.xs.slice(0, shallower.xs.length)).toEqual(shallower.xs);
    // the same ramp over the held axis (40 slots), under the same id: a depth step changes nothing in it
    expect(deep.strokes.length).toBe(40);
    expect(deep.strokes).toEqual(shallower.strokes);
    expect(deep.id).toBe(shallower.id);
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

describe('components chart x ticks', () => {
  it('side by side at 1280 px (a 944 px figure), depth 40: the layer numbers stay clear of each other', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const data = componentsModel({ ...COMPONENTS_DEFAULTS, depth: 40 });
    for (const width of [944, 700, 360]) {
      const svg = componentsChart(data, { width, labels, document: document as unknown as Document });
      const font = parseFloat(svg.getAttribute('font-size') ?? svg.getAttribute('style')?.match(/font-size:\s*([\d.]+)px/)?.[1] ?? '10');
      const axis = svg.querySelector('[aria-label="x-axis tick label"]')!;
      const xs = [...axis.querySelectorAll('text')].map((t) => Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]))
        .filter(Number.isFinite).sort((a, b) => a - b);
      expect(xs.length, `${width}`).toBeGreaterThan(3);
      const gaps = xs.slice(1).map((x, i) => x - xs[i]).filter((g) => g > 0);
      // two digits take about 1.2 em: at least a font size of clear space between neighbours
      expect(Math.min(...gaps), `${width} px`).toBeGreaterThanOrEqual(2.2 * font);
    }
  });
});
