// LatestWorker's error path and its end of life, with a stand-in Worker (no browser): an error the worker
// reports and a worker that crashes both reach onError and end "busy"; dispose terminates the worker and
// forgets the request in flight, so the next request starts a new worker and is sent at once.
import { describe, expect, test } from 'vitest';
import { LatestWorker, type WorkerReply } from '../../../src/islands/kit/latest-worker';

/** A stand-in Worker: records what it is sent and whether it was terminated; replies and crashes on demand. */
class FakeWorker {
  sent: { seq: number; req: number }[] = [];
  terminated = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(job: { seq: number; req: number }): void { this.sent.push(job); }
  terminate(): void { this.terminated += 1; }
  reply(msg: WorkerReply<number>): void { this.onmessage?.({ data: msg } as MessageEvent); }
  answer(i: number): void { const job = this.sent[i]; this.reply({ seq: job.seq, result: job.req * 10 }); }
  crash(message: string): void { this.onerror?.({ message } as ErrorEvent); }
}

function setup() {
  const workers: FakeWorker[] = [];
  const results: number[] = [];
  const busy: boolean[] = [];
  const errors: string[] = [];
  const w = new LatestWorker<number, number>(
    () => { const f = new FakeWorker(); workers.push(f); return f as unknown as Worker; },
    (r) => results.push(r), (b) => busy.push(b), (m) => errors.push(m),
  );
  return { workers, results, busy, errors, w };
}

describe('LatestWorker: errors', () => {
  test('an error the worker reports reaches onError, ends busy, shows no result; the next request still works', () => {
    const { workers, results, busy, errors, w } = setup();
    w.request(1);
    expect(busy.at(-1)).toBe(true);
    workers[0].reply({ seq: workers[0].sent[0].seq, error: 'depth out of range' });
    expect(errors).toEqual(['depth out of range']);
    expect(results).toEqual([]);
    expect(busy.at(-1)).toBe(false);
    w.request(2);
    expect(workers[0].sent.map((j) => j.req)).toEqual([1, 2]); // the same worker, sent at once
    workers[0].answer(1);
    expect(results).toEqual([20]);
    expect(errors).toEqual(['depth out of range']);
  });

  test('an error while a newer request waits: the waiting request is sent and busy stays on until it answers', () => {
    const { workers, results, busy, w } = setup();
    w.request(1);
    w.request(2);
    expect(workers[0].sent.map((j) => j.req)).toEqual([1]);
    workers[0].reply({ seq: workers[0].sent[0].seq, error: 'bad' });
    expect(workers[0].sent.map((j) => j.req)).toEqual([1, 2]);
    expect(busy.at(-1)).toBe(true);
    workers[0].answer(1);
    expect(results).toEqual([20]);
    expect(busy.at(-1)).toBe(false);
  });

  test('a worker that crashes (an error event) is reported with its message, or "worker error" without one', () => {
    const { workers, results, busy, errors, w } = setup();
    w.request(1);
    workers[0].crash('Uncaught ReferenceError: x is not defined');
    expect(errors).toEqual(['Uncaught ReferenceError: x is not defined']);
    expect(busy.at(-1)).toBe(false);
    w.request(2);
    workers[0].crash('');
    expect(errors.at(-1)).toBe('worker error');
    expect(busy.at(-1)).toBe(false);
    expect(results).toEqual([]);
  });
});

describe('LatestWorker: dispose', () => {
  test('terminates the worker once and forgets the request in flight; the next request starts a new worker at once', () => {
    const { workers, results, busy, w } = setup();
    w.request(1);
    w.dispose();
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(1);
    w.request(2);                                   // not held back behind request 1, which will never answer
    expect(workers).toHaveLength(2);
    expect(workers[1].sent.map((j) => j.req)).toEqual([2]);
    expect(busy.at(-1)).toBe(true);
    workers[1].answer(0);
    expect(results).toEqual([20]);
    expect(busy.at(-1)).toBe(false);
    w.dispose();
    w.dispose();                                    // twice is harmless
    expect(workers.map((f) => f.terminated)).toEqual([1, 1]);
  });

  test('before any request there is no worker to make or terminate', () => {
    const { workers, w } = setup();
    w.dispose();
    expect(workers).toHaveLength(0);
  });

  test('a request waiting behind the one in flight is dropped by dispose, never sent', () => {
    const { workers, w } = setup();
    w.request(1);
    w.request(2);
    w.dispose();
    workers[0].answer(0);                           // a late answer of the terminated worker sends nothing more
    expect(workers[0].sent.map((j) => j.req)).toEqual([1]);
    expect(workers).toHaveLength(1);
  });
});
