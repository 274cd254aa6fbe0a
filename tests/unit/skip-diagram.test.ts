// The lecture's skip-layer figure (chapter 2): an accessible SVG in both languages, drawn to the lecture's
// equation A^(l) = g(A^(l−1)W^(l−1) + B^(l−1) + A^(l−2)W^(l−2,l)): the skip joins layer l's sum, before g.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ROWS, SKIP_END, VIEW, captionHtml, skipDiagramSvg } from '../../src/components/figures/skip-diagram';
import { SKIP_DIAGRAM_I18N } from '../../src/i18n/skip-diagram';
import { LANGS } from '../../src/i18n/paths';

/** The diagram parsed in a linkedom document. */
function parsed(lang: (typeof LANGS)[number]) {
  const { document } = parseHTML(`<!doctype html><html><body><figure>${skipDiagramSvg(SKIP_DIAGRAM_I18N[lang])}</figure></body></html>`);
  return document;
}

/** The text of every <text> of the SVG, as a reader sees it (tspans joined). */
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim());

describe.each(LANGS)('skip-layer diagram (%s)', (lang) => {
  const t = SKIP_DIAGRAM_I18N[lang];
  const doc = parsed(lang);
  const svg = doc.querySelector('svg')!;

  it('is one image named by its <title> and described by its <desc>, in the page\'s language', () => {
    expect(svg.getAttribute('role')).toBe('img');
    const title = doc.getElementById(svg.getAttribute('aria-labelledby') ?? '');
    const desc = doc.getElementById(svg.getAttribute('aria-describedby') ?? '');
    expect(title?.localName).toBe('title');
    expect(desc?.localName).toBe('desc');
    expect(title?.textContent).toBe(t.title);
    expect(desc?.textContent).toBe(t.desc);
    // the description names every piece of the lecture's equation
    for (const piece of ['W(l−2)', 'B(l−2)', 'W(l−1)', 'B(l−1)', 'W(l−2,l)']) expect(t.desc).toContain(piece);
    expect(t.desc).toMatch(lang === 'es' ? /antes de g/ : /before g/);
  });

  it('labels the activations, weights, biases and net inputs as math, with raised superscripts', () => {
    const labels = texts(doc);
    for (const l of ['A(l−2)', 'A(l−1)', 'A(l)', 'W(l−2)', 'W(l−1)', 'W(l−2,l)', 'B(l−2)', 'B(l−1)', 'Z(l−1)', 'Z(l)']) {
      expect(labels, l).toContain(l);
    }
    const skipW = [...doc.querySelectorAll('text')].find((e) => e.textContent?.trim() === 'W(l−2,l)')!;
    expect(skipW.querySelector('tspan[dy]')?.getAttribute('dy')).toMatch(/^-0\.\d+em$/);
    expect(skipW.querySelector('.sd-mi')?.textContent).toBe('W');
    expect(labels).toContain(t.skip);
    expect(labels.filter((l) => l === 'g')).toHaveLength(2);
  });

  it('draws the skip from A^(l−2) into layer l\'s sum, before g and after layer l−1', () => {
    const skip = doc.querySelector('path.sd-skip')!;
    const nums = (skip.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
    // M x0 y0 H x V y H x: leaves at the branch below A^(l−2), ends on the rim of the second sum
    expect(nums[1]).toBe(ROWS.branch);
    expect(nums[nums.length - 1]).toBe(SKIP_END.x + 1);
    expect(nums[nums.length - 2]).toBe(SKIP_END.y);
    expect(SKIP_END.y).toBe(ROWS.sum2);
    expect(ROWS.aPrev2).toBeLessThan(ROWS.branch);
    expect(ROWS.branch).toBeLessThan(ROWS.sum1);
    expect(ROWS.aPrev1).toBeLessThan(ROWS.sum2);
    expect(ROWS.sum2).toBeLessThan(ROWS.g2);
    expect(ROWS.g2).toBeLessThan(ROWS.a);
    const sums = [...doc.querySelectorAll('circle.sd-node')].map((c) => Number(c.getAttribute('cy')));
    expect(sums).toEqual([ROWS.sum1, ROWS.sum2]);
    expect(skip.getAttribute('marker-end')).toBe('url(#sd-head-skip)');
  });

  it('fits its viewBox and relies on no fill colour: nodes are outlines, the skip is dashed as well as coloured', () => {
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${VIEW.width} ${VIEW.height}`);
    for (const y of Object.values(ROWS)) expect(y).toBeLessThan(VIEW.height);
    expect(svg.innerHTML).not.toMatch(/fill="#|style=/);
  });

  it('has a caption with the lecture\'s equation typeset by KaTeX (MathML for assistive technology)', () => {
    const { document } = parseHTML(`<figcaption>${captionHtml(t.caption)}</figcaption>`);
    const annotations = [...document.querySelectorAll('annotation')].map((a) => a.textContent ?? '');
    expect(annotations).toContain('W^{(l-2,l)}');
    expect(annotations).toContain('Z^{(l)} = A^{(l-1)} W^{(l-1)} + B^{(l-1)} + A^{(l-2)} W^{(l-2,l)}');
    expect(document.querySelector('figcaption')?.textContent).not.toContain('$');
  });
});
