import { describe, expect, it } from 'vitest';
import { productChart } from '../../../src/charts/product';
import { chartRows } from '../../../src/charts/product-points';
import { serverDocument } from '../../../src/charts/render-static';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { productModel } from '../../../src/sims/product/model';
import { captionParts, productCaption } from '../../../src/sims/product/caption';
import { formatLog10 } from '../../../src/sims/product/format';
import { PRODUCT_I18N } from '../../../src/i18n/product';
import { Y_MIN } from '../../../src/sims/product/defaults';

const D = PRODUCT_CODEC.defaults();
const labels = (lang: 'es' | 'en') => ({ ...PRODUCT_I18N[lang].chart, aria: 'chart' });

describe('product chart', () => {
  it('draws an accessible SVG with Node’s linkedom', () => {
    const svg = productChart(productModel(D), { width: 640, labels: labels('en'), document: serverDocument() });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('chart');
    expect(svg.querySelectorAll('g[aria-label]:not([aria-hidden])').length).toBe(0);
  });
  it('pins float32 zeros at the bottom edge with one labelled run, never an empty chart', () => {
    const data = productModel({ ...D, depth: 100 });
    const rows = chartRows(data, null);
    const zeros = rows.labels.filter((l) => l.series === 'float32' && l.kind === 'zero');
    expect(zeros).toHaveLength(1);
    expect(zeros[0].from).toBe(1);
    expect(zeros[0].y).toBe(Y_MIN);
    const zeroLayers = data.layers.filter((l) => l.float32Kind === 'zero').map((l) => l.layer);
    expect(zeros[0].to).toBe(Math.max(...zeroLayers));
    const svg = productChart(data, { width: 360, labels: labels('es'), document: serverDocument() });
    expect(svg.textContent).toContain('P_l en float32: 0 (capas 1–');
    expect(rows.product.every((p) => !Number.isNaN(p.y))).toBe(true);
  });
  it('pins NaN and ∞ of an overflowing ReLU network at the top edge', () => {
    const data = productModel({ ...D, activation: 'relu', sigmaW: 3, depth: 100 });
    const rows = chartRows(data, null);
    expect(rows.pins.some((p) => p.series === 'delta' && (p.kind === 'nan' || p.kind === 'infinite'))).toBe(true);
    expect(() => productChart(data, { width: 640, labels: labels('en'), document: serverDocument() })).not.toThrow();
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
