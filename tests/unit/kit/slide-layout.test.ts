// Issue 18, item 10: a figure downloads as a slide, 1920 × 1080, with its title, legend, chart, state and deep
// link, self-contained (every colour written out). The composition, on linkedom with a real chart.
import { describe, expect, it } from 'vitest';
import { SLIDE, slideDrawWidth, slideLayout, slideSvg, stateCaption } from '../../../src/islands/kit/slide-layout';
import { serverDocument } from '../../../src/charts/render-static';
import { productChart } from '../../../src/charts/product';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { yDomain } from '../../../src/sims/product/domain';
import { PRODUCT_I18N } from '../../../src/i18n/product';

const t = PRODUCT_I18N.en;
const state = { ...PRODUCT_CODEC.defaults(), depth: 100 };
const controls = (['depth', 'activation', 'init', 'sigmaW', 'sigmaB', 'seed', 'layer', 'walk', 'equation'] as const)
  .map((key) => ({ key, label: t[key] }));
const LINK = 'https://example.org/en/problem/?product.depth=100#product';
const TITLE = 'Figure 1.3 · The product of equation (4), layer by layer';
const palette = { fg: 'rgb(27,28,32)', bg: 'rgb(255,255,255)', muted: 'rgb(82,88,106)', accent: 'rgb(10,88,168)', fontFamily: 'system-ui, sans-serif' };

function slide() {
  const doc = serverDocument();
  const data = productModel(state);
  const chart = productChart(data, { width: 880, labels: { ...t.chart, aria: 'chart' }, domain: yDomain(data), document: doc });
  const resolved: string[] = [];
  const svg = slideSvg(doc, {
    title: TITLE,
    legend: t.legend.map(([key, text]) => ({ text, color: key === 'delta' ? 'rgb(194,84,0)' : 'rgb(0,114,178)', dashed: key === 'meanField' })),
    state: stateCaption(controls, state),
    link: LINK,
    palette,
    chart,
    // stands in for the browser's computed style
    resolve: (el, prop) => { resolved.push(`${el.localName}.${prop}`); return 'rgb(1,2,3)'; },
  });
  return { svg, html: svg.outerHTML, resolved };
}

describe('slide export', () => {
  it('is 1920 × 1080 with the title, the legend, the chart, the state and the link', () => {
    const { svg } = slide();
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual(['1920', '1080', '0 0 1920 1080']);
    expect(SLIDE).toEqual({ width: 1920, height: 1080 });
    const texts = [...svg.children].filter((e) => e.localName === 'text').map((e) => e.textContent ?? '');
    expect(svg.querySelector('title')?.textContent).toBe(TITLE);
    expect(texts).toContain(TITLE);
    expect(texts.some((x) => x.includes('mean-field prediction'))).toBe(true);
    // σ_w is typeset with its subscript
    expect(texts).toContain('Depth L: 100 · Activation g: sigmoid · Weight initialisation: normal · σw: 1 · σb: 0 · Seed: 1');
    expect(texts).toContain(LINK);
    expect(svg.querySelectorAll(':scope > svg')).toHaveLength(1);
  });

  it('leaves no colour for the page to resolve: no var(), currentColor, color-mix() or light-dark()', () => {
    const { html, resolved } = slide();
    expect(resolved.length).toBeGreaterThan(3); // the chart had some: the test is not vacuous
    expect(html).not.toMatch(/var\(|currentcolor|color-mix|light-dark/i);
  });

  it('places the chart between the legend and the caption, scaled up, inside the slide', () => {
    const { svg } = slide();
    const chart = svg.querySelector(':scope > svg')!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(chart.getAttribute(a)));
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(1920);
    expect(w / 880).toBeGreaterThan(1.5); // drawn at 880, shown larger: its 13.5 px text is ≥ 20 px on the slide
    const textY = (s: string) => Number([...svg.children].find((e) => e.textContent?.includes(s))?.getAttribute('y'));
    expect(y).toBeGreaterThan(textY('mean-field prediction'));
    expect(y + h).toBeLessThan(textY('Depth L: 100'));
    expect(chart.getAttribute('style')).toMatch(/max-width:none/);
  });

  it('fits long words: a long title shrinks or wraps, legend sentences wrap inside the slide', () => {
    const long = 'Figure 9.9 · ' + 'a very long figure title that goes on '.repeat(5);
    const legend = [{ text: 'word '.repeat(120), color: 'red' }, { text: 'short', color: 'blue' }];
    const L = slideLayout({ title: long, legend, state: 's', link: 'l' });
    expect(L.title.lines.length).toBeGreaterThan(1);
    expect(L.legend.rows.length).toBeGreaterThan(2);
    expect(L.chart.height).toBeGreaterThan(300);
    expect(L.chart.y + L.chart.height).toBeLessThan(L.state.y);
  });
  it('wraps a long state rather than shrinking it below 22 px', () => {
    const state = Array.from({ length: 10 }, (_, i) => `Parameter ${i}: value`).join(' · ');
    const L = slideLayout({ title: 't', legend: [], state, link: 'l' });
    expect(L.state.font).toBeGreaterThanOrEqual(22);
    expect(L.state.lines.length).toBe(2);
    expect(L.state.y + (L.state.lines.length - 1) * L.state.font * 1.3).toBeLessThan(L.link.y - L.link.font);
  });

  it('draws the chart at the width that fills the box once scaled', () => {
    const box = { width: 1776, height: 700 };
    expect(slideDrawWidth(400, box, 600)).toBe(Math.round((400 * 1776) / 700));
    expect(slideDrawWidth(100, box, 600)).toBe(600);
    expect(slideDrawWidth(2000, box, 600)).toBe(1776);
  });
});

describe('stateCaption', () => {
  it('lists the fields with short labels; leaves out buttons, hidden fields and an unchosen layer', () => {
    expect(stateCaption(controls, { ...state, layer: 5 }, ['seed'])).toBe(
      'Depth L: 100 · Activation g: sigmoid · Weight initialisation: normal · σ_w: 1 · σ_b: 0 · Focused layer l: 5');
  });
  it('shows yes/no fields as ✓ and ✗ and rounds floats', () => {
    expect(stateCaption([{ key: 'bn', label: 'Batch norm' }, { key: 's', label: 'σ_w (weight scale)' }], { bn: true, s: 0.1 + 0.2 }))
      .toBe('Batch norm: ✓ · σ_w: 0.3');
  });
});
