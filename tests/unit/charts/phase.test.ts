// The phase chart's marks: one cell per grid point (coloured once its value is in), the critical line and its
// label, the ξ contours, measured discs only in the measured view, the cursor, the hit cells the island's clicks
// read, the colour legend, and the accessibility attributes (STACK.md trap 4).
import { describe, expect, it } from 'vitest';
import { phaseChart, PHASE_HIT_CLASS } from '../../../src/charts/phase';
import { serverDocument } from '../../../src/charts/render-static';
import { COLUMNS, PHASE_DEFAULTS, ROWS, XI_LEVELS } from '../../../src/sims/phase/defaults';
import { emptyMeasured, emptyTheory, measureOptions, phaseData, type PhaseMeasured } from '../../../src/sims/phase/model';
import { computeTheory } from '../../../src/sims/phase/rounds';

const LABELS = { x: 'σ_w^2', y: 'σ_b^2', chi: 'χ_1 LEGEND', residual: 'RESIDUAL LEGEND', critical: 'χ_1 = 1', xi: 'ξ', aria: 'ARIA' };
const theory = computeTheory('tanh');
/** A fake measured grid (the chart draws whatever it gets): rows 0..3 done, slope = ln χ₁ + 0.05. */
function measured(rows: number): PhaseMeasured {
  const m = emptyMeasured(measureOptions(PHASE_DEFAULTS));
  m.rows = rows;
  for (let i = 0; i < rows * COLUMNS; i++) m.slope[i] = Math.log(theory.chi[i] as number) + 0.05;
  return m;
}
const draw = (view: 'theory' | 'measured' | 'residual', rows = 4, width = 720, t = theory) =>
  phaseChart(phaseData({ ...PHASE_DEFAULTS, view, col: 5, row: 2 }, t, measured(rows)), { width, labels: LABELS, document: serverDocument() });
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('phaseChart', () => {
  it('is one labelled image whose Plot groups are hidden from assistive technology', () => {
    const svg = draw('theory');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('ARIA');
    for (const g of svg.querySelectorAll('[aria-label]')) if (g !== svg) expect(g.getAttribute('aria-hidden')).toBe('true');
  });

  it('has a hit cell per grid point, tagged with its column and row', () => {
    const hits = [...draw('theory').querySelectorAll(`g.${PHASE_HIT_CLASS} rect`)];
    expect(hits).toHaveLength(COLUMNS * ROWS);
    const keys = new Set(hits.map((r) => `${r.getAttribute('data-col')},${r.getAttribute('data-row')}`));
    expect(keys.size).toBe(COLUMNS * ROWS);
  });

  it('labels the critical line and both signs of every ξ level, and writes the axis labels as mathematics', () => {
    const svg = draw('theory');
    const all = texts(svg);
    expect(all.some((t) => t.replace(/\u200B/g, '') === 'χ1 = 1')).toBe(true);
    for (const xi of XI_LEVELS) {
      expect(all).toContain(`ξ = ${xi}`);
      expect(all).toContain(`ξ = −${xi}`);
    }
    // σ_w^2 is typeset: a subscript w and a superscript 2 (tspans), not the markup
    expect(all.some((t) => t.includes('σ_w^2'))).toBe(false);
    expect(svg.querySelectorAll('tspan[font-size]').length).toBeGreaterThan(0);
  });

  it('draws no critical line where there is none (sigmoid), and none while no theory row is in', () => {
    const sig = phaseChart(phaseData(PHASE_DEFAULTS, computeTheory('sigmoid'), measured(0)), { width: 720, labels: LABELS, document: serverDocument() });
    expect(texts(sig).some((t) => t.includes('= 1'))).toBe(false);
    const none = draw('theory', 0, 720, emptyTheory('tanh'));
    expect(none.querySelectorAll('path').length).toBeLessThan(draw('theory').querySelectorAll('path').length);
  });

  it('measured view: one disc per measured point on top of the theory; theory view: none', () => {
    expect(draw('measured', 4).querySelectorAll('circle')).toHaveLength(4 * COLUMNS);
    expect(draw('measured', ROWS).querySelectorAll('circle')).toHaveLength(ROWS * COLUMNS);
    expect(draw('theory', ROWS).querySelectorAll('circle')).toHaveLength(0);
  });

  it('residual view: only measured cells are coloured, the others shaded, and the legend names the residual', () => {
    const svg = draw('residual', 4);
    const coloured = [...svg.querySelectorAll('rect')].filter((r) => /^(#|rgb)/.test(r.getAttribute('fill') ?? '') && !r.closest('.phase-legend'));
    expect(coloured).toHaveLength(4 * COLUMNS);
    expect(texts(svg).some((t) => t.startsWith('RESIDUAL LEGEND'))).toBe(true);
    expect(texts(draw('theory')).some((t) => t.startsWith('χ1 LEGEND') || t.startsWith('χ_1 LEGEND') || t.includes('LEGEND'))).toBe(true);
  });

  it('colours χ₁ on a log scale diverging at 1: blue below, red above, the palest at 1, clamped beyond the span', () => {
    const svg = draw('theory') as SVGSVGElement & { scale(n: 'color'): { apply(v: number): string; type: string; pivot: number } };
    const c = svg.scale('color');
    expect(c.type).toBe('diverging-log');
    expect(c.pivot).toBe(1);
    const rgb = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
    const [r1, g1, b1] = rgb(c.apply(1));
    const [rLo, , bLo] = rgb(c.apply(0.5));
    const [rHi, , bHi] = rgb(c.apply(2));
    expect(bLo).toBeGreaterThan(rLo); // ordered: blue
    expect(rHi).toBeGreaterThan(bHi); // chaotic: red
    expect(Math.min(r1, g1, b1)).toBeGreaterThan(200); // the pivot is pale
    expect(c.apply(100)).toBe(c.apply(4));
  });

  it('draws the cursor as an outlined cell', () => {
    const outlined = [...draw('theory').querySelectorAll('rect')].filter((r) => r.getAttribute('fill') === 'none' || r.parentElement?.getAttribute('fill') === 'none');
    expect(outlined.length).toBe(1);
  });

  for (const width of [360, 1280]) {
    it(`fits its width (${width} px)`, () => {
      const svg = draw('measured', 4, width);
      expect(Number(svg.getAttribute('width'))).toBe(width);
    });
  }
});
