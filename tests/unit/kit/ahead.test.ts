import { describe, expect, it } from 'vitest';
import { Ahead, DrawAhead, stepNeighbours } from '../../../src/islands/kit/ahead';

/** A scheduler the test runs by hand: each queued callback waits in `pending`. */
function manual() {
  const pending: (() => void)[] = [];
  const schedule = (run: () => void) => { pending.push(run); return () => { const i = pending.indexOf(run); if (i >= 0) pending.splice(i, 1); }; };
  const runOne = () => pending.shift()?.();
  return { pending, schedule, runOne };
}

describe('Ahead: a model computed ahead for likely next states', () => {
  it('computes a state once; a state computed ahead is served without computing again', () => {
    const calls: number[] = [];
    const sq = (n: number) => { calls.push(n); return { n, sq: n * n }; };
    const m = manual();
    const a = new Ahead(sq, String, 8, m.schedule);
    const first = a.get(3);
    expect(a.get(3)).toBe(first);
    a.ahead([4, 2]);
    expect(calls).toEqual([3]);              // nothing yet: it waits for an idle slot
    m.runOne();
    expect(calls).toEqual([3, 4]);           // one state per idle slot
    expect(a.has(2)).toBe(false);
    m.runOne();
    expect(calls).toEqual([3, 4, 2]);
    expect(m.pending).toHaveLength(0);
    expect(a.get(4)).toEqual({ n: 4, sq: 16 });
    expect(a.get(2).sq).toBe(4);
    expect(calls).toEqual([3, 4, 2]);
  });

  it('a newer request replaces what was still waiting, and skips what is ready', () => {
    const calls: number[] = [];
    const m = manual();
    const a = new Ahead((n: number) => { calls.push(n); return n; }, String, 8, m.schedule);
    a.get(5);
    a.ahead([6, 4]);
    a.ahead([5, 7, 8]);                       // 5 is ready: only 7, 8 wait
    while (m.pending.length) m.runOne();
    expect(calls).toEqual([5, 7, 8]);
  });

  it('keeps at most `capacity` results, the least recently used out first', () => {
    const calls: number[] = [];
    const a = new Ahead((n: number) => { calls.push(n); return n; }, String, 2, manual().schedule);
    a.get(1); a.get(2); a.get(1); a.get(3);   // 2 is the least recently used
    expect([a.has(1), a.has(2), a.has(3)]).toEqual([true, false, true]);
  });

  it('dispose cancels the waiting work', () => {
    const calls: number[] = [];
    const m = manual();
    const a = new Ahead((n: number) => { calls.push(n); return n; }, String, 8, m.schedule);
    a.ahead([1, 2]);
    a.dispose();
    expect(m.pending).toHaveLength(0);
    expect(calls).toEqual([]);
  });
});

describe('stepNeighbours: a slider one step either side, on its grid', () => {
  it('matches what a range input reads one step away', () => {
    expect(stepNeighbours(1.05, 0.05, 0.1, 4)).toEqual([1.1, 1]);
    expect(stepNeighbours(0.1, 0.05, 0.1, 4)).toEqual([0.15]);
    expect(stepNeighbours(4, 0.05, 0.1, 4)).toEqual([3.95]);
    expect(stepNeighbours(40, 1, 2, 40)).toEqual([39]);
    expect(stepNeighbours(10, 1, 2, 40)).toEqual([11, 9]);
    expect(stepNeighbours(2.5, 0.1, 0.5, 6)).toEqual([2.6, 2.4]);
  });

  it('gives the values an <input type=range> steps to, for every point of a grid', () => {
    // the grid as the browser prints it: min + k·step to step's decimals
    for (let k = 1; k < 78; k++) {
      const v = Number((0.1 + k * 0.05).toFixed(2));
      const [up, down] = stepNeighbours(v, 0.05, 0.1, 4);
      expect(up).toBe(Number((0.1 + (k + 1) * 0.05).toFixed(2)));
      expect(down).toBe(Number((0.1 + (k - 1) * 0.05).toFixed(2)));
    }
  });
});

describe('DrawAhead: charts drawn ahead, each used once', () => {
  type D = { n: number };
  const fake = (d: D, width: number) => ({ d, width }) as unknown as Element;

  it('serves a drawing prepared at the same width once, and draws anew otherwise', () => {
    const drawn: string[] = [];
    const m = manual();
    const dr = new DrawAhead((d: D, w: number) => { drawn.push(`${d.n}@${w}`); return fake(d, w); }, 4, m.schedule);
    const a = { n: 1 }; const b = { n: 2 };
    const got: D[] = [];
    dr.ahead([() => { got.push(a); return a; }, () => b], 600);
    expect(drawn).toEqual([]);
    while (m.pending.length) m.runOne();
    expect(drawn).toEqual(['1@600', '2@600']);
    expect(got).toEqual([a]);                         // each result is read when its turn comes
    const el = dr.take(a, 600);
    expect(el).toEqual({ d: a, width: 600 });
    expect(drawn).toHaveLength(2);                    // served, not drawn again
    expect(dr.has(a)).toBe(false);                    // used once: a merge takes its nodes
    dr.take(a, 600);
    expect(drawn).toEqual(['1@600', '2@600', '1@600']);
    dr.take(b, 480);                                  // another width: drawn anew
    expect(drawn.at(-1)).toBe('2@480');
  });

  it('keeps at most `capacity` drawings and nothing at width 0', () => {
    const m = manual();
    const dr = new DrawAhead(fake, 2, m.schedule);
    const ds = [{ n: 1 }, { n: 2 }, { n: 3 }];
    dr.ahead(ds.map((d) => () => d), 0);
    expect(m.pending).toHaveLength(0);
    dr.ahead(ds.map((d) => () => d), 500);
    while (m.pending.length) m.runOne();
    expect(ds.map((d) => dr.has(d))).toEqual([false, true, true]);
    dr.dispose();
    expect(ds.map((d) => dr.has(d))).toEqual([false, false, false]);
  });
});

describe('DrawAhead: a drawing that depends on a look the island keeps (the components axis)', () => {
  type D = { n: number };
  it('serves a prepared drawing only if its look is the look at the step, and redraws a stale one while idle', () => {
    const m = manual();
    let look = 40;
    const drawn: string[] = [];
    const dr = new DrawAhead((d: D, w: number, l: number) => { drawn.push(`${d.n}@${w}/${l}`); return { d, l } as unknown as Element; },
      4, m.schedule, () => look);
    const a = { n: 1 };
    dr.ahead([() => a], 600);
    while (m.pending.length) m.runOne();
    expect(drawn).toEqual(['1@600/40']);
    look = 35;                                         // the axis moved since: the prepared drawing is stale
    expect(dr.take(a, 600)).toEqual({ d: a, l: 35 });
    expect(drawn).toEqual(['1@600/40', '1@600/35']);
    dr.ahead([() => a], 600);
    while (m.pending.length) m.runOne();
    look = 40;
    dr.ahead([() => a], 600);                          // same width, another look: drawn again while idle
    while (m.pending.length) m.runOne();
    expect(drawn.slice(2)).toEqual(['1@600/35', '1@600/40']);
    expect(dr.take(a, 600)).toEqual({ d: a, l: 40 });
    expect(drawn).toHaveLength(4);                     // served, not drawn at the step
  });
});
