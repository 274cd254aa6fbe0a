// LatestWorker (main thread) and serveLatest (worker side): latest request wins; with settleMs a burst of
// requests (a drag) posts only its last one; with a preview, the quick answer shows at once and a newer request
// sent after it makes the worker skip the old full run.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LatestWorker, type WorkerReply } from '../../../src/islands/kit/latest-worker';
import { serveAhead, serveLatest, serveRounds } from '../../../src/islands/kit/serve-latest';

/** A stand-in Worker that records what it was sent and answers when told to. */
class FakeWorker {
  sent: { seq: number; req: number }[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(job: { seq: number; req: number }): void { this.sent.push(job); }
  terminate(): void {}
  answer(i: number, extra: Partial<WorkerReply<number>> = {}): void {
    const job = this.sent[i];
    this.onmessage?.({ data: { seq: job.seq, result: job.req * 10, ...extra } } as MessageEvent);
  }
  reply(msg: WorkerReply<number>): void { this.onmessage?.({ data: msg } as MessageEvent); }
}

function setup(settleMs = 0) {
  const fake = new FakeWorker();
  const results: number[] = [];
  const partials: boolean[] = [];
  const busy: boolean[] = [];
  const w = new LatestWorker<number, number>(() => fake as unknown as Worker, (r, p) => { results.push(r); partials.push(p); },
    (b) => busy.push(b), undefined, settleMs);
  return { fake, results, partials, busy, w };
}

describe('LatestWorker', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  test('while busy, only the newest request is kept, and a superseded answer is dropped', () => {
    const { fake, results, w } = setup();
    w.request(1); w.request(2); w.request(3);
    expect(fake.sent.map((j) => j.req)).toEqual([1]);
    fake.answer(0);
    expect(results).toEqual([]);                       // 1 was superseded
    expect(fake.sent.map((j) => j.req)).toEqual([1, 3]);
    fake.answer(1);
    expect(results).toEqual([30]);
  });

  test('settleMs: a burst posts nothing until it pauses, then only its last request', () => {
    const { fake, results, busy, w } = setup(120);
    for (let i = 1; i <= 10; i++) { w.request(i); vi.advanceTimersByTime(16); }
    expect(fake.sent).toEqual([]);
    expect(busy.at(-1)).toBe(true);                    // the reader sees "computing" at once
    vi.advanceTimersByTime(120);
    expect(fake.sent.map((j) => j.req)).toEqual([10]);
    fake.answer(0);
    expect(results).toEqual([100]);
    expect(busy.at(-1)).toBe(false);
  });

  test('dispose cancels a request still settling', () => {
    const { fake, w } = setup(50);
    w.request(1);
    w.dispose();
    vi.advanceTimersByTime(100);
    expect(fake.sent).toEqual([]);
  });

  test('a preview shows at once and keeps busy on; the final result ends it', () => {
    const { fake, results, partials, busy, w } = setup();
    w.request(2);
    fake.answer(0, { partial: true, result: 7 });
    expect(results).toEqual([7]);
    expect(partials).toEqual([true]);
    expect(busy.at(-1)).toBe(true);
    fake.answer(0);
    expect(results).toEqual([7, 20]);
    expect(partials).toEqual([true, false]);
    expect(busy.at(-1)).toBe(false);
  });

  test('a request made after the preview of the one in flight goes to the worker at once', () => {
    const { fake, results, busy, w } = setup();
    w.request(1);
    fake.answer(0, { partial: true });
    expect(results).toEqual([10]);
    w.request(2);
    expect(fake.sent.map((j) => j.req)).toEqual([1, 2]);
    fake.reply({ seq: fake.sent[0].seq, skipped: true });
    expect(busy.at(-1)).toBe(true);
    fake.answer(1);
    expect(results).toEqual([10, 20]);
    expect(busy.at(-1)).toBe(false);
  });

  test('after a preview, a waiting request is sent at once; the old run\'s skip or late result is ignored', () => {
    const { fake, results, busy, w } = setup();
    w.request(1);
    w.request(2);                                         // waits: 1 is in flight
    expect(fake.sent.map((j) => j.req)).toEqual([1]);
    fake.answer(0, { partial: true });                   // preview of a superseded request: not shown
    expect(results).toEqual([]);
    expect(fake.sent.map((j) => j.req)).toEqual([1, 2]); // 2 goes now, so the worker can skip 1's full run
    fake.reply({ seq: fake.sent[0].seq, skipped: true });
    expect(busy.at(-1)).toBe(true);                      // 2 is still running
    fake.answer(0);                                       // even a late full result of 1 is not shown
    expect(results).toEqual([]);
    fake.answer(1);
    expect(results).toEqual([20]);
    expect(busy.at(-1)).toBe(false);
  });
});

describe('LatestWorker: results made ahead', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  test('go to onAhead, never to onResult, and leave the request in flight', () => {
    const { fake, results, busy, w } = setup();
    const ahead: number[] = [];
    w.onAhead = (r) => ahead.push(r);
    w.request(4);
    fake.reply({ seq: 1, result: 50, ahead: true });
    expect(ahead).toEqual([50]);
    expect(results).toEqual([]);
    expect(busy.at(-1)).toBe(true);
    fake.answer(0);
    expect(results).toEqual([40]);
    expect(busy.at(-1)).toBe(false);
  });
});

describe('serveLatest (worker side)', () => {
  const scope = globalThis as unknown as { onmessage: ((e: { data: { seq: number; req: number } }) => void) | null; postMessage?: unknown };
  let posted: WorkerReply<number>[];
  beforeEach(() => {
    vi.useFakeTimers();
    posted = [];
    scope.postMessage = (m: WorkerReply<number>) => posted.push(m);
  });
  afterEach(() => {
    vi.useRealTimers();
    scope.onmessage = null;
    delete scope.postMessage;
  });

  test('answers each request, and reports a thrown error as a message', () => {
    serveLatest((n: number) => { if (n < 0) throw new Error('negative'); return n * 2; });
    scope.onmessage?.({ data: { seq: 1, req: 4 } });
    scope.onmessage?.({ data: { seq: 2, req: -1 } });
    expect(posted).toEqual([{ seq: 1, result: 8 }, { seq: 2, error: 'negative' }]);
  });

  test('rounds: the first data as a preview, the returned data as the result, unless a newer request came in between', async () => {
    const rounds = vi.fn(function* (n: number): Generator<number | null, number> { yield null; yield n; yield n * 10; return n * 100; });
    let release: (() => void)[] = [];
    const turn = () => new Promise<void>((r) => release.push(r));
    const flush = async () => { while (release.length) { const r = release; release = []; r.forEach((f) => f()); await Promise.resolve(); await Promise.resolve(); } };
    serveRounds(rounds, turn);
    scope.onmessage?.({ data: { seq: 1, req: 3 } });
    expect(posted).toEqual([]);                           // the first step yielded no data yet
    await flush();
    expect(posted).toEqual([{ seq: 1, result: 3, partial: true }, { seq: 1, result: 300 }]);
    // a second request arrives while the first is between steps: the first stops, the second runs to the end
    posted = [];
    scope.onmessage?.({ data: { seq: 2, req: 5 } });
    scope.onmessage?.({ data: { seq: 3, req: 6 } });
    await flush();
    expect(posted).toEqual([{ seq: 2, skipped: true }, { seq: 3, result: 6, partial: true }, { seq: 3, result: 600 }]);
    expect(rounds).toHaveBeenCalledTimes(3);
  });

  test('rounds ahead: once a request is done, its likely successors get their previews, served at once when asked', async () => {
    const started: number[] = [];
    const rounds = vi.fn(function* (n: number): Generator<number | null, number> { started.push(n); yield null; yield n; return n * 100; });
    let release: (() => void)[] = [];
    const turn = () => new Promise<void>((r) => release.push(r));
    const flush = async () => { while (release.length) { const r = release; release = []; r.forEach((f) => f()); for (let i = 0; i < 4; i++) await Promise.resolve(); } };
    serveRounds(rounds, turn, (n: number) => [n + 1, n - 1]);
    scope.onmessage?.({ data: { seq: 1, req: 10 } });
    await flush();
    // the neighbours' first rounds after the result, each preview posted for the page to draw ahead
    expect(posted).toEqual([{ seq: 1, result: 10, partial: true }, { seq: 1, result: 1000 },
      { seq: 1, result: 11, ahead: true }, { seq: 1, result: 9, ahead: true }]);
    expect(started).toEqual([10, 11, 9]);
    posted = [];
    scope.onmessage?.({ data: { seq: 2, req: 11 } });
    // the preview made ahead goes out before any step of the new request's rounds
    expect(posted).toEqual([{ seq: 2, result: 11, partial: true }]);
    await flush();
    // 12 is made, 10 was made before: both are posted for the page to draw
    expect(posted).toEqual([{ seq: 2, result: 11, partial: true }, { seq: 2, result: 1100 },
      { seq: 2, result: 12, ahead: true }, { seq: 2, result: 10, ahead: true }]);
    expect(started).toEqual([10, 11, 9, 11, 12]);         // 10 is ready already; 12 is new
  });

  test('rounds ahead: a newer request stops the work ahead', async () => {
    const started: number[] = [];
    const rounds = vi.fn(function* (n: number): Generator<number | null, number> { started.push(n); yield n; return n * 100; });
    let release: (() => void)[] = [];
    const turn = () => new Promise<void>((r) => release.push(r));
    const step = async () => { const r = release; release = []; r.forEach((f) => f()); for (let i = 0; i < 4; i++) await Promise.resolve(); };
    serveRounds(rounds, turn, (n: number) => [n + 1, n + 2, n + 3]);
    scope.onmessage?.({ data: { seq: 1, req: 1 } });
    await step();                                          // the rounds end: result posted, the first turn ahead waits
    scope.onmessage?.({ data: { seq: 2, req: 7 } });
    while (release.length) await step();
    expect(started).not.toContain(2);
    expect(started).not.toContain(3);
    expect(posted).toContainEqual({ seq: 2, result: 700 });
    // what was made ahead after it is the new request's neighbours only
    expect(posted.filter((m) => m.ahead).map((m) => m.result)).toEqual([8, 9, 10]);
  });

  test('ahead: once answered, the neighbours are computed one a turn and a step to one is answered at once', async () => {
    const computed: number[] = [];
    const work = vi.fn((n: number) => { computed.push(n); if (n < 0) throw new Error('negative'); return n * 100; });
    let release: (() => void)[] = [];
    const turn = () => new Promise<void>((r) => release.push(r));
    const flush = async () => { while (release.length) { const r = release; release = []; r.forEach((f) => f()); for (let i = 0; i < 4; i++) await Promise.resolve(); } };
    serveAhead(work, (n: number) => [n + 1, n - 1], turn);
    scope.onmessage?.({ data: { seq: 1, req: 10 } });
    expect(posted).toEqual([{ seq: 1, result: 1000 }]);   // answered before any turn
    await flush();
    expect(computed).toEqual([10, 11, 9]);                 // then its neighbours, each posted for the page to keep
    expect(posted).toEqual([{ seq: 1, result: 1000 }, { seq: 1, result: 1100, ahead: true }, { seq: 1, result: 900, ahead: true }]);
    posted.length = 0;
    scope.onmessage?.({ data: { seq: 2, req: 11 } });
    expect(posted).toEqual([{ seq: 2, result: 1100 }]); // at once, from what was kept
    await flush();
    expect(computed).toEqual([10, 11, 9, 12]);             // 10 was kept: only 12 is new, and both are posted
    expect(posted.slice(1)).toEqual([{ seq: 2, result: 1200, ahead: true }, { seq: 2, result: 1000, ahead: true }]);
    // a newer request stops the work ahead between two states
    scope.onmessage?.({ data: { seq: 3, req: 50 } });
    scope.onmessage?.({ data: { seq: 4, req: 70 } });
    await flush();
    expect(computed).toEqual([10, 11, 9, 12, 50, 70, 71, 69]);
    // an error is told, and nothing is computed ahead of a state that failed
    scope.onmessage?.({ data: { seq: 5, req: -5 } });
    await flush();
    expect(posted.at(-1)).toEqual({ seq: 5, error: 'negative' });
    expect(computed.at(-1)).toBe(-5);
  });

  test('rounds: a thrown error becomes an error message', async () => {
    serveRounds(function* (): Generator<number, number> { throw new Error('bad state'); });
    scope.onmessage?.({ data: { seq: 9, req: 0 } });
    await Promise.resolve();
    expect(posted).toEqual([{ seq: 9, error: 'bad state' }]);
  });
});
