// Issue 18, bug 5: the product chart's pin labels ("‖Δ‖: 0 (layers 1–11)") never sit on the pin markers (the
// triangles, diamonds and crosses at the chart's edges), nor on each other, nor run off the chart. Geometry read
// back from the drawn SVG: each label's box from its position, anchor and an upper-bound width, each marker's box
// from its path.
import { describe, expect, it } from 'vitest';
import { productChart } from '../../../src/charts/product';
import { PIN_CHAR_EM, PIN_REACH, placePinLabels } from '../../../src/charts/product-pin-layout';
import { serverDocument } from '../../../src/charts/render-static';
import { PRODUCT_CODEC, type ProductState } from '../../../src/sims/product/state';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_I18N } from '../../../src/i18n/product';
import { yDomain } from '../../../src/sims/product/domain';

interface Box { x0: number; x1: number; y0: number; y1: number; what: string }
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const translate = (el: Element | null): [number, number] => {
  const m = el?.getAttribute('transform')?.match(/translate\(([-\d.e]+),\s*([-\d.e]+)\)/);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

function draw(s: ProductState, width: number) {
  const data = productModel(s);
  return productChart(data, { width, labels: { ...PRODUCT_I18N.en.chart, aria: 'chart' }, domain: yDomain(data), document: serverDocument() });
}

/** The pin labels' boxes (their text names layers) and the pin markers' and subnormal rings' boxes. */
function boxes(svg: SVGSVGElement) {
  const font = Number.parseFloat(svg.getAttribute('font-size') ?? '') || Number.parseFloat((svg.getAttribute('style') ?? '').match(/font-size:\s*([\d.]+)/)?.[1] ?? '12');
  const labels: Box[] = [];
  for (const g of svg.querySelectorAll('g[aria-label="text"]')) {
    const zone = g.getAttribute('fill') === 'var(--c-muted)' && g.hasAttribute('font-size'); // the float32 zones' names
    for (const t of g.querySelectorAll('text')) {
      const text = t.textContent ?? '';
      if (!/\(layers /.test(text) && !zone) continue;
      const size = zone ? Number(g.getAttribute('font-size')) : font;
      const [gx, gy] = translate(g);
      const [tx, ty] = translate(t);
      const x = gx + tx;
      const cy = gy + ty;
      const w = text.length * PIN_CHAR_EM * size;
      const anchor = g.getAttribute('text-anchor') ?? 'start';
      const [x0, x1] = anchor === 'end' ? [x - w, x] : anchor === 'middle' ? [x - w / 2, x + w / 2] : [x, x + w];
      // glyphs from 0.45 em above the centre to the subscript's foot 0.8 em below it (baseline at +0.32 em)
      labels.push({ x0, x1, y0: cy - 0.45 * size, y1: cy + 0.8 * size, what: text });
    }
  }
  const markers: Box[] = [];
  for (const g of svg.querySelectorAll('g[aria-label="dot"]')) {
    for (const el of g.querySelectorAll('path, circle')) {
      const [x, y] = el.tagName.toLowerCase() === 'circle'
        ? [Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))] : translate(el);
      const r = el.tagName.toLowerCase() === 'circle' ? Number(el.getAttribute('r')) : PIN_REACH;
      markers.push({ x0: x - r, x1: x + r, y0: y - r, y1: y + r, what: `marker at ${x.toFixed(0)},${y.toFixed(0)}` });
    }
  }
  return { labels, markers, width: Number(svg.getAttribute('width')) };
}

const D = PRODUCT_CODEC.defaults();
const STATES: [string, ProductState][] = [
  ['sigmoid, depth 80 (the issue)', { ...D, depth: 80 }],
  ['sigmoid, depth 100', { ...D, depth: 100 }],
  ['sigmoid, depth 60', { ...D, depth: 60 }],
  ['ReLU σ_w 3, depth 100 (every layer pinned at the top)', { ...D, activation: 'relu', sigmaW: 3, depth: 100 }],
  ['ReLU σ_w 2, depth 70', { ...D, activation: 'relu', sigmaW: 2, depth: 70 }],
  ['tanh σ_w 0.5, depth 100', { ...D, activation: 'tanh', sigmaW: 0.5, depth: 100 }],
];

describe('product chart: pin labels clear of the markers', () => {
  for (const [name, s] of STATES) for (const width of [360, 640, 940, 1280]) {
    it(`${name}, ${width} px`, () => {
      const { labels, markers, width: w } = boxes(draw(s, width));
      for (const l of labels.filter((x) => /\(layers /.test(x.what))) {
        const hit = markers.find((m) => overlap(l, m));
        expect(hit, `"${l.what}" on ${hit?.what}`).toBeUndefined();
        expect(l.x0, `"${l.what}" leaves the chart on the left`).toBeGreaterThanOrEqual(0);
        expect(l.x1, `"${l.what}" leaves the chart on the right`).toBeLessThanOrEqual(w);
      }
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
        expect(overlap(labels[i], labels[j]), `"${labels[i].what}" on "${labels[j].what}"`).toBe(false);
      }
    });
  }
  it('the issue’s case has its two labels (so the checks above are not vacuous)', () => {
    const { labels } = boxes(draw({ ...D, depth: 80 }, 940));
    expect(labels.map((l) => l.what).filter((t) => /\(layers /.test(t)).sort())
      .toEqual(['Pl in float32: 0 (layers 1–9)', '‖Δ‖: 0 (layers 1–11)']);
  });
});

describe('placePinLabels', () => {
  const g = { xPx: (l: number) => 10 * l, left: 0, right: 1000, fontSize: 12, pinned: { top: [], bottom: [1, 2, 3] } };
  it('puts labels beside the run, rows stepping into the chart', () => {
    const p = placePinLabels([{ edge: 'bottom', text: 'a: 0 (layers 1–3)' }, { edge: 'bottom', text: 'b: 0 (layers 1–2)' }], g);
    expect(p.map((x) => [x.layer, x.anchor])).toEqual([[3, 'start'], [3, 'start']]);
    expect(p[0].dx).toBeGreaterThan(PIN_REACH);
    expect(p[1].dy).toBeLessThan(p[0].dy); // the second row is higher (SVG y grows downwards)
  });
  it('stacks labels past the markers when the run fills the chart', () => {
    const full = { ...g, right: 40, pinned: { top: [1, 2, 3, 4], bottom: [] } };
    const [p] = placePinLabels([{ edge: 'top', text: 'a: ∞ (layers 1–4)' }], full);
    expect(p.dy).toBeGreaterThan(PIN_REACH + 12 / 2);
  });
});
