import { describe, expect, it } from 'vitest';
import { History } from '../../../src/sims/train/history';
import { TrainSession, gridInput, trainingPoints } from '../../../src/sims/train/model';
import { GRID_SIZE, HISTORY_COLUMNS, PLANE, TRAIN_DEFAULTS, type TrainState } from '../../../src/sims/train/defaults';

const small: TrainState = { ...TRAIN_DEFAULTS, depth: 4, width: 8, batch: 16 };

describe('History (compressing training history)', () => {
  it('keeps every step while it fits', () => {
    const h = new History(2, 8);
    for (let k = 1; k <= 5; k++) h.push([k, -k]);
    expect(h.columns).toBe(5);
    expect(h.stride).toBe(1);
    expect(Array.from(h.toRowMajor())).toEqual([1, 2, 3, 4, 5, -1, -2, -3, -4, -5]);
  });

  it('merges pairs when full, so each column is the mean of `stride` consecutive steps', () => {
    const h = new History(1, 4);
    const n = 37;
    for (let k = 1; k <= n; k++) h.push([k]);
    expect(h.columns).toBeLessThanOrEqual(4);
    const cols = Array.from(h.toRowMajor());
    cols.forEach((v, c) => {
      // Column c covers steps c·stride + 1 … (c + 1)·stride; the mean of consecutive integers is the midpoint.
      expect(v).toBeCloseTo(c * h.stride + (h.stride + 1) / 2, 10);
      expect(h.stepAt(c)).toBe((c + 1) * h.stride);
    });
    expect(h.stepAt(h.columns - 1)).toBeLessThanOrEqual(n);
  });

  it('rejects an odd capacity', () => {
    expect(() => new History(1, 3)).toThrow(RangeError);
  });
});

describe('TrainSession', () => {
  it('the grid runs left to right and top to bottom over [−PLANE, PLANE]²', () => {
    const g = gridInput();
    expect(g.rows).toBe(GRID_SIZE * GRID_SIZE);
    const last = g.rows - 1;
    expect(g.data[0]).toBeLessThan(0); // x of the top-left cell
    expect(g.data[1]).toBeGreaterThan(0); // y of the top-left cell
    expect(g.data[2 * last]).toBeGreaterThan(0);
    expect(g.data[2 * last + 1]).toBeLessThan(0);
    expect(Math.max(...g.data)).toBeLessThan(PLANE);
  });

  it('is deterministic: the same state gives the same losses, another seed different ones', () => {
    const run = (s: TrainState) => { const t = new TrainSession(s); t.train(30); return Array.from(t.snapshot(false).lossHistory); };
    expect(run(small)).toEqual(run(small));
    expect(run({ ...small, seed: small.seed + 1 })).not.toEqual(run(small));
  });

  it('a snapshot has one history row per layer (hidden layers and the output) and a full grid when asked', () => {
    const t = new TrainSession(small);
    t.train(10);
    const s = t.snapshot(true);
    expect(s.step).toBe(10);
    expect(s.layers).toBe(small.depth + 1);
    expect(s.columns).toBe(10);
    expect(s.gradHistory).toHaveLength(s.layers * s.columns);
    expect(s.boundary).toHaveLength(GRID_SIZE * GRID_SIZE);
    for (const p of s.boundary ?? []) expect(p >= 0 && p <= 1).toBe(true);
    expect(t.snapshot(false).boundary).toBeNull();
  });

  it('the history stays within HISTORY_COLUMNS however long the run', () => {
    const t = new TrainSession(small);
    t.train(HISTORY_COLUMNS * 3 + 5);
    const s = t.snapshot(false);
    expect(s.columns).toBeLessThanOrEqual(HISTORY_COLUMNS);
    expect(s.columns * s.stride).toBeLessThanOrEqual(s.step);
  });

  it('training points are the balanced two-class set', () => {
    const pts = trainingPoints('moons');
    const ones = pts.filter((p) => p.label === 1).length;
    expect(Math.abs(pts.length - 2 * ones)).toBeLessThanOrEqual(1);
  });
});
