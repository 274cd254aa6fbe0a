// LatestRounds: main-thread "latest request wins" over work in rounds; and the product band in rounds gives
// exactly the band computed in one call.
import { describe, expect, it, vi } from 'vitest';
import { LatestRounds } from '../../../src/islands/kit/latest-rounds';
import { networkConfig, productBand, productBandRounds } from '../../../src/sims/product/model';
import { runSeeds } from '../../../src/engine';
import { BATCH } from '../../../src/sims/product/defaults';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';

/** Turns that run only when the test releases them, so interleavings are explicit. */
function manualTurns() {
  const waiting: (() => void)[] = [];
  return {
    turn: () => new Promise<void>((r) => waiting.push(r)),
    /** Release every waiting turn, then let the promise chains move on. */
    async release(times = 1) {
      for (let i = 0; i < times; i++) {
        waiting.splice(0).forEach((r) => r());
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

/** Rounds that record which request ran which round: yields null twice, then returns `${req}:done`. */
function counted(log: string[]) {
  return function* (req: string): Generator<string | null, string> {
    for (let k = 0; k < 3; k++) {
      log.push(`${req}${k}`);
      if (k < 2) yield k === 0 ? `${req}:preview` : null;
    }
    return `${req}:done`;
  };
}

describe('LatestRounds', () => {
  it('runs the rounds one turn apart: a preview, then the result; busy on, then off', async () => {
    const t = manualTurns();
    const log: string[] = [];
    const results: [string, boolean][] = [];
    const busy: boolean[] = [];
    const r = new LatestRounds(counted(log), (res, partial) => results.push([res, partial]), (b) => busy.push(b), undefined, 0, t.turn);
    r.request('a');
    expect(log).toEqual([]); // nothing runs inside the caller's handler
    await t.release();
    expect(log).toEqual(['a0']);
    await t.release(3);
    expect(log).toEqual(['a0', 'a1', 'a2']);
    expect(results).toEqual([['a:preview', true], ['a:done', false]]);
    expect(busy).toEqual([true, false]);
  });

  it('a newer request stops the older run at its next turn; only the newest result is delivered', async () => {
    const t = manualTurns();
    const log: string[] = [];
    const results: string[] = [];
    const busy: boolean[] = [];
    const r = new LatestRounds(counted(log), (res) => results.push(res), (b) => busy.push(b), undefined, 0, t.turn);
    r.request('a');
    await t.release(2);
    r.request('b');
    await t.release(5);
    expect(log).toEqual(['a0', 'a1', 'b0', 'b1', 'b2']);
    expect(results).toEqual(['a:preview', 'b:preview', 'b:done']);
    expect(busy.at(-1)).toBe(false);
  });

  it('settleMs holds a request back until the requests pause; dispose stops everything', async () => {
    vi.useFakeTimers();
    try {
      const log: string[] = [];
      const results: string[] = [];
      const now = () => Promise.resolve();
      const busy: boolean[] = [];
      const r = new LatestRounds(counted(log), (res) => results.push(res), (b) => busy.push(b), undefined, 100, now);
      r.request('a');
      vi.advanceTimersByTime(60);
      r.request('b');
      vi.advanceTimersByTime(60);
      expect(log).toEqual([]);
      // not busy while requests are held back: a drag's steps change no status line (issue 11)
      expect(busy).toEqual([]);
      await vi.advanceTimersByTimeAsync(60);
      expect(results).toEqual(['b:preview', 'b:done']);
      expect(busy).toEqual([true, false]);
      r.request('c');
      r.dispose();
      await vi.advanceTimersByTimeAsync(500);
      expect(log.filter((x) => x.startsWith('c'))).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an error in a round is reported once, and busy goes off', async () => {
    const t = manualTurns();
    const errors: string[] = [];
    const busy: boolean[] = [];
    // eslint-disable-next-line require-yield
    const failing = function* (): Generator<null, string> { throw new Error('bad state'); };
    const r = new LatestRounds(failing, () => {}, (b) => busy.push(b), (e) => errors.push(e), 0, t.turn);
    r.request('x');
    await t.release(2);
    expect(errors).toEqual(['bad state']);
    expect(busy).toEqual([true, false]);
  });
});

describe('productBandRounds', () => {
  it('yields once per seed after the first; its band is the engine\'s runSeeds over fresh networks (to a rounding)', () => {
    const s = PRODUCT_CODEC.decode(new URLSearchParams('product.depth=30&product.activation=tanh&product.seed=4&product.sigmaW=1.3')).state;
    const it = productBandRounds(s, 5);
    let yields = 0;
    let step = it.next();
    while (!step.done) { yields += 1; expect(step.value).toBeNull(); step = it.next(); }
    expect(yields).toBe(4);
    expect(step.value).toHaveLength(30);
    // the cached networks' weights are σ_w times the unit draws: equal to createNetwork's up to one float32 rounding
    const fresh = runSeeds(networkConfig(s), { seeds: 5, batch: BATCH, weightGrads: false });
    step.value.forEach((row, k) => {
      expect(Math.abs(row.deltaMedian - Math.log10(fresh[k].deltaNorm.median))).toBeLessThan(1e-5);
      expect(Math.abs(row.deltaQ3 - Math.log10(fresh[k].deltaNorm.q3))).toBeLessThan(1e-5);
      expect(Math.abs(row.productQ1 - fresh[k].log10Product.q1)).toBeLessThan(1e-5);
    });
    expect(productBand(s, 5)).toEqual(step.value);
  });
});
