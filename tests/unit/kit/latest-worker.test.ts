// LatestWorker: latest request wins, and with settleMs a burst of requests (a drag) posts only its last one.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LatestWorker } from '../../../src/islands/kit/latest-worker';

/** A stand-in Worker that records what it was sent and answers when told to. */
class FakeWorker {
  sent: { seq: number; req: number }[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(job: { seq: number; req: number }): void { this.sent.push(job); }
  terminate(): void {}
  answer(i: number): void {
    const job = this.sent[i];
    this.onmessage?.({ data: { seq: job.seq, result: job.req * 10 } } as MessageEvent);
  }
}

function setup(settleMs = 0) {
  const fake = new FakeWorker();
  const results: number[] = [];
  const busy: boolean[] = [];
  const w = new LatestWorker<number, number>(() => fake as unknown as Worker, (r) => results.push(r),
    (b) => busy.push(b), undefined, settleMs);
  return { fake, results, busy, w };
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
});
