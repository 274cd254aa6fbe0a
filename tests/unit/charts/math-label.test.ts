// Script markup in chart labels (P_l, χ₁^((L−l)/2)) becomes real subscripts and superscripts (tspans).
import { describe, expect, it } from 'vitest';
import { SCRIPT_SHIFT_EM, mathSegments, typesetMath } from '../../../src/charts/math-label';
import { serverDocument } from '../../../src/charts/render-static';
import { productChart } from '../../../src/charts/product';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { yDomain } from '../../../src/sims/product/domain';
import { PRODUCT_I18N } from '../../../src/i18n/product';

const SVG_NS = 'http://www.w3.org/2000/svg';
const sub = (text: string) => ({ text, shift: 'sub' });
const sup = (text: string) => ({ text, shift: 'super' });
const plain = (text: string) => ({ text, shift: null });

/** An <svg> holding one <text> per label, in a linkedom document. */
function svgWith(...labels: string[]): SVGSVGElement {
  const doc = serverDocument();
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  for (const l of labels) {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.textContent = l;
    svg.appendChild(t);
  }
  return svg;
}

/** Sum of the dy (em) of every tspan under `el`. */
const totalDy = (el: Element) => [...el.querySelectorAll('tspan')]
  .reduce((s, t) => s + Number.parseFloat(t.getAttribute('dy') ?? '0'), 0);

describe('mathSegments', () => {
  it('reads one-character and grouped scripts, dropping the group’s brackets', () => {
    expect(mathSegments('P_l')).toEqual([plain('P'), sub('l')]);
    expect(mathSegments('P_l en float32')).toEqual([plain('P'), sub('l'), plain(' en float32')]);
    expect(mathSegments('P_{l+1}')).toEqual([plain('P'), sub('l+1')]);
    expect(mathSegments('campo medio ‖Δ⁽ᴸ⁾‖·χ₁^((L−l)/2)')).toEqual([plain('campo medio ‖Δ⁽ᴸ⁾‖·χ₁'), sup('(L−l)/2')]);
    expect(mathSegments('σ_w^2')).toEqual([plain('σ'), sub('w'), sup('2')]);
  });
  it('leaves text without markup, stray marks and unbalanced groups alone', () => {
    for (const s of ['float32 subnormal', '‖Δ⁽ˡ⁾‖', 'a _ b', 'x^ ', 'x^((1', 'end_', '0 (capas 1–26)']) {
      expect(mathSegments(s)).toEqual([plain(s)]);
    }
  });
});

describe('typesetMath', () => {
  it('turns a subscript into a smaller tspan shifted down and comes back to the baseline after it', () => {
    const svg = typesetMath(svgWith('P_l en float32'));
    const text = svg.querySelector('text')!;
    expect(text.textContent).toBe('Pl en float32');
    const script = [...text.querySelectorAll('tspan')].find((t) => t.textContent === 'l' && t.getAttribute('font-size'))!;
    expect(script.getAttribute('font-size')).toBe('75%');
    expect(script.parentElement!.getAttribute('dy')).toBe(`${SCRIPT_SHIFT_EM.sub}em`);
    expect(totalDy(text)).toBeCloseTo(0, 9);
  });
  it('raises a superscript group', () => {
    const text = typesetMath(svgWith('χ₁^((L−l)/2)')).querySelector('text')!;
    expect(text.textContent).toBe('χ₁(L−l)/2');
    const outer = text.querySelector('tspan')!;
    expect(Number.parseFloat(outer.getAttribute('dy')!)).toBeLessThan(0);
  });
  it('brings the pen back when a label ending in a script is followed by more text (a second line)', () => {
    const doc = serverDocument();
    const text = doc.createElementNS(SVG_NS, 'text');
    const line1 = doc.createElementNS(SVG_NS, 'tspan');
    line1.textContent = 'P_l';
    const line2 = doc.createElementNS(SVG_NS, 'tspan');
    line2.textContent = 'next';
    text.append(line1, line2);
    typesetMath(text);
    expect(totalDy(line1)).toBeCloseTo(0, 9);
    expect(text.textContent).toBe('Pl\u200Bnext');
  });
  it('touches only <text> content and text without markup not at all', () => {
    const svg = svgWith('float32 subnormal');
    const before = svg.outerHTML;
    expect(typesetMath(svg).outerHTML).toBe(before);
  });
});

describe('product chart labels', () => {
  it('carry no script markup in either language: P_l and χ₁^(…) are drawn as scripts', () => {
    for (const lang of ['es', 'en'] as const) {
      const s = { ...PRODUCT_CODEC.defaults(), depth: 100 };
      const data = productModel(s);
      const labels = { ...PRODUCT_I18N[lang].chart, aria: 'chart' };
      const svg = productChart(data, { width: 720, labels, domain: yDomain(data), document: serverDocument() });
      const texts = [...svg.querySelectorAll('text')];
      expect(texts.some((t) => /[_^]/.test(t.textContent ?? ''))).toBe(false);
      const scripts = texts.flatMap((t) => [...t.querySelectorAll('tspan[font-size]')].map((x) => x.textContent));
      expect(scripts).toContain('l');
      expect(scripts).toContain('(L−l)/2');
    }
  });
});
