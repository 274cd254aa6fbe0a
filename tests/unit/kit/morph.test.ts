// morph (islands/kit/morph.ts): the chart on the page, updated in place, ends equal to a fresh drawing, and only
// the nodes that differ are touched (a moved line keeps its element; a new mark is inserted, a gone one removed).
import { describe, expect, it } from 'vitest';
import { morph } from '../../../src/islands/kit/morph';
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

function draw(patch: Partial<ProductState>, moving = false): SVGSVGElement {
  const state = { ...PRODUCT_CODEC.defaults(), ...patch };
  const data = productModel(state);
  const t = PRODUCT_I18N.en;
  return productChart(data, { width: 640, document: doc, domain: yDomain(data, null), moving,
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
    const cases: [Partial<ProductState>, Partial<ProductState>, boolean?][] = [
      [{ depth: 20 }, { depth: 20, sigmaW: 1.3 }],
      [{ depth: 100 }, { depth: 100, sigmaW: 0.6 }],
      [{ depth: 100 }, { depth: 80, activation: 'relu' }],          // pins and labels come and go
      [{ depth: 30 }, { depth: 30, sigmaB: 0.4 }, true],            // moving: no markers in the new one
    ];
    for (const [from, to, moving] of cases) {
      const live = draw(from);
      const fresh = draw(to, moving);
      const expected = canonical(draw(to, moving));
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

  it('refuses roots of different tags and changes nothing', () => {
    const target = el('svg', { width: '1' });
    expect(morph(target, el('g', { width: '2' }))).toBe(false);
    expect(target.getAttribute('width')).toBe('1');
  });
});
