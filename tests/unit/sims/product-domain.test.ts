// The product chart's y domain (sims/product/domain.ts): holds every plotted value and the float32 bands the
// data reach, snapped to the grid, still while σ_w or σ_b moves, and never flipping near a grid line.
import { describe, expect, it } from 'vitest';
import { PRODUCT_CODEC, type ProductState } from '../../../src/sims/product/state';
import { productModel, type ProductData, type ProductLayer } from '../../../src/sims/product/model';
import {
  DOMAIN_EDGE, DOMAIN_STEP, domainNeeds, domainValues, yDomain, type ProductDomain,
} from '../../../src/sims/product/domain';
import { FLOAT32_MAX, FLOAT32_MIN_NORMAL, FLOAT32_MIN_SUBNORMAL } from '../../../src/sims/product/defaults';
import { chartRows } from '../../../src/charts/product-points';

const D = PRODUCT_CODEC.defaults();
const run = (s: Partial<ProductState>) => ({ data: productModel({ ...D, ...s }) });

/** Every finite value the chart draws as a line or ring, as log10. */
function plotted(data: ProductData): number[] {
  const out: number[] = [];
  for (const l of data.layers) {
    out.push(l.log10Product, Math.log10(l.deltaNorm));
    if (l.float32Kind === 'subnormal') out.push(Math.log10(l.float32Product));
  }
  return out.filter(Number.isFinite);
}

/** Data of `values.length` layers whose product and ‖Δ‖ are the given log10 values (float32-normal). */
function fakeData(values: number[]): ProductData {
  const layers: ProductLayer[] = values.map((v, i) => ({
    layer: i + 1, meanDerivative: 0.5, log10Product: v, float32Product: 10 ** v, float32Kind: 'normal',
    deltaNorm: 10 ** v, deltaKind: 'normal', deltaNext: 1, weightNext: 1, log10ProductNext: 0, log10MeanField: NaN,
  }));
  return { depth: values.length, layers, outputDelta: 1, chi1: 1, qStar: 1, sigmaWEffective: 1, first: layers[0] };
}

const onGrid = (d: ProductDomain) => Number.isInteger(d.lo / DOMAIN_STEP) && Number.isInteger(d.hi / DOMAIN_STEP);

describe('product y domain', () => {
  it('fits the default state: every value inside, the data fill most of the height, ends on the grid', () => {
    const { data } = run({});
    const d = yDomain(data);
    const values = plotted(data);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    expect(lo).toBeGreaterThanOrEqual(d.lo + DOMAIN_EDGE);
    expect(hi).toBeLessThanOrEqual(d.hi - DOMAIN_EDGE);
    expect(onGrid(d)).toBe(true);
    // the issue: on the old axis (10⁻¹⁰⁰ to 10⁴⁵) these data filled a tenth of the height
    expect((hi - lo) / (d.hi - d.lo)).toBeGreaterThan(0.5);
    // the sigmoid's product lies below the lesson's bound 0.25^L, so the bound is on the axis
    expect(d.lo).toBeLessThanOrEqual(D.depth * Math.log10(0.25));
  });

  it('holds every finite plotted value across activations, scales and depths, with or without a previous domain', () => {
    let previous: ProductDomain | null = null;
    for (const depth of [5, 30, 100]) {
      for (const activation of ['sigmoid', 'tanh', 'relu', 'linear'] as const) {
        for (const sigmaW of [0.1, 1, 2.5, 4]) {
          const { data } = run({ depth, activation, sigmaW, sigmaB: sigmaW > 2 ? 1 : 0 });
          for (const d of [yDomain(data), (previous = yDomain(data, previous))]) {
            for (const v of plotted(data)) {
              expect(v).toBeGreaterThanOrEqual(d.lo);
              expect(v).toBeLessThanOrEqual(d.hi);
            }
            expect(onGrid(d)).toBe(true);
            // nothing drawn is pinned for being off the axis
            const pins = chartRows(data, null, domainValues(d)).pins;
            expect(pins.filter((p) => p.kind === 'below' || p.kind === 'above')).toEqual([]);
          }
        }
      }
    }
  });

  it('does not move while σ_w or σ_b moves inside one regime, where a fit to the data would move at every decade', () => {
    const start = run({});
    let d = yDomain(start.data);
    const first = d;
    const fittedFloors = new Set<number>();
    const steps: Partial<ProductState>[] = [];
    for (let w = 1; w <= 2.2 + 1e-9; w += 0.05) steps.push({ sigmaW: Number(w.toFixed(2)) });
    for (let b = 0; b <= 0.3 + 1e-9; b += 0.05) steps.push({ sigmaW: 1, sigmaB: Number(b.toFixed(2)) });
    for (const s of steps) {
      const { data } = run(s);
      const n = domainNeeds(data);
      expect(n.subnormal || n.overflow).toBe(false);
      fittedFloors.add(Math.floor(n.lo));
      d = yDomain(data, d);
      expect(d).toEqual(first);
    }
    expect(fittedFloors.size).toBeGreaterThan(1);
  });

  it('shows float32’s subnormal and zero bands once the data reach them', () => {
    const { data } = run({ depth: 100 });
    expect(data.first.float32Kind).toBe('zero');
    for (const d of [yDomain(data), yDomain(data, yDomain(run({}).data))]) {
      // the whole subnormal band and at least two decades of the zero band below it
      expect(d.lo).toBeLessThanOrEqual(Math.log10(FLOAT32_MIN_SUBNORMAL) - 2);
      expect(d.hi).toBeGreaterThan(Math.log10(FLOAT32_MIN_NORMAL));
    }
    // not before: a depth whose values all stay float32-normal does not reach down there
    const shallow = run({ depth: 30 });
    expect(domainNeeds(shallow.data).subnormal).toBe(false);
    expect(yDomain(shallow.data).lo).toBeGreaterThan(Math.log10(FLOAT32_MIN_NORMAL));
  });

  it('shows the region above float32’s largest number once values overflow', () => {
    const { data } = run({ depth: 100, activation: 'relu', sigmaW: 4 });
    expect(data.layers.some((l) => l.deltaKind === 'nan' || l.deltaKind === 'infinite')).toBe(true);
    const d = yDomain(data, yDomain(run({}).data));
    expect(d.hi).toBeGreaterThanOrEqual(Math.log10(FLOAT32_MAX) + 1);
    const calm = run({ depth: 100, activation: 'relu', sigmaW: 1 });
    expect(yDomain(calm.data).hi).toBeLessThan(Math.log10(FLOAT32_MAX));
  });

  it('has hysteresis: a value jittering across a grid line does not flip the domain back and forth', () => {
    const grid = -3 * DOMAIN_STEP;
    // the lowest value a hair above and below the point where the floor must drop a step
    const above = fakeData([grid + DOMAIN_EDGE + 0.05, 0]);
    const below = fakeData([grid + DOMAIN_EDGE - 0.05, 0]);
    expect(yDomain(above).lo).toBe(grid);
    expect(yDomain(below).lo).toBe(grid - DOMAIN_STEP);
    let d = yDomain(above);
    const seen = new Set<number>();
    for (let i = 0; i < 6; i++) {
      d = yDomain(i % 2 ? above : below, d);
      seen.add(d.lo);
    }
    expect([...seen]).toEqual([grid - DOMAIN_STEP]);
    // once the data move well inside, the floor comes back up
    d = yDomain(fakeData([grid + 2, 0]), d);
    expect(d.lo).toBe(grid);
  });

  it('is stable under its own output (the island may recompute with the domain it just got)', () => {
    for (const s of [{}, { depth: 100 }, { depth: 100, activation: 'relu' as const, sigmaW: 3 }, { depth: 7, activation: 'tanh' as const }]) {
      const { data } = run(s);
      const d = yDomain(data);
      expect(yDomain(data, d)).toEqual(d);
    }
  });
});
