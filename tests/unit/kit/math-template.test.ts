// Build-time KaTeX templates (islands/kit/math-template.ts): filled with the live layer numbers they are the
// HTML KaTeX itself renders for those numbers, so the island needs no math library.
import { describe, expect, it } from 'vitest';
import { fillMath, splitMath } from '../../../src/islands/kit/math-template';
import { productEquationMath, productEquationTex, renderTex } from '../../../src/components/figures/product-equation';
import { PRODUCT_I18N } from '../../../src/i18n/product';

const withoutAnnotation = (html: string) => html.replace(/<annotation\b[\s\S]*?<\/annotation>/g, '');
const annotation = (html: string) => /<annotation\b[^>]*>([\s\S]*?)<\/annotation>/.exec(html)?.[1] ?? '';

describe('product equation templates', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`filled with layer l and l + 1 equal KaTeX’s own rendering of those numbers (${lang})`, () => {
      const meanOp = PRODUCT_I18N[lang].eqMeanOp;
      const math = productEquationMath(meanOp);
      const tex = productEquationTex(meanOp);
      for (const l of [1, 9, 10, 57, 99, 100]) {
        for (const key of Object.keys(tex) as (keyof typeof tex)[]) {
          const direct = renderTex(tex[key].replaceAll('901', String(l)).replaceAll('902', String(l + 1)), key === 'eq');
          const filled = fillMath(math[key], { layer: l, next: l + 1 });
          expect(withoutAnnotation(filled)).toBe(withoutAnnotation(direct));
        }
      }
    });
  }
  it('keeps KaTeX’s MathML for assistive technology and its HTML hidden from it, the TeX naming l and l+1', () => {
    const math = productEquationMath(PRODUCT_I18N.en.eqMeanOp);
    const eq = fillMath(math.eq, { layer: 4, next: 5 });
    expect(eq).toContain('<math');
    expect(eq).toContain('<mn>4</mn>');
    expect(eq).toContain('<mn>5</mn>');
    expect(eq).toContain('class="katex-html" aria-hidden="true"');
    expect(annotation(eq)).toContain('\\Delta^{(l)} = \\Delta^{(l+1)}');
    expect(annotation(eq)).not.toMatch(/90[12]/);
    // Δ^(l), Δ^(l+1), W^(l), Z^(l): once in the MathML, once in the HTML
    expect(math.eq.keys).toEqual(['layer', 'next', 'layer', 'layer', 'layer', 'next', 'layer', 'layer']);
  });
});

describe('splitMath', () => {
  it('splits only where a sentinel is a whole text node, and refuses one left anywhere else', () => {
    const slots = [{ key: 'a', sentinel: '901', tex: 'l' }];
    expect(splitMath('<b>901</b><i>x</i>', slots)).toEqual({ parts: ['<b>', '</b><i>x</i>'], keys: ['a'] });
    expect(() => splitMath('<b style="top:0.901em">901</b>', slots)).toThrow(/901/);
    expect(() => splitMath('<b>1901</b>', slots)).toThrow(/901/);
  });
  it('fills numbers in order', () => {
    const t = splitMath('<i>901</i>+<i>902</i>=<i>901</i>', [
      { key: 'a', sentinel: '901', tex: 'a' }, { key: 'b', sentinel: '902', tex: 'b' },
    ]);
    expect(fillMath(t, { a: 3, b: 40 })).toBe('<i>3</i>+<i>40</i>=<i>3</i>');
  });
});
