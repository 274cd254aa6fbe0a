// The precision chart: its marks (the exact and format lines, the bands named, the first all-zero layer marked,
// the zero layers pinned to the bottom edge) and its axis (sims/precision/domain.ts: snapped to decades, tied to
// the regime and the format, still while S or the walk moves).
import { describe, expect, it } from 'vitest';
import { precisionChart, type PrecisionChartLabels } from '../../../src/charts/precision';
import { serverDocument } from '../../../src/charts/render-static';
import { computePrecision } from '../../../src/sims/precision/model';
import { DOMAIN_STEP, precisionDomain } from '../../../src/sims/precision/domain';
import { PRECISION_DEFAULTS, type PrecisionState } from '../../../src/sims/precision/defaults';
import { PART_CLASS } from '../../../src/charts/parts';

const LABELS: PrecisionChartLabels = {
  x: 'layer l', y: '‖Δ^{(l)}‖', exact: 'LEG exact', format: 'LEG in {format}', zeroBand: 'ZERO {format}',
  subnormalBand: 'SUBNORMAL', overflowBand: 'OVERFLOW {format}', firstZero: 'FIRST l ≤ {l}', aria: 'the chart',
};
const at = (over: Partial<PrecisionState>): PrecisionState => ({ ...PRECISION_DEFAULTS, ...over });

function draw(state: PrecisionState, width = 720) {
  const data = computePrecision(state);
  const svg = precisionChart(data, { width, labels: LABELS, domain: precisionDomain(data), document: serverDocument() });
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
  const cls = (name: string) => svg.querySelectorAll(`.${PART_CLASS}${name}`);
  /** Pins are the markers of an unstroked line (one vertex a pin): the vertices of that line's path, per shape. */
  const pins = (kind: 'zero' | 'top') => {
    const d = cls(`pins-${kind}`)[0]?.querySelector('path')?.getAttribute('d') ?? '';
    return (d.match(/[ML]/g) ?? []).length;
  };
  return { data, svg, texts, cls, pins };
}

describe('precisionChart marks', () => {
  it('default float16: both lines, the three bands named, the first zero layer ruled and labelled, zeros pinned', () => {
    const { data, svg, texts, cls, pins } = draw(PRECISION_DEFAULTS);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('the chart');
    expect(cls('exact').length).toBe(1);
    expect(cls('format').length).toBe(1);
    for (const band of ['zero', 'subnormal', 'overflow']) expect(cls(`band-${band}`).length, band).toBe(1);
    expect(texts).toEqual(expect.arrayContaining(['ZERO float16', 'SUBNORMAL', 'OVERFLOW float16']));
    expect(texts.some((t) => t.includes('— LEG in float16'))).toBe(true);
    expect(cls('first-zero').length).toBe(1);
    expect(texts).toContain(`FIRST l ≤ ${data.firstZeroLayer}`);
    // one hollow triangle per all-zero layer, drawn by a marker on an invisible line; no ∞ or NaN
    expect(pins('zero')).toBe(data.firstZeroLayer);
    expect(pins('top')).toBe(0);
    const zeroLine = cls('pins-zero')[0];
    expect(zeroLine.getAttribute('stroke-opacity')).toBe('0');
    const marker = zeroLine.querySelector('marker');
    expect(marker?.querySelector('polygon')?.getAttribute('points')?.split(' ').length).toBe(3);
    expect(marker?.getAttribute('stroke-opacity')).toBe('1'); // the group's 0 must not hide the pins
    // the y label is typeset: Δ with a superscript (l)
    expect(svg.querySelector('tspan')).not.toBeNull();
  });

  it('bfloat16: no zero layer, no rule; float16 bands are off the axis', () => {
    const { cls, texts, pins } = draw(at({ format: 'bfloat16' }));
    expect(cls('first-zero').length).toBe(0);
    expect(pins('zero') + pins('top')).toBe(0);
    expect(texts.some((t) => t.startsWith('ZERO'))).toBe(false);
  });

  it('an overflowing S pins ∞ at the top edge', () => {
    const { data, pins } = draw(at({ scale: 30 }));
    const top = data.rows.filter((r) => !Number.isFinite(r.value)).length;
    const zero = data.rows.filter((r) => r.value === 0).length;
    expect(top).toBeGreaterThan(0);
    expect(pins('top')).toBe(top);
    expect(pins('zero')).toBe(zero);
  });
});

describe('precision axis', () => {
  it('is snapped to whole grid steps and holds every exact value', () => {
    for (const s of [PRECISION_DEFAULTS, at({ depth: 100 }), at({ activation: 'relu', sigmaW: 3, depth: 40 }), at({ format: 'float64', depth: 2 })]) {
      const data = computePrecision(s);
      const d = precisionDomain(data);
      expect(Number.isInteger(d.lo / DOMAIN_STEP)).toBe(true);
      expect(Number.isInteger(d.hi / DOMAIN_STEP)).toBe(true);
      for (const r of data.rows) {
        expect(Math.log10(r.exact)).toBeGreaterThan(d.lo);
        expect(Math.log10(r.exact)).toBeLessThan(d.hi);
      }
    }
  });

  it('does not move with the loss scale (the bands slide instead)', () => {
    const base = precisionDomain(computePrecision(PRECISION_DEFAULTS));
    for (const scale of [-10, 8, 17, 40]) expect(precisionDomain(computePrecision(at({ scale })))).toEqual(base);
  });

  it('takes in float16\'s zero and overflow lines (they are near the data), not float64\'s', () => {
    const f16 = precisionDomain(computePrecision(PRECISION_DEFAULTS));
    expect(f16.lo).toBeLessThanOrEqual(Math.log10(2 ** -24));
    expect(f16.hi).toBeGreaterThanOrEqual(Math.log10(65504));
    const f64 = precisionDomain(computePrecision(at({ format: 'float64' })));
    expect(f64.lo).toBeGreaterThan(-30);
    expect(f64.hi).toBeLessThan(10);
  });

  it('depends on depth (the regime): a deeper sigmoid stack reaches further down', () => {
    const a = precisionDomain(computePrecision(at({ format: 'float64', depth: 20 })));
    const b = precisionDomain(computePrecision(at({ format: 'float64', depth: 100 })));
    expect(b.lo).toBeLessThan(a.lo - 3 * DOMAIN_STEP);
  });
});
