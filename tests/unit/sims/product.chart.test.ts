import { describe, expect, it } from 'vitest';
import { productChart, yTicks } from '../../../src/charts/product';
import { chartRows } from '../../../src/charts/product-points';
import { serverDocument } from '../../../src/charts/render-static';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { productModel } from '../../../src/sims/product/model';
import { captionParts, productCaption } from '../../../src/sims/product/caption';
import { formatLog10 } from '../../../src/sims/product/format';
import { PRODUCT_I18N } from '../../../src/i18n/product';
import { domainValues, yDomain } from '../../../src/sims/product/domain';

const D = PRODUCT_CODEC.defaults();
const labels = (lang: 'es' | 'en') => ({ ...PRODUCT_I18N[lang].chart, aria: 'chart' });

describe('product chart', () => {
  it('draws an accessible SVG with Node’s linkedom', () => {
    const data = productModel(D);
    const svg = productChart(data, { width: 640, labels: labels('en'), domain: yDomain(data), document: serverDocument() });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('chart');
    expect(svg.querySelectorAll('g[aria-label]:not([aria-hidden])').length).toBe(0);
  });
  it('pins float32 zeros at the bottom edge with one labelled run, never an empty chart', () => {
    const s = { ...D, depth: 100 };
    const data = productModel(s);
    const domain = yDomain(data);
    const rows = chartRows(data, null, domainValues(domain));
    const zeros = rows.labels.filter((l) => l.series === 'float32' && l.kind === 'zero');
    expect(zeros).toHaveLength(1);
    expect(zeros[0].from).toBe(1);
    expect(zeros[0].y).toBe(domainValues(domain)[0]);
    const zeroLayers = data.layers.filter((l) => l.float32Kind === 'zero').map((l) => l.layer);
    expect(zeros[0].to).toBe(Math.max(...zeroLayers));
    const svg = productChart(data, { width: 360, labels: labels('es'), domain, document: serverDocument() });
    // the series name P_l is typeset: P with a subscript l
    expect(svg.textContent).toContain('Pl en float32: 0 (capas 1–');
    expect(rows.product.every((p) => !Number.isNaN(p.y))).toBe(true);
  });
  it('pins NaN and ∞ of an overflowing ReLU network at the top edge', () => {
    const s = { ...D, activation: 'relu' as const, sigmaW: 3, depth: 100 };
    const data = productModel(s);
    const domain = yDomain(data);
    const rows = chartRows(data, null, domainValues(domain));
    const top = rows.pins.filter((p) => p.series === 'delta' && (p.kind === 'nan' || p.kind === 'infinite'));
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((p) => p.y === domainValues(domain)[1])).toBe(true);
    expect(() => productChart(data, { width: 640, labels: labels('en'), domain, document: serverDocument() })).not.toThrow();
  });
  it('pins values below a smaller axis at its floor, labelled with that floor', () => {
    const data = productModel(D);
    const small = { lo: -10, hi: 5 };
    const rows = chartRows(data, null, domainValues(small));
    const below = rows.pins.filter((p) => p.kind === 'below');
    const under = data.layers.filter((l) => l.log10Product < -10).map((l) => l.layer);
    expect(under.length).toBeGreaterThan(0);
    expect(below.filter((p) => p.series === 'product').map((p) => p.layer)).toEqual(under);
    expect(below.every((p) => p.y === 1e-10)).toBe(true);
    const svg = productChart(data, { width: 640, labels: labels('en'), domain: small, document: serverDocument() });
    expect(svg.textContent).toContain('< 10⁻¹⁰ (layers 1–');
  });
  it('ticks the y axis at whole decades inside the domain, 10⁰ among them, a few of them', () => {
    for (const d of [{ lo: -15, hi: 5 }, { lo: -65, hi: 5 }, { lo: -100, hi: 45 }, { lo: -5, hi: 5 }]) {
      for (const max of [6, 8]) {
        const ticks = yTicks(d, max).map(Math.log10);
        expect(ticks.length).toBeLessThanOrEqual(max);
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(ticks.every((e) => Math.abs(e - Math.round(e)) < 1e-9 && e >= d.lo - 1e-9 && e <= d.hi + 1e-9)).toBe(true);
        expect(ticks.some((e) => Math.abs(e) < 1e-9)).toBe(true);
      }
    }
  });
});

describe('product caption', () => {
  it('quotes the model’s first-layer product and the 0.25^L bound, in both languages', () => {
    for (const lang of ['es', 'en'] as const) {
      const data = productModel(D);
      const text = productCaption(D, data, PRODUCT_I18N[lang]);
      expect(text).toContain(formatLog10(data.first.log10Product));
      expect(text).toContain(formatLog10(20 * Math.log10(0.25)));
      expect(text).toContain('L = 20');
    }
  });
  it('says float32 rounds to exactly 0 at depth 100', () => {
    const s = { ...D, depth: 100 };
    const parts = captionParts(s, productModel(s), PRODUCT_I18N.en);
    expect(parts.float32Kind).toBe('zero');
    expect(productCaption(s, productModel(s), PRODUCT_I18N.en)).toContain('exactly 0');
  });
  it('formats far below float64 without building the number', () => {
    expect(formatLog10(-400.5)).toBe('3.2 × 10⁻⁴⁰¹');
    expect(formatLog10(-Infinity)).toBe('0');
  });
});
