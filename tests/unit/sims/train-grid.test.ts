// The boundary chart's grid geometry (src/charts/train-grid.ts): marching-squares isoline and cell runs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { band, isolineSegments, padGrid } from '../../../src/charts/train-grid';

/** n × n values of f(column, row). */
const field = (n: number, f: (c: number, r: number) => number) =>
  Float32Array.from({ length: n * n }, (_, k) => f(k % n, Math.floor(k / n)));
/** Segment end points as [c, r] pairs. */
const ends = (seg: number[]) => Array.from({ length: seg.length / 2 }, (_, i) => [seg[2 * i], seg[2 * i + 1]] as const);

describe('isolineSegments (marching squares)', () => {
  it('a ramp in x crosses its level on a straight vertical line, one segment per row gap', () => {
    const n = 6;
    const seg = isolineSegments(field(n, (c) => c / (n - 1)), n, 0.5); // 0.5 lies half-way between columns 2 and 3
    expect(seg.length).toBe(4 * (n - 1));
    for (const [c] of ends(seg)) expect(c).toBeCloseTo(2.5, 6);
    const rows = ends(seg).map(([, r]) => r);
    expect(Math.min(...rows)).toBe(0);
    expect(Math.max(...rows)).toBe(n - 1);
  });

  it('interpolates linearly along an edge', () => {
    // Columns hold 0, 1, 2, 3: the level 1.25 sits a quarter of the way from column 1 to column 2.
    const seg = isolineSegments(field(4, (c) => c), 4, 1.25);
    for (const [c] of ends(seg)) expect(c).toBeCloseTo(1.25, 6);
  });

  it('a radial field gives a closed ring: every end point near the radius, every point shared by two segments', () => {
    const n = 41, mid = 20, radius = 12;
    const seg = isolineSegments(field(n, (c, r) => Math.hypot(c - mid, r - mid)), n, radius);
    expect(seg.length).toBeGreaterThan(40 * 4);
    const count = new Map<string, number>();
    for (const [c, r] of ends(seg)) {
      expect(Math.abs(Math.hypot(c - mid, r - mid) - radius)).toBeLessThan(0.1);
      const key = `${c.toFixed(5)},${r.toFixed(5)}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    for (const k of count.values()) expect(k).toBe(2);
  });

  it('draws nothing when the whole grid is on one side, or is not finite', () => {
    expect(isolineSegments(field(5, () => 0.9), 5, 0.5)).toEqual([]);
    expect(isolineSegments(field(5, () => 0.1), 5, 0.5)).toEqual([]);
    expect(isolineSegments(field(5, () => Number.NaN), 5, 0.5)).toEqual([]);
  });

  it('a saddle gives two segments that cut off the corners on the other side of the centre', () => {
    // tl = br = 1 (above), tr = bl = 0: centre 0.5 ≥ 0.5 is above, so the two low corners are cut off.
    const seg = isolineSegments([1, 0, 0, 1], 2, 0.5);
    expect(seg.length).toBe(8);
    const [a, b, c, d] = ends(seg);
    // First segment joins the top and right edge mid-points (around tr = (1, 0)), the second bottom and left.
    expect([a, b]).toEqual([[0.5, 0], [1, 0.5]]);
    expect([c, d]).toEqual([[0.5, 1], [0, 0.5]]);
    // With the centre below the level the high corners tl and br are cut off instead.
    const low = ends(isolineSegments([1, 0, 0, 1], 2, 0.6));
    expect(low[0]).toEqual([0, expect.closeTo(0.4, 6)]);
    expect(low[1]).toEqual([expect.closeTo(0.4, 6), 0]);
  });

  it('any grid: segments stay inside the grid and come in whole pairs of points', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 8 }), fc.array(fc.float({ noNaN: false }), { minLength: 64, maxLength: 64 }), fc.float({ min: 0, max: 1, noNaN: true }),
      (n, vals, level) => {
        const seg = isolineSegments(vals.slice(0, n * n), n, level);
        expect(seg.length % 4).toBe(0);
        for (const v of seg) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(n - 1); }
      }));
  });
});

/** Area of a closed polygon [x1, y1, x2, y2, …] (shoelace). */
const area = (p: number[]) => {
  let a = 0;
  for (let i = 0; i < p.length; i += 2) { const j = (i + 2) % p.length; a += p[i] * p[j + 1] - p[j] * p[i + 1]; }
  return Math.abs(a) / 2;
};
/** The polygons of a band, each as its own flat list. */
const polygons = (b: ReturnType<typeof band>) => b.starts.map((s, k) => b.points.slice(s, b.starts[k + 1] ?? b.points.length));
const bandArea = (b: ReturnType<typeof band>) =>
  polygons(b).reduce((s, p) => s + area(p), 0) + b.runs.filter((_, i) => i % 3 === 2).reduce((s, k) => s + k, 0);

describe('band (the region above a level)', () => {
  it('a ramp in x: the part right of the crossing, whole squares as one run per row', () => {
    const n = 6;
    const b = band(field(n, (c) => c / (n - 1)), n, 0.5); // crossing at column 2.5
    // Squares 3 and 4 of each row are whole: one run [row, 3, 2]; square 2 is cut in half.
    expect(b.runs).toEqual([0, 3, 2, 1, 3, 2, 2, 3, 2, 3, 3, 2, 4, 3, 2]);
    expect(polygons(b)).toHaveLength(n - 1);
    for (const p of polygons(b)) expect(area(p)).toBeCloseTo(0.5, 6);
    expect(bandArea(b)).toBeCloseTo((n - 1) * 2.5, 6);
  });

  it('its edge is the isoline: every polygon vertex off the grid points lies on a segment end', () => {
    const n = 21, mid = 10;
    const values = field(n, (c, r) => 1 - Math.hypot(c - mid, r - mid) / 10);
    const b = band(values, n, 0.4); // a disc of radius 6
    const ends = new Set<string>();
    const seg = isolineSegments(values, n, 0.4);
    for (let i = 0; i < seg.length; i += 2) ends.add(`${seg[i].toFixed(4)},${seg[i + 1].toFixed(4)}`);
    for (const p of polygons(b)) {
      for (let i = 0; i < p.length; i += 2) {
        if (Number.isInteger(p[i]) && Number.isInteger(p[i + 1])) continue; // a grid point (a corner above)
        expect(ends.has(`${p[i].toFixed(4)},${p[i + 1].toFixed(4)}`)).toBe(true);
      }
    }
    // Close to the disc's area (the polygonal ring cuts a little inside the circle).
    expect(bandArea(b)).toBeGreaterThan(Math.PI * 36 * 0.95);
    expect(bandArea(b)).toBeLessThanOrEqual(Math.PI * 36);
  });

  it('saddles: joined through the centre when the centre is above, two triangles when below', () => {
    const joined = band([1, 0, 0, 1], 2, 0.5);
    expect(polygons(joined)).toHaveLength(1);
    expect(area(polygons(joined)[0])).toBeCloseTo(0.75, 6);
    const split = band([1, 0, 0, 1], 2, 0.6);
    expect(polygons(split)).toHaveLength(2);
    for (const p of polygons(split)) expect(area(p)).toBeCloseTo(0.5 * 0.4 * 0.4, 6);
  });

  it('any grid: the band and its complement (with the other side of the level) tile the grid', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 25, maxLength: 25 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      (vals, level) => {
        fc.pre(vals.every((v) => Math.abs(v - level) > 1e-6));
        const up = bandArea(band(vals, 5, level));
        const down = bandArea(band(vals.map((v) => -v), 5, -level));
        expect(up + down).toBeCloseTo(16, 6);
      }));
  });
});

describe('padGrid', () => {
  it('repeats the edge values and places the border half a cell out', () => {
    const p = padGrid([1, 2, 3, 4], 2);
    expect(p.n).toBe(4);
    expect(Array.from(p.values)).toEqual([1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4]);
    expect([0, 0.5, 1, 2, 2.5, 3].map(p.at)).toEqual([-0.5, -0.25, 0, 1, 1.25, 1.5]);
  });
});
