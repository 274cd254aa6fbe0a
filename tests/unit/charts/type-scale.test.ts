// Issue 18, item 12: chart text grows with the chart (tick labels of at least 14 px on a chart 1 200 px wide or
// more, readable on a projector), and at every width the larger labels still fit: no text (tick and axis
// labels, legends, mark labels) runs off the SVG. Geometry read back from the drawn SVG, as the other chart tests do: each text's position from
// the translates of it and its groups, its size from the nearest font-size, its width an upper bound per glyph.
import { describe, expect, it } from 'vitest';
import { chartFontSize, grow, TYPE_STOPS } from '../../../src/charts/type-scale';
import { serverDocument } from '../../../src/charts/render-static';
import { productChart } from '../../../src/charts/product';
import { activationsChart } from '../../../src/charts/activations';
import { componentsChart } from '../../../src/charts/components';
import { explodingChart } from '../../../src/charts/exploding';
import { remediesChart } from '../../../src/charts/remedies';
import { trainLossChart } from '../../../src/charts/train-loss';
import { trainGradChart } from '../../../src/charts/train-grads';
import { trainBoundaryChart } from '../../../src/charts/train-boundary';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { yDomain } from '../../../src/sims/product/domain';
import { PRODUCT_I18N } from '../../../src/i18n/product';
import { activationsModel } from '../../../src/sims/activations/model';
import { componentsModel } from '../../../src/sims/components/model';
import { COMPONENTS_DEFAULTS } from '../../../src/sims/components/defaults';
import { COMPONENTS_I18N } from '../../../src/i18n/components';
import { computeExploding } from '../../../src/sims/exploding/model';
import { EXPLODING_CODEC } from '../../../src/sims/exploding/state';
import { EXPLODING_I18N } from '../../../src/i18n/exploding';
import { computeRemedies } from '../../../src/sims/remedies/model';
import { REMEDIES_CODEC } from '../../../src/sims/remedies/state';
import { REMEDIES_I18N } from '../../../src/i18n/remedies';
import { TRAIN_I18N } from '../../../src/i18n/train';

/** Tick labels at least this large (px) on a chart this wide or wider (the issue's projector bar). */
const PROJECTOR_WIDTH = 1200;
const PROJECTOR_FONT = 14;
/** A phone's chart keeps at least this (px). */
const PHONE_WIDTH = 360;
const PHONE_FONT = 12;
/** An upper bound of a glyph's advance in ems (system-ui digits and the minus sign are ≈ 0.55). */
const CHAR_EM = 0.62;
/**
 * Plot sets the x axis label's baseline 3 px above the SVG's bottom, so at 16 px a descender ("p" of "capa") may
 * reach a pixel or two past it; the chart box's clip margin (kit/Chart.svelte) shows it.
 */
const DESCENDER_SLACK = 2;

describe('chartFontSize', () => {
  it('grows with the width, from 12 px on a phone to at least 14 px from 1 200 px', () => {
    expect(chartFontSize(PHONE_WIDTH)).toBe(PHONE_FONT);
    expect(chartFontSize(320)).toBe(PHONE_FONT);
    for (const w of [PROJECTOR_WIDTH, 1280, 1920, 3000]) expect(chartFontSize(w)).toBeGreaterThanOrEqual(PROJECTOR_FONT);
    let last = 0;
    for (let w = 200; w <= 2400; w += 10) {
      const f = chartFontSize(w);
      expect(f).toBeGreaterThanOrEqual(last);
      expect(f * 2).toBe(Math.round(f * 2)); // half-pixel steps
      last = f;
    }
    expect(chartFontSize(TYPE_STOPS[TYPE_STOPS.length - 1][0] * 2)).toBe(TYPE_STOPS[TYPE_STOPS.length - 1][1]);
  });
  it('gives the article column (≈ 944 px at a 1 280 px window, 960 px at most) 14 px already', () => {
    expect(chartFontSize(944)).toBe(14);
    expect(chartFontSize(960)).toBe(14);
  });
  it('grow keeps a tuned length, or grows it in proportion to the type', () => {
    expect(grow(40, 10, 12)).toBe(40);
    expect(grow(40, 12, 12)).toBe(40);
    expect(grow(40, 18, 12)).toBe(60);
  });
});

interface TextBox { text: string; role: string; size: number; x0: number; x1: number; y0: number; y1: number }

const num = (v: string | null | undefined) => Number.parseFloat(v ?? '');
function translate(el: Element): [number, number] {
  const m = el.getAttribute('transform')?.match(/translate\(([-\d.e]+)[,\s]+([-\d.e]+)\)/);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}
/** The font size in px an element gets: its own or its nearest ancestor's (an inline style wins). */
function fontSizeOf(el: Element | null): number {
  for (let e = el; e; e = e.parentElement) {
    const style = e.getAttribute('style')?.match(/font-size:\s*([\d.]+)px/);
    if (style) return Number(style[1]);
    const attr = e.getAttribute('font-size');
    if (attr && !attr.endsWith('%')) return num(attr);
  }
  return 16;
}
const attrOf = (el: Element | null, name: string): string | null => {
  for (let e = el; e; e = e.parentElement) { const v = e.getAttribute(name); if (v !== null) return v; }
  return null;
};
/** em offsets Plot writes as dy / y ("0.71em", "0.32em"). */
const em = (v: string | null, size: number) => (v?.endsWith('em') ? num(v) * size : num(v) || 0);

/** Every text of a chart (tick and axis labels, legends, mark labels), boxed. */
function chartTexts(svg: Element): TextBox[] {
  const out: TextBox[] = [];
  for (const t of svg.querySelectorAll('text')) {
    const g = t.closest('g[aria-label]');
    const role = g?.getAttribute('aria-label') ?? '';
    const size = fontSizeOf(t);
    let x = em(t.getAttribute('x'), size);
    let y = 0;
    for (let e: Element | null = t; e && e !== svg.parentElement; e = e.parentElement) {
      const [dx, dy] = translate(e);
      x += dx; y += dy;
    }
    // the baseline's offset from the anchor point: Plot writes y="0.32em" (centred) or "0.71em" (hanging)
    const base = em(t.getAttribute('y'), size) + em(t.getAttribute('dy'), size);
    const text = t.textContent ?? '';
    const w = [...text].length * CHAR_EM * size;
    const anchor = attrOf(t, 'text-anchor') ?? 'start';
    const along = (at: number): [number, number] => (anchor === 'end' ? [at - w, at] : anchor === 'middle' ? [at - w / 2, at + w / 2] : [at, at + w]);
    // glyphs from 0.75 em above the baseline to 0.25 em below it
    if (/rotate\(-90\)/.test(t.getAttribute('transform') ?? '')) {
      // turned a quarter anticlockwise: the text runs up the page, its "down" is to the right
      const [a, b] = along(-y);
      out.push({ text, role, size, x0: x + base - 0.75 * size, x1: x + base + 0.25 * size, y0: -b, y1: -a });
      continue;
    }
    const [x0, x1] = along(x);
    out.push({ text, role, size, x0, x1, y0: y + base - 0.75 * size, y1: y + base + 0.25 * size });
  }
  return out;
}

const doc = () => serverDocument();
const D = PRODUCT_CODEC.defaults();
const productData = productModel({ ...D, depth: 100 });
const ex = computeExploding({ ...EXPLODING_CODEC.defaults(), depth: 100, activation: 'relu', sigmaW: 3, clip: 1 });
const exT = EXPLODING_I18N.es;
const remT = REMEDIES_I18N.es;
const trT = TRAIN_I18N.es;
const n = 10;
const CHARTS: [string, (width: number) => Element][] = [
  ['product', (width) => productChart(productData, { width, labels: { ...PRODUCT_I18N.es.chart, aria: 'a' }, domain: yDomain(productData), document: doc() })],
  ['activations', (width) => activationsChart(activationsModel('sigmoid'), { width, document: doc() })],
  ['components', (width) => componentsChart(componentsModel({ ...COMPONENTS_DEFAULTS }), { width, labels: { ...COMPONENTS_I18N.es.chart, aria: 'a' }, document: doc() })],
  ['exploding', (width) => explodingChart(ex, { width, document: doc(), labels: {
    x: exT.xLabel, y: exT.yLabel, delta: exT.delta, gradRaw: exT.gradRaw, gradClipped: exT.gradClipped, overflow: exT.overflow, nan: exT.nan, aria: 'a' } })],
  ['remedies', (width) => remediesChart(computeRemedies(REMEDIES_CODEC.defaults()), { width, document: doc(),
    labels: { x: remT.xLabel, y: remT.yLabel, plain: remT.plain, remedied: remT.remedied, aria: 'a' } })],
  ['train loss', (width) => trainLossChart({ loss: Float32Array.from({ length: 50 }, (_, i) => 0.7 - i * 0.01), stride: 100, step: 5000, chance: Math.LN2, domain: [0, 1.5] },
    { width, document: doc(), labels: { x: trT.lossX, y: trT.lossY, chance: trT.chance, aria: 'a' } })],
  ['train gradients', (width) => trainGradChart({ grads: new Float32Array(0), layers: 10, columns: 0, stride: 100, step: 5000, domain: [-8, 1] },
    { width, document: doc(), raster: false, labels: { x: trT.gradsX, y: trT.gradsY, empty: trT.gradsEmpty, aria: 'a' } })],
  ['train boundary', (width) => trainBoundaryChart({ points: [{ x: 0, y: 0, label: 1 }], grid: Float32Array.from({ length: n * n }, (_, k) => (k % n) / (n - 1)), gridSize: n, plane: 1.1 },
    { width, document: doc(), raster: false, labels: { x: trT.boundaryX, y: trT.boundaryY, aria: 'a' } })],
];

describe('chart type at a projector’s width and a phone’s, every chart', () => {
  for (const [name, draw] of CHARTS) {
    for (const width of [PHONE_WIDTH, 1280]) {
      it(`${name} at ${width} px: tick labels ${width >= PROJECTOR_WIDTH ? `≥ ${PROJECTOR_FONT}` : `≥ ${PHONE_FONT}`} px, every text inside the SVG`, () => {
        const svg = draw(width);
        const w = num(svg.getAttribute('width'));
        const h = num(svg.getAttribute('height'));
        const texts = chartTexts(svg);
        const ticks = texts.filter((t) => t.role.includes('tick label'));
        expect(ticks.length, 'tick labels found').toBeGreaterThan(3);
        // the boundary chart stops growing at 420 px (a square beside the others): its type is a 420 px chart's
        const min = width >= PROJECTOR_WIDTH && name !== 'train boundary' ? PROJECTOR_FONT : PHONE_FONT;
        for (const t of ticks) expect(t.size, `"${t.text}"`).toBeGreaterThanOrEqual(min);
        for (const t of texts) {
          expect(t.x0, `"${t.text}" (${t.role}) leaves on the left`).toBeGreaterThanOrEqual(0);
          expect(t.x1, `"${t.text}" (${t.role}) leaves on the right`).toBeLessThanOrEqual(w);
          expect(t.y0, `"${t.text}" (${t.role}) leaves at the top`).toBeGreaterThanOrEqual(0);
          expect(t.y1, `"${t.text}" (${t.role}) leaves at the bottom`).toBeLessThanOrEqual(h + DESCENDER_SLACK);
        }
      });
    }
  }
});
