// Moving a chart's lines in place (charts/fast-lines.ts, issue 11): a chart on the page patched with the next
// state's lines, pins and rule must hold exactly what Plot draws for that state (every path's d, every rule's x),
// so the whole drawing that follows a frame later changes nothing there; and anything that is not only a line's
// move (another depth, format, activation, a mark that appears) is refused, so the island draws with Plot.
import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/render-static';
import { areaPath, chartScales, linePath, patchLines } from '../../../src/charts/fast-lines';
import { remediesChart, remediesLinesOnly } from '../../../src/charts/remedies';
import { computeRemedies } from '../../../src/sims/remedies/model';
import { DEPTH_MAX as REMEDIES_DEPTH_MAX, REMEDIES_DEFAULTS, type RemediesState } from '../../../src/sims/remedies/defaults';
import { heldAxis } from '../../../src/sims/held-axis';
import { recurrentChart, recurrentLinesOnly, type RecurrentChartLabels } from '../../../src/charts/recurrent';
import { computeRecurrent } from '../../../src/sims/recurrent/model';
import { recurrentDomain } from '../../../src/sims/recurrent/domain';
import { RECURRENT_DEFAULTS, SEQ_LEN_MAX, type RecurrentState } from '../../../src/sims/recurrent/defaults';
import { precisionChart, precisionLinesOnly, type PrecisionChartLabels } from '../../../src/charts/precision';
import { explodingChart, explodingLinesOnly } from '../../../src/charts/exploding';
import { computePrecision } from '../../../src/sims/precision/model';
import { precisionDomain } from '../../../src/sims/precision/domain';
import { PRECISION_DEFAULTS, type PrecisionState } from '../../../src/sims/precision/defaults';
import { computeExploding } from '../../../src/sims/exploding/model';
import { EXPLODING_DEFAULTS, type ExplodingState } from '../../../src/sims/exploding/defaults';
import { PART_CLASS } from '../../../src/charts/parts';
import { productChart, productLinesOnly } from '../../../src/charts/product';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import type { ProductState } from '../../../src/sims/product/state';
import { yDomain } from '../../../src/sims/product/domain';
import { PRODUCT_I18N } from '../../../src/i18n/product';

const P_LABELS: PrecisionChartLabels = {
  x: 'l', y: 'y', exact: 'exact', format: '{format}', zeroBand: 'zero', subnormalBand: 'sub', overflowBand: 'over',
  firstZero: 'l ≤ {l}', aria: 'chart',
};
const E_LABELS = { x: 'l', y: 'y', delta: 'Δ', gradRaw: 'raw', gradClipped: 'clipped', overflow: '∞', nan: 'NaN', aria: 'chart' };

/** Each part's geometry: its path's d, or its rule's x1/x2. */
function geometry(svg: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of svg.querySelectorAll(`[class*="${PART_CLASS}"]`)) {
    const cls = g.getAttribute('class')!.split(/\s+/).find((c) => c.startsWith(PART_CLASS))!;
    out[cls] = [...g.children].filter((c) => c.localName === 'path' || c.localName === 'line')
      .map((c) => (c.localName === 'path' ? c.getAttribute('d')! : `${c.getAttribute('x1')} ${c.getAttribute('x2')}`));
  }
  return out;
}

describe('fast lines: precision', () => {
  const width = 720;
  const P = (over: Partial<PrecisionState>) => computePrecision({ ...PRECISION_DEFAULTS, depth: 100, ...over });
  const draw = (data: ReturnType<typeof P>, domain = precisionDomain(data)) =>
    precisionChart(data, { width, labels: P_LABELS, domain, document: serverDocument() });

  it('σ_w steps at depth 100 in float16: the patched chart holds what Plot draws (lines, moved zero pins, rule)', () => {
    let checked = 0;
    for (const [a, b] of [[1, 1.1], [1.1, 1], [1.1, 1.2], [0.9, 1]]) {
      const shown = P({ sigmaW: a });
      const next = P({ sigmaW: b });
      const domain = precisionDomain(next, precisionDomain(shown));
      if (domain.lo !== precisionDomain(shown).lo || domain.hi !== precisionDomain(shown).hi) continue;
      const onPage = draw(shown, domain);
      const moved = precisionLinesOnly(shown, next, domain);
      expect(moved, `${a} → ${b}`).not.toBeNull();
      expect(patchLines(onPage, moved!.lines, chartScales(onPage)!, moved!.rules)).toBe(true);
      expect(geometry(onPage)).toEqual(geometry(draw(next, domain)));
      if (shown.firstZeroLayer !== next.firstZeroLayer) checked++;
    }
    expect(checked, 'a step that moves the first zero layer (and its pins)').toBeGreaterThan(0);
  });

  it('another depth, format or activation is not only a move of lines', () => {
    const shown = P({});
    for (const over of [{ depth: 99 }, { format: 'bfloat16' as const }, { activation: 'tanh' as const }]) {
      const next = P(over);
      expect(precisionLinesOnly(shown, next, precisionDomain(next)), JSON.stringify(over)).toBeNull();
    }
  });

  it('a part missing on the page refuses the whole patch and writes nothing', () => {
    const shown = P({ format: 'float32' });
    const next = P({ format: 'float32', sigmaW: 1.1 });
    const onPage = draw(shown);
    const before = geometry(onPage);
    const moved = precisionLinesOnly(shown, next, precisionDomain(shown))!;
    expect(patchLines(onPage, [...moved.lines, { part: 'nowhere', points: [{ x: 1, y: 1 }] }], chartScales(onPage)!)).toBe(false);
    expect(geometry(onPage)).toEqual(before);
  });
});

describe('fast lines: exploding', () => {
  const E = (over: Partial<ExplodingState>) => computeExploding({ ...EXPLODING_DEFAULTS, depth: 100, ...over });
  const draw = (data: ReturnType<typeof E>) => explodingChart(data, { width: 640, labels: E_LABELS, document: serverDocument() });

  it('σ_w steps, with and without clipping: the patched chart holds what Plot draws', () => {
    let patched = 0;
    for (const clip of [0, 1]) {
      for (const [a, b] of [[2, 2.1], [2.1, 2], [1.9, 2]]) {
        const shown = E({ sigmaW: a, clip });
        const next = E({ sigmaW: b, clip });
        const onPage = draw(shown);
        const lines = explodingLinesOnly(shown, next);
        if (lines === null) continue; // a value float32 could not hold came or went: Plot draws it
        expect(patchLines(onPage, lines, chartScales(onPage)!)).toBe(true);
        expect(geometry(onPage)).toEqual(geometry(draw(next)));
        patched++;
      }
    }
    expect(patched).toBeGreaterThanOrEqual(4);
  });

  it('another depth or activation is refused', () => {
    const shown = E({});
    expect(explodingLinesOnly(shown, E({ depth: 99 }))).toBeNull();
    expect(explodingLinesOnly(shown, E({ activation: 'tanh' }))).toBeNull();
  });
});

describe('fast lines: product', () => {
  const labels = { ...PRODUCT_I18N.en.chart, aria: 'chart' };
  const M = (over: Partial<ProductState>) => productModel({ ...PRODUCT_CODEC.defaults(), depth: 100, ...over });

  it('σ_w and σ_b steps at depth 100 (lines with pinned gaps): the patched chart holds what Plot draws', () => {
    let patched = 0;
    let gaps = 0;
    for (const activation of ['sigmoid', 'tanh', 'relu'] as const) {
      for (const [a, b] of [[{ sigmaW: 1 }, { sigmaW: 1.05 }], [{ sigmaW: 1.05 }, { sigmaW: 1 }], [{ sigmaW: 2 }, { sigmaW: 2.05 }], [{ sigmaB: 0 }, { sigmaB: 0.05 }]]) {
        const shown = M({ activation, ...a });
        const next = M({ activation, ...b });
        const domain = yDomain(shown);
        if (JSON.stringify(yDomain(next, domain)) !== JSON.stringify(domain)) continue; // a new axis: drawn whole
        const opts = { width: 640, labels, domain, document: serverDocument() };
        const onPage = productChart(shown, opts);
        const lines = productLinesOnly(shown, next, domain)!;
        expect(patchLines(onPage, lines, chartScales(onPage)!), `${activation} ${JSON.stringify(b)}`).toBe(true);
        const want = geometry(productChart(next, opts));
        const got = geometry(onPage);
        for (const part of ['delta', 'delta-dots', 'product', 'product-dots', 'mean-field']) expect(got[`${PART_CLASS}${part}`], part).toEqual(want[`${PART_CLASS}${part}`]);
        if (((want[`${PART_CLASS}delta`]?.[0] ?? '').match(/[ML]/g) ?? []).length < 100) gaps++; // pinned layers left out
        patched++;
      }
    }
    expect(patched).toBeGreaterThanOrEqual(6);
    expect(gaps, 'a Δ line with pinned layers left out').toBeGreaterThan(0);
  });

  it('another depth is refused', () => {
    const shown = M({});
    expect(productLinesOnly(shown, M({ depth: 99 }), yDomain(shown))).toBeNull();
  });
});

describe('fast lines: remedies', () => {
  const R_LABELS = { x: 'l', y: 'Δ', plain: 'plain', remedied: 'remedied', aria: 'chart' };
  const R = (over: Partial<RemediesState>) =>
    computeRemedies({ ...REMEDIES_DEFAULTS, depth: 100, relu: false, batchNorm: false, residual: 'none', ...over }, 1);
  const draw = (data: ReturnType<typeof R>, axisLayers: number) =>
    remediesChart(data, { width: 640, labels: R_LABELS, axisLayers, document: serverDocument() });

  it('depth steps on the held axis (bands, lines, dots and off-axis rings): the patched chart holds what Plot draws', () => {
    let patched = 0;
    let rings = 0;
    const remedies: Partial<RemediesState>[] = [{}, { relu: true }, { batchNorm: true }, { relu: true, batchNorm: true }, { residual: 'identity' }];
    for (const over of remedies) {
      // depth a → b on the axis of a drawing of `shownAxis` layers (a drag that started deeper, or grew past it)
      for (const [a, b, shownAxis] of [[100, 99, 100], [99, 100, 100], [97, 96, 100], [30, 31, 35], [31, 30, 35], [35, 36, 35]]) {
        const shown = R({ ...over, depth: a });
        const next = R({ ...over, depth: b });
        const axis = heldAxis(b, shownAxis, REMEDIES_DEPTH_MAX);
        const moved = remediesLinesOnly(shown, shownAxis, next, axis);
        if (axis !== shownAxis) { expect(moved, `${a} → ${b} on a new axis`).toBeNull(); continue; }
        expect(moved, `${a} → ${b}`).not.toBeNull();
        const onPage = draw(shown, shownAxis);
        if (!patchLines(onPage, moved!.lines, chartScales(onPage)!, [], moved!.areas)) continue; // a mark came or went
        const want = geometry(draw(next, axis));
        expect(geometry(onPage), `${JSON.stringify(over)} ${a} → ${b}`).toEqual(want);
        if ((want[`${PART_CLASS}plain-off`]?.[0] ?? '') !== '') rings++;
        patched++;
      }
    }
    expect(patched).toBeGreaterThanOrEqual(15);
    expect(rings, 'a step with off-axis points, drawn as ring markers').toBeGreaterThan(0);
  });

  it('another axis or another activation (the colours) is refused', () => {
    const shown = R({ depth: 50 });
    expect(remediesLinesOnly(shown, 50, R({ depth: 49 }), 45)).toBeNull();
    expect(remediesLinesOnly(shown, 50, R({ depth: 50, relu: true }), 50)).toBeNull();
  });

  it('the dots are one filled path per series, a disc per on-axis layer, not a circle or a marker per layer', () => {
    const data = R({ depth: 100 });
    const svg = draw(data, 100);
    const circlesOutsideMarkers = [...svg.querySelectorAll('circle')].filter((c) => c.parentElement?.localName !== 'marker');
    expect(circlesOutsideMarkers).toHaveLength(0);
    for (const series of ['plain', 'remedied']) {
      const dots = svg.querySelectorAll(`.${PART_CLASS}${series}-dots > path`);
      expect(dots).toHaveLength(1);
      expect(dots[0].getAttribute('marker-mid') ?? dots[0].getAttribute('marker-start')).toBeNull();
      expect(dots[0].getAttribute('stroke')).toBe('none');
      const onAxis = remediesLinesOnly(data, 100, data, 100)!.lines.find((l) => l.part === `${series}-dots`)!.points.length;
      expect(onAxis).toBeGreaterThan(0);
      expect(dots[0].getAttribute('d')!.match(/M/g)).toHaveLength(onAxis);
    }
  });
});

describe('fast lines: recurrent', () => {
  const LABELS: RecurrentChartLabels = { x: 't', y: 'g', measured: 'm', theory: 'th', cell: 'c', band: 'b', zeroBand: 'z', subnormalBand: 's', aria: 'chart' };
  const cache = new Map<string, ReturnType<typeof computeRecurrent>>();
  const D = (over: Partial<RecurrentState>) => {
    const k = JSON.stringify(over);
    if (!cache.has(k)) cache.set(k, computeRecurrent({ ...RECURRENT_DEFAULTS, ...over }));
    return cache.get(k)!;
  };
  const draw = (data: ReturnType<typeof D>, axisSteps: number, domain: ReturnType<typeof recurrentDomain>) =>
    recurrentChart(data, { width: 640, labels: LABELS, domain, axisSteps, document: serverDocument() });

  it('T steps on the held time axis (bands, lines, zero triangles, subnormal rings): the patched chart holds what Plot draws', () => {
    let patched = 0;
    const parts = new Set<string>();
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      for (const [a, b, shownAxis] of [[200, 199, 200], [199, 200, 200], [52, 53, 55], [53, 52, 55]]) {
        const shown = D({ cell, seqLen: a });
        const next = D({ cell, seqLen: b });
        const shownDomain = recurrentDomain(shown);
        const axis = heldAxis(b, shownAxis, SEQ_LEN_MAX);
        const domain = recurrentDomain(next, shownDomain);
        expect(axis).toBe(shownAxis);
        const moved = recurrentLinesOnly({ data: shown, axis: shownAxis, domain: shownDomain }, next, axis, domain);
        if (domain !== shownDomain) { expect(moved).toBeNull(); continue; } // a new y axis: drawn whole
        expect(moved, `${cell} ${a} → ${b}`).not.toBeNull();
        const onPage = draw(shown, shownAxis, shownDomain);
        if (!patchLines(onPage, moved!.lines, chartScales(onPage)!, [], moved!.areas)) continue; // a mark came or went
        const want = geometry(draw(next, axis, domain));
        expect(geometry(onPage), `${cell} ${a} → ${b}`).toEqual(want);
        for (const [part, ds] of Object.entries(want)) if (ds.some((d) => d !== '')) parts.add(part.slice(PART_CLASS.length));
        patched++;
      }
    }
    expect(patched).toBeGreaterThanOrEqual(8);
    for (const part of ['measured', 'measured-dots', 'seed-band', 'seed-range', 'theory', 'zeros', 'subnormal', 'cell']) expect([...parts], part).toContain(part);
  });

  it('another time axis, y axis or cell is refused', () => {
    const shown = D({ seqLen: 100 });
    const at = { data: shown, axis: 100, domain: recurrentDomain(shown) };
    expect(recurrentLinesOnly(at, D({ seqLen: 99 }), 95, at.domain)).toBeNull();
    expect(recurrentLinesOnly(at, D({ seqLen: 99 }), 100, { lo: at.domain.lo - 5, hi: at.domain.hi })).toBeNull();
    expect(recurrentLinesOnly(at, D({ seqLen: 100, cell: 'gru' }), 100, at.domain)).toBeNull();
  });
});

describe('areaPath', () => {
  const id = { x: (v: number) => v, y: (v: number) => v };
  it("writes d3's area: forward along y2, back along y1, closed; a run per defined stretch", () => {
    expect(areaPath([{ x: 1, y1: 0, y2: 2 }, { x: 2, y1: 1, y2: 3.00049 }], id)).toBe('M1,2L2,3L2,1L1,0Z');
    expect(areaPath([{ x: 1, y1: 0, y2: 2 }], id)).toBe('M1,2L1,0Z');
    expect(areaPath([], id)).toBe('');
    expect(areaPath([{ x: 1, y1: 0, y2: 2 }, { x: 2, y1: NaN, y2: 3 }, { x: 3, y1: 1, y2: 2 }], id)).toBe('M1,2L1,0ZM3,2L3,1Z');
  });
});

describe('linePath', () => {
  const id = { x: (v: number) => v, y: (v: number) => v };
  it("writes d3's linear path with 3 digits, a lone point closed, gaps at undefined points, nothing for none", () => {
    expect(linePath([{ x: 1, y: 2.00049 }, { x: 3.3333333, y: 4 }], id)).toBe('M1,2L3.333,4');
    expect(linePath([{ x: 1, y: 2 }], id)).toBe('M1,2Z');
    expect(linePath([], id)).toBe('');
    expect(linePath([{ x: 1, y: NaN }], id)).toBe('');
    expect(linePath([{ x: 1, y: NaN }, { x: 2, y: 2 }], id)).toBe('M2,2Z');
    expect(linePath([{ x: 1, y: 1 }, { x: 2, y: NaN }, { x: 3, y: 3 }, { x: 4, y: 4 }, { x: 5, y: NaN }], id)).toBe('M1,1ZM3,3L4,4');
  });
});
