// The recurrent chart: its marks (measured median and seed band, the RNN's theory, the LSTM's cell path, float32's
// bands named, zero steps pinned to the bottom edge) and its axis (sims/recurrent/domain.ts: snapped to decades,
// reaching float32's zero line when the data come near it, kept while it still fits).
import { describe, expect, it } from 'vitest';
import { recurrentChart, type RecurrentChartLabels } from '../../../src/charts/recurrent';
import { serverDocument } from '../../../src/charts/render-static';
import { computeRecurrent, type RecurrentData } from '../../../src/sims/recurrent/model';
import { DOMAIN_STEP, recurrentDomain } from '../../../src/sims/recurrent/domain';
import { RECURRENT_DEFAULTS, type RecurrentState } from '../../../src/sims/recurrent/defaults';
import { PART_CLASS } from '../../../src/charts/parts';

const LABELS: RecurrentChartLabels = {
  x: 'step t', y: '‖∂J/∂h_{t}‖', measured: 'LEG measured', theory: 'LEG theory', cell: 'LEG cell', band: 'LEG seeds',
  zeroBand: 'ZERO', subnormalBand: 'SUBNORMAL', aria: 'the chart',
};
const cache = new Map<string, RecurrentData>();
const dataAt = (over: Partial<RecurrentState>) => {
  const key = JSON.stringify(over);
  if (!cache.has(key)) cache.set(key, computeRecurrent({ ...RECURRENT_DEFAULTS, ...over }));
  return cache.get(key)!;
};

function draw(over: Partial<RecurrentState>, width = 720) {
  const data = dataAt(over);
  const svg = recurrentChart(data, { width, labels: LABELS, domain: recurrentDomain(data), document: serverDocument() });
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
  const cls = (name: string) => svg.querySelectorAll(`[class*="${PART_CLASS}${name}"]`);
  return { data, svg, texts, cls };
}

describe('recurrentChart marks', () => {
  it('the RNN at the defaults: measured line and seed band, theory line, float32 bands named, zero steps pinned', () => {
    const { data, svg, texts, cls } = draw({});
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('the chart');
    for (const name of ['measured', 'seed-band', 'seed-range', 'theory', 'band-zero', 'band-subnormal']) expect(cls(name).length, name).toBe(1);
    expect(cls('cell').length).toBe(0);
    expect(texts).toEqual(expect.arrayContaining(['ZERO', 'SUBNORMAL']));
    expect(texts.some((t) => t.includes('LEG theory'))).toBe(true);
    expect(texts.some((t) => t.includes('LEG cell'))).toBe(false);
    // one hollow triangle per step whose median float32 gradient is exactly 0: the markers of an unstroked line,
    // one vertex a step (one element however many steps)
    const zeroSteps = data.steps.filter((s) => s.grad.median === -Infinity).length;
    expect(zeroSteps).toBeGreaterThan(0);
    const zeroLine = cls('zeros')[0];
    expect(zeroLine.querySelectorAll('path')).toHaveLength(1);
    expect(zeroLine.querySelector('path')!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(zeroSteps);
    const marker = zeroLine.querySelector('marker');
    expect(marker?.querySelector('polygon')?.getAttribute('points')?.split(' ').length).toBe(3);
    expect(marker?.getAttribute('stroke-opacity')).toBe('1'); // the group's 0 must not hide the triangles
    // the theory's float32-subnormal steps are rings: markers of another unstroked line
    const ringSteps = data.steps.filter((s) => s.theory32 !== undefined && s.theory32 > 0 && s.theory32 < data.bands.normalFrom).length;
    expect(ringSteps).toBeGreaterThan(0);
    expect(cls('subnormal')[0].querySelector('path')!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(ringSteps);
    expect([...svg.querySelectorAll('circle')].every((c) => c.parentElement?.localName === 'marker')).toBe(true);
  });

  it('the LSTM: the cell path in the legend and drawn, no theory, no zero pins, float32 bands off the axis', () => {
    const { cls, texts } = draw({ cell: 'lstm' });
    expect(cls('cell').length).toBe(1);
    expect(cls('theory').length).toBe(0);
    expect(cls('zeros')[0]?.querySelectorAll('path') ?? []).toHaveLength(0);
    expect(cls('band-zero').length).toBe(0);
    expect(texts.some((t) => t.includes('LEG cell'))).toBe(true);
  });

  it('labels are typeset as mathematics (subscripts as tspans)', () => {
    const { svg } = draw({ seqLen: 20 });
    const ylabel = [...svg.querySelectorAll('text')].find((t) => (t.textContent ?? '').includes('‖∂J/∂h'));
    expect(ylabel).toBeDefined();
    expect(ylabel!.querySelector('tspan')).not.toBeNull();
  });

  it('a narrow chart (360 px) keeps every mark', () => {
    const { cls } = draw({}, 360);
    for (const name of ['measured', 'theory', 'zeros']) expect(cls(name).length, name).toBe(1);
  });
});

describe('recurrentDomain', () => {
  it('is snapped to grid steps and holds every finite value at least half a decade inside', () => {
    for (const over of [{}, { cell: 'lstm' as const }, { seqLen: 20 }, { init: 'orthogonal' as const }]) {
      const data = dataAt(over);
      const d = recurrentDomain(data);
      expect(Number.isInteger(d.lo / DOMAIN_STEP)).toBe(true);
      expect(Number.isInteger(d.hi / DOMAIN_STEP)).toBe(true);
      for (const s of data.steps) {
        for (const v of [s.grad.min, s.grad.max, s.theory ?? NaN]) {
          if (!Number.isFinite(v)) continue;
          expect(v).toBeGreaterThanOrEqual(d.lo + 0.5);
          expect(v).toBeLessThanOrEqual(d.hi - 0.5);
        }
      }
    }
  });

  it('reaches float32\'s zero line (2^-150) when the RNN comes near it, not when the LSTM stays far above', () => {
    expect(recurrentDomain(dataAt({})).lo).toBeLessThanOrEqual(Math.log10(2 ** -150));
    expect(recurrentDomain(dataAt({ cell: 'lstm' })).lo).toBeGreaterThan(Math.log10(2 ** -126));
  });

  it('keeps the previous axis while the data still fit it, moves when they leave it', () => {
    const a = recurrentDomain(dataAt({ seqLen: 200 }));
    const near = dataAt({ seqLen: 195 });
    expect(recurrentDomain(near, a)).toBe(a);
    const far = dataAt({ seqLen: 20 });
    expect(recurrentDomain(far, a)).not.toEqual(a);
    expect(recurrentDomain(far, a)).toEqual(recurrentDomain(far));
  });
});
