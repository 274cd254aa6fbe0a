// morph (islands/kit/morph.ts): the chart on the page, updated in place, ends equal to a fresh drawing, and only
// the nodes that differ are touched (a moved line keeps its element; a new mark is inserted, a gone one removed).
import { describe, expect, it } from 'vitest';
import { morph, morphParts } from '../../../src/islands/kit/morph';
import { explodingChart } from '../../../src/charts/exploding';
import { computeExploding } from '../../../src/sims/exploding/model';
import { EXPLODING_CODEC } from '../../../src/sims/exploding/state';
import { EXPLODING_I18N } from '../../../src/i18n/exploding';
import { serverDocument } from '../../../src/charts/render-static';
import { productChart } from '../../../src/charts/product';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC, type ProductState } from '../../../src/sims/product/state';
import { yDomain } from '../../../src/sims/product/domain';
import { PRODUCT_I18N } from '../../../src/i18n/product';

const SVG_NS = 'http://www.w3.org/2000/svg';
const doc = serverDocument();

/** The markup with attributes in name order (their order means nothing) and Plot's global marker and clip
 *  numbers (plot-marker-7) made equal: the same drawing twice gives the same string. */
function canonical(node: Node): string {
  if (node.nodeType !== 1) return node.nodeType === 3 ? `"${node.nodeValue}"` : '';
  const el = node as Element;
  const attrs = Array.from(el.attributes).map((a) => `${a.name}=${a.value}`).sort().join(' ');
  const inner = Array.from(el.childNodes).map(canonical).join('');
  return `<${el.localName} ${attrs}>${inner}</${el.localName}>`.replace(/plot-(marker|clip)-\d+/g, 'plot-$1-N');
}

function draw(patch: Partial<ProductState>, part?: 'lines', domainOf?: Partial<ProductState>): SVGSVGElement {
  const state = { ...PRODUCT_CODEC.defaults(), ...patch };
  const data = productModel(state);
  const t = PRODUCT_I18N.en;
  const domain = yDomain(domainOf ? productModel({ ...PRODUCT_CODEC.defaults(), ...domainOf }) : data, null);
  return productChart(data, { width: 640, document: doc, domain, part,
    labels: { ...t.chart, aria: 'product chart' } });
}

function el(tag: string, attrs: Record<string, string>, ...children: (Element | string)[]): Element {
  const e = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

describe('morph', () => {
  it('turns one product chart into another: equal to the fresh drawing, same root element', () => {
    const cases: [Partial<ProductState>, Partial<ProductState>][] = [
      [{ depth: 20 }, { depth: 20, sigmaW: 1.3 }],
      [{ depth: 100 }, { depth: 100, sigmaW: 0.6 }],
      [{ depth: 100 }, { depth: 80, activation: 'relu' }],          // pins and labels come and go
      [{ depth: 30 }, { depth: 30, sigmaB: 0.4 }],
    ];
    for (const [from, to] of cases) {
      const live = draw(from);
      const fresh = draw(to);
      const expected = canonical(draw(to));
      expect(canonical(live)).not.toBe(expected);
      expect(morph(live, fresh)).toBe(true);
      expect(canonical(live)).toBe(expected);
    }
  });

  it('keeps the nodes that did not change and the element of a moved line', () => {
    const keep = el('text', { x: '1' }, 'axis');
    const line = el('path', { d: 'M0,0L1,1', stroke: 'red' });
    const target = el('svg', { width: '10' }, keep, line);
    const source = el('svg', { width: '10' }, el('text', { x: '1' }, 'axis'), el('path', { d: 'M0,0L2,3', stroke: 'red' }));
    expect(morph(target, source)).toBe(true);
    expect(target.childNodes[0]).toBe(keep);
    expect(target.childNodes[1]).toBe(line);
    expect(line.getAttribute('d')).toBe('M0,0L2,3');
  });

  it('replaces a node whose tag changed, removes extra nodes, appends new ones, drops removed attributes', () => {
    const target = el('svg', { class: 'a', 'data-old': '1' }, el('circle', { r: '3' }), el('rect', {}), el('rect', {}));
    const source = el('svg', { class: 'b' }, el('path', { d: 'M0,0' }));
    morph(target, source);
    expect(target.outerHTML).toBe('<svg class="b"><path d="M0,0" /></svg>');
    const grow = el('svg', {}, el('g', {}));
    morph(grow, el('svg', {}, el('g', {}, 'x'), el('g', {}, 'y')));
    expect(grow.outerHTML).toBe('<svg><g>x</g><g>y</g></svg>');
  });

  it("keeps the page's Plot ids: a redraw changes no clip, and every reference names a clip of the page", () => {
    const live = draw({ depth: 100 });
    const ids = (svg: Element) => Array.from(svg.querySelectorAll('[id]')).map((e) => e.id);
    const before = ids(live);
    const clips = Array.from(live.querySelectorAll('clipPath'));
    expect(clips.length).toBeGreaterThan(0);
    const fresh = draw({ depth: 100, sigmaW: 0.6 });
    // Plot numbers its ids over the page's life: the fresh drawing's are new
    expect(ids(fresh).filter((id) => before.includes(id))).toEqual([]);
    const expected = canonical(draw({ depth: 100, sigmaW: 0.6 }));
    expect(morph(live, fresh)).toBe(true);
    expect(canonical(live)).toBe(expected);
    expect(ids(live)).toEqual(before);
    clips.forEach((c, i) => expect(live.querySelectorAll('clipPath')[i]).toBe(c));
    const refs = Array.from(live.querySelectorAll('[clip-path]')).map((e) => e.getAttribute('clip-path')!.match(/^url\(#(.+)\)$/)![1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const id of refs) expect(before).toContain(id);
  });

  it('leaves the ids as drawn when the two drawings hold different numbers of them', () => {
    const live = draw({ depth: 100 });
    const fresh = draw({ depth: 100 });
    const extra = doc.createElementNS(SVG_NS, 'clipPath');
    extra.setAttribute('id', 'plot-clip-999999');
    fresh.append(extra);
    const freshIds = Array.from(fresh.querySelectorAll('[id]')).map((e) => e.id);
    expect(morph(live, fresh)).toBe(true);
    expect(Array.from(live.querySelectorAll('[id]')).map((e) => e.id)).toEqual(freshIds);
  });

  it('refuses roots of different tags and changes nothing', () => {
    const target = el('svg', { width: '1' });
    expect(morph(target, el('g', { width: '2' }))).toBe(false);
    expect(target.getAttribute('width')).toBe('1');
  });
});

/** The mark groups of a drawing by their vg-q-… class, as canonical markup. */
function parts(svg: Element): Map<string, string> {
  return new Map(Array.from(svg.querySelectorAll('[class*="vg-q-"]')).map((g) => [g.getAttribute('class')!, canonical(g)]));
}
/** The markup of everything but the vg-q-… marks. */
function rest(svg: Element): string {
  const copy = svg.cloneNode(true) as Element;
  for (const g of Array.from(copy.querySelectorAll('[class*="vg-q-"]'))) g.remove();
  return canonical(copy);
}

describe("morphParts: a step's lines first", () => {
  it("brings the product chart's three lines to the new state and leaves every other mark as it was", () => {
    const from = { depth: 60 };
    const to = { depth: 60, sigmaW: 1.15 };
    const live = draw(from);
    const before = rest(live);
    const quick = draw(to, 'lines', from);
    // a partial drawing holds the three lines, the dots of two, and no axis
    expect([...parts(quick).keys()].sort()).toEqual(['vg-q-delta', 'vg-q-delta-dots', 'vg-q-mean-field', 'vg-q-product', 'vg-q-product-dots']);
    expect(quick.querySelector('[aria-label^="x-axis"], [aria-label^="y-axis"]')).toBeNull();
    const clip = live.querySelector('.vg-q-mean-field')!.getAttribute('clip-path');
    expect(morphParts(live, quick)).toBe(true);
    // the lines are those of a whole drawing of the new state on the same axes; the rest is untouched
    const whole = draw(to, undefined, from);
    for (const k of ['vg-q-delta', 'vg-q-product']) expect(canonical(live.querySelector(`.${k}`)!)).toBe(parts(whole).get(k));
    expect(rest(live)).toBe(before);
    expect(live.hasAttribute('data-part')).toBe(false);
    // the mean-field line keeps the page's clip (the partial drawing's clip id is not on the page)
    expect(live.querySelector('.vg-q-mean-field')!.getAttribute('clip-path')).toBe(clip);
    expect(live.querySelector('.vg-q-mean-field path')!.getAttribute('d')).toBe(whole.querySelector('.vg-q-mean-field path')!.getAttribute('d'));
  });

  it("the exploding chart's lines likewise, for a σ_w step", () => {
    const t = EXPLODING_I18N.en;
    const labels = { x: t.xLabel, y: t.yLabel, delta: t.delta, gradRaw: t.gradRaw, gradClipped: t.gradClipped, overflow: t.overflow, nan: t.nan, aria: 'x' };
    const at = (sigmaW: number, part?: 'lines') => explodingChart(computeExploding({ ...EXPLODING_CODEC.defaults(), depth: 50, sigmaW }),
      { width: 640, labels, document: doc, part });
    const live = at(1.5);
    const before = rest(live);
    expect(morphParts(live, at(1.7, 'lines'))).toBe(true);
    expect(parts(live)).toEqual(parts(at(1.7)));
    expect(rest(live)).toBe(before);
  });

  it('a drawing without parts is merged whole; a part the page lacks changes nothing', () => {
    const live = draw({ depth: 20 });
    expect(morphParts(live, draw({ depth: 30 }))).toBe(true);
    expect(canonical(live)).toBe(canonical(draw({ depth: 30 })));
    const bare = el('svg', {}, el('g', { class: 'other' }));
    const html = bare.outerHTML;
    expect(morphParts(bare, draw({ depth: 20 }, 'lines'))).toBe(false);
    expect(bare.outerHTML).toBe(html);
  });

  it("the merged root takes the new drawing's scale() and legend(), so a hover reads the new axes", () => {
    const live = el('svg', {}) as Element & { scale?: unknown; legend?: unknown };
    const fresh = el('svg', {}) as Element & { scale?: unknown; legend?: unknown };
    live.scale = () => 'old';
    fresh.scale = () => 'new';
    fresh.legend = () => null;
    morph(live, fresh);
    expect(live.scale).toBe(fresh.scale);
    expect(live.legend).toBe(fresh.legend);
  });
});
