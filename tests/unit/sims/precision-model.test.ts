// The precision island's model: the number formats' facts of issue 14, and what the island claims from them
// (the first all-zero layer moves with the format and with S, a too-large S overflows, dynamic loss scaling
// halves on overflow and doubles after N clean steps). Expected values are the formats' definitions, not outputs.
import { describe, expect, it } from 'vitest';
import { FORMAT_INFO, formatProduct, roundTo } from '../../../src/engine/index';
import { computePrecision, dynamicWalk, formatBands, powerZeroDepth } from '../../../src/sims/precision/model';
import { precisionFacts } from '../../../src/sims/precision/caption';
import { PRECISION_DEFAULTS, WALK_GROWTH_INTERVAL, type PrecisionState } from '../../../src/sims/precision/defaults';
import { PRECISION_I18N } from '../../../src/i18n/precision';

const at = (over: Partial<PrecisionState>): PrecisionState => ({ ...PRECISION_DEFAULTS, ...over });
const quarterPowers = (L: number) => new Array<number>(L).fill(0.25);

describe('number formats: the facts the island stands on', () => {
  it('float16: largest 65504, smallest normal 2^-14, smallest subnormal 2^-24, ties to even', () => {
    expect(FORMAT_INFO.float16.maxFinite).toBe(65504);
    expect(roundTo('float16', 65504)).toBe(65504);
    expect(roundTo('float16', 65520)).toBe(Infinity);
    expect(FORMAT_INFO.float16.minNormal).toBe(2 ** -14);
    expect(FORMAT_INFO.float16.minSubnormal).toBe(2 ** -24);
    expect(roundTo('float16', 2 ** -24)).toBe(2 ** -24);
    // exactly half the smallest subnormal is a tie between 0 and 2^-24: to even, 0; a hair above goes up
    expect(roundTo('float16', 2 ** -25)).toBe(0);
    expect(roundTo('float16', 2 ** -25 * (1 + 2 ** -20))).toBe(2 ** -24);
    // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: to even, 1
    expect(roundTo('float16', 1 + 2 ** -11)).toBe(1);
  });

  it('0.25^L is 0 in float16 from L = 13 and in float32 from L = 75', () => {
    expect(formatProduct('float16', quarterPowers(12))).toBe(2 ** -24);
    expect(formatProduct('float16', quarterPowers(13))).toBe(0);
    expect(formatProduct('float32', quarterPowers(74))).toBe(2 ** -148);
    expect(formatProduct('float32', quarterPowers(75))).toBe(0);
    expect(powerZeroDepth('float16', 0.25)).toBe(13);
    expect(powerZeroDepth('float32', 0.25)).toBe(75);
  });

  it('bfloat16 keeps float32\'s range with 8 significant bits', () => {
    expect(FORMAT_INFO.bfloat16.minNormal).toBe(FORMAT_INFO.float32.minNormal);
    expect(FORMAT_INFO.bfloat16.maxFinite / FORMAT_INFO.float32.maxFinite).toBeGreaterThan(0.99);
    expect(FORMAT_INFO.bfloat16.significandBits).toBe(8);
    expect(roundTo('bfloat16', 1 + 2 ** -7)).toBe(1 + 2 ** -7);
    expect(roundTo('bfloat16', 1 + 2 ** -8)).toBe(1); // a tie, to even
  });

  it('the bands are the format\'s limits divided by S', () => {
    const b = formatBands('float16', 2 ** 10);
    expect(b.zeroBelow).toBe(2 ** -25 / 2 ** 10);
    expect(b.normalFrom).toBe(2 ** -14 / 2 ** 10);
    expect(b.overflowAbove).toBe(65504 / 2 ** 10);
  });
});

describe('precision model: where the format gives up', () => {
  it('defaults (sigmoid, depth 20, float16, S = 1): layer 1 down is all zeros while float64 keeps every layer', () => {
    const d = computePrecision(PRECISION_DEFAULTS);
    expect(d.rows).toHaveLength(PRECISION_DEFAULTS.depth + 1);
    expect(d.rows.every((r) => r.exact > 0)).toBe(true);
    const z = d.firstZeroLayer!;
    expect(z).toBeGreaterThan(1);
    for (const r of d.rows) expect(r.value === 0).toBe(r.layer <= z);
    // every zero layer's exact ‖Δ‖ is small enough that its largest entry is below half of float16's 2^-24 … times √size
    for (const r of d.rows.filter((x) => x.layer <= z)) expect(r.exact).toBeLessThan(2 ** -25 * Math.sqrt(r.size) * 4);
    expect(d.overflow).toBe(false);
  });

  it('the first zero layer moves with the format: float16 loses layers, bfloat16, float32 and float64 none', () => {
    const f16 = computePrecision(PRECISION_DEFAULTS).firstZeroLayer;
    expect(f16).not.toBeNull();
    for (const format of ['bfloat16', 'float32', 'float64'] as const) {
      const d = computePrecision(at({ format }));
      expect(d.firstZeroLayer, format).toBeNull();
      expect(d.overflow).toBe(false);
    }
    // deeper, float32 too gives up: sigmoid at depth 100 falls below 2^-149
    const deep = computePrecision(at({ depth: 100, format: 'float32' }));
    expect(deep.rows[0].exact).toBeLessThan(FORMAT_INFO.float32.minSubnormal);
    expect(deep.firstZeroLayer).not.toBeNull();
    expect(computePrecision(at({ depth: 100, format: 'float64' })).firstZeroLayer).toBeNull();
  });

  it('the first zero layer moves down as S grows, and a too-large S overflows', () => {
    const zs: number[] = [];
    for (const k of [0, 4, 8, 12]) {
      const d = computePrecision(at({ scale: k }));
      expect(d.overflow).toBe(false);
      zs.push(d.firstZeroLayer ?? 0);
    }
    for (let i = 1; i < zs.length; i++) expect(zs[i]).toBeLessThan(zs[i - 1]);
    // S = 2^30: the output layer's entries (~0.05) times 2^30 are far beyond 65504
    const big = computePrecision(at({ scale: 30 }));
    expect(big.overflow).toBe(true);
    expect(big.overflowLayers[0]).toBe(PRECISION_DEFAULTS.depth + 1);
    expect(big.rows.at(-1)!.nonFinite).toBeGreaterThan(0);
    // the same S is harmless in bfloat16 (range of float32)
    expect(computePrecision(at({ scale: 30, format: 'bfloat16' })).overflow).toBe(false);
  });

  it('scaling is exact where nothing under- or overflows: float32 at S = 2^20 gives the S = 1 norms', () => {
    const a = computePrecision(at({ format: 'float32' }));
    const b = computePrecision(at({ format: 'float32', scale: 20 }));
    b.rows.forEach((r, i) => expect(r.value).toBe(a.rows[i].value));
  });
});

describe('dynamic loss scaling walk', () => {
  it('halves on overflow (skipping the step), then doubles after N clean steps, and overflows again', () => {
    const walk = dynamicWalk(at({ scale: 24 }), 24);
    expect(walk[0]).toMatchObject({ k: 24, overflow: true, event: 'skip', nextK: 23 });
    for (let i = 0; i < walk.length; i++) {
      const s = walk[i];
      if (s.overflow) expect(s).toMatchObject({ event: 'skip', nextK: s.k - 1, cleanSteps: 0 });
      else if (s.event === 'grow') expect(s.nextK).toBe(s.k + 1);
      else expect(s).toMatchObject({ event: 'step', nextK: s.k });
      if (i > 0) expect(s.k).toBe(walk[i - 1].nextK);
    }
    const firstClean = walk.findIndex((s) => !s.overflow);
    expect(firstClean).toBeGreaterThan(0);
    // N clean steps in a row, then S doubles; the doubled S overflows (it is past the largest safe S)
    const grow = walk.findIndex((s) => s.event === 'grow');
    expect(grow - firstClean).toBe(WALK_GROWTH_INTERVAL - 1);
    expect(walk[grow + 1].overflow).toBe(true);
    // from then on it oscillates between the largest S that does not overflow and its double
    const m = walk[firstClean].k;
    for (const s of walk.slice(firstClean)) expect([m, m + 1]).toContain(s.k);
  });

  it('without overflow S only grows, one doubling every N steps', () => {
    const walk = dynamicWalk(at({ scale: 0 }), 12);
    expect(walk.map((s) => s.k)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  });
});

describe('precision caption', () => {
  it('says where the zeros start, what S changed, and when it overflows', () => {
    const z0 = computePrecision(PRECISION_DEFAULTS).firstZeroLayer!;
    const scaled = computePrecision(at({ scale: 8 }));
    const f = precisionFacts(scaled);
    expect(f.firstZeroUnscaled).toBe(z0);
    expect(PRECISION_I18N.es.caption(f)).toContain(`los ceros empezaban en la capa ${z0}`);
    expect(PRECISION_I18N.en.caption(f)).toContain(`the zeros started at layer ${z0}`);
    const over = precisionFacts(computePrecision(at({ scale: 30 })));
    expect(PRECISION_I18N.en.caption(over)).toContain('the gradient overflows');
    expect(PRECISION_I18N.en.caption(precisionFacts(computePrecision(at({ format: 'bfloat16' }))))).toContain('No layer is left at zero');
    expect(PRECISION_I18N.en.caption(f)).toContain('from L = 13');
  });
});

describe('precision caption: overflow sentence', () => {
  it('names one overflowing layer in the singular and several from the first one down', () => {
    const base = precisionFacts(computePrecision(at({ scale: 30 })));
    const one = { ...base, overflow: true, overflowLayers: 1, overflowFrom: 21 };
    expect(PRECISION_I18N.en.caption(one)).toContain('layer 21 holds ∞ or NaN');
    expect(PRECISION_I18N.es.caption(one)).toContain('la capa 21 tiene ∞ o NaN');
    const many = { ...base, overflow: true, overflowLayers: 5, overflowFrom: 21 };
    expect(PRECISION_I18N.en.caption(many)).toContain('5 layers hold ∞ or NaN, from layer 21 down');
  });
});
