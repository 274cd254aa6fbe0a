// Seeded toy data sets: shapes, determinism, class balance, ranges.
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, datasetShape, makeDataset } from '../../../src/engine/data/datasets.ts';
import type { DatasetName } from '../../../src/engine/types.ts';

const CLASSIFICATION: DatasetName[] = ['spirals', 'circles', 'xor', 'moons'];
/** Regression targets: sin(3x) plus N(0, 0.1²) noise stays within 1 + 6σ for a few hundred draws. */
const REGRESSION_TARGET_BOUND = 1.6;

describe('makeDataset', () => {
  it('lists all five sets', () => {
    expect([...DATASET_NAMES].sort()).toEqual(['circles', 'moons', 'regression', 'spirals', 'xor']);
  });

  for (const name of CLASSIFICATION) {
    describe(name, () => {
      it('has 2-D inputs, one-hot targets matching the labels, and balanced classes', () => {
        for (const n of [1, 7, 200]) {
          const d = makeDataset(name, n, 3);
          expect(d.classes).toBe(2);
          expect(d.input.rows).toBe(n);
          expect(d.input.cols).toBe(datasetShape(name).inputDim);
          expect(d.target.rows).toBe(n);
          expect(d.target.cols).toBe(2);
          expect(d.labels).toBeInstanceOf(Int32Array);
          const labels = d.labels!;
          let ones = 0;
          for (let i = 0; i < n; i++) {
            expect([0, 1]).toContain(labels[i]);
            ones += labels[i];
            expect(d.target.data[2 * i + labels[i]]).toBe(1);
            expect(d.target.data[2 * i + 1 - labels[i]]).toBe(0);
          }
          expect(Math.abs(n - 2 * ones)).toBeLessThanOrEqual(1);
        }
      });

      it('keeps inputs in [-1, 1] and finite', () => {
        const d = makeDataset(name, 500, 11);
        for (const v of d.input.data) {
          expect(Number.isFinite(v)).toBe(true);
          expect(Math.abs(v)).toBeLessThanOrEqual(1);
        }
      });

      it('is deterministic per seed, and different across seeds', () => {
        const a = makeDataset(name, 64, 42);
        const b = makeDataset(name, 64, 42);
        const c = makeDataset(name, 64, 43);
        expect(Array.from(a.input.data)).toEqual(Array.from(b.input.data));
        expect(Array.from(a.labels!)).toEqual(Array.from(b.labels!));
        expect(Array.from(a.input.data)).not.toEqual(Array.from(c.input.data));
      });

      it('stores float32 by default and float64 on request, with the same values up to rounding', () => {
        const f32 = makeDataset(name, 32, 5);
        const f64 = makeDataset(name, 32, 5, 'float64');
        expect(f32.input.data).toBeInstanceOf(Float32Array);
        expect(f64.input.data).toBeInstanceOf(Float64Array);
        for (let i = 0; i < f32.input.data.length; i++) {
          expect(f32.input.data[i]).toBe(Math.fround(f64.input.data[i]));
        }
      });
    });
  }

  it('separates the classes the way each set promises', () => {
    const xor = makeDataset('xor', 200, 1);
    for (let i = 0; i < 200; i++) {
      const product = xor.input.data[2 * i] * xor.input.data[2 * i + 1];
      expect(product > 0 ? 0 : 1).toBe(xor.labels![i]);
    }
    const circles = makeDataset('circles', 200, 1);
    for (let i = 0; i < 200; i++) {
      const r = Math.hypot(circles.input.data[2 * i], circles.input.data[2 * i + 1]);
      if (circles.labels![i] === 0) expect(r).toBeLessThan(0.5);
      else expect(r).toBeGreaterThan(0.5);
    }
  });

  it('regression: 1-D input in [-1, 1], targets near sin(3x), no labels', () => {
    const d = makeDataset('regression', 300, 9);
    expect(d.classes).toBe(0);
    expect(d.labels).toBeUndefined();
    expect([d.input.rows, d.input.cols, d.target.rows, d.target.cols]).toEqual([300, 1, 300, 1]);
    let sq = 0;
    for (let i = 0; i < 300; i++) {
      const x = d.input.data[i];
      expect(Math.abs(x)).toBeLessThanOrEqual(1);
      expect(Math.abs(d.target.data[i])).toBeLessThan(REGRESSION_TARGET_BOUND);
      sq += (d.target.data[i] - Math.sin(3 * x)) ** 2;
    }
    const noiseStd = Math.sqrt(sq / 300);
    expect(noiseStd).toBeGreaterThan(0.07);
    expect(noiseStd).toBeLessThan(0.13);
  });

  it('rejects bad sizes and names', () => {
    expect(() => makeDataset('spirals', 0, 1)).toThrow(RangeError);
    expect(() => makeDataset('nope' as DatasetName, 4, 1)).toThrow(RangeError);
  });
});
