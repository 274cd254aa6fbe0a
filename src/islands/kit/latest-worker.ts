// "Latest request wins" over a Web Worker: while the worker is busy, newer requests replace the pending one,
// so a fast slider drag never queues stale work, and a result is delivered only if no newer request was made.
//   const w = new LatestWorker<Req, Res>(
//     () => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' }),   // STACK.md trap 6
//     (res) => (band = res), (busy) => (computing = busy));
//   w.request(req);   …   w.dispose();   // in the $effect's cleanup
// The worker side: `onmessage = (e) => postMessage({ seq: e.data.seq, result: work(e.data.req) })`
// (or use serveLatest(work) from ./serve-latest).
// `settleMs` > 0 holds a request back until no newer one came for that long: for secondary work (a band over
// seeds) that should not compete for the CPU with the main thread's redraw during a drag.

export class LatestWorker<Req, Res> {
  private worker: Worker | null = null;
  private busy = false;
  private pending: { seq: number; req: Req } | null = null;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly make: () => Worker,
    private readonly onResult: (res: Res) => void,
    private readonly onBusy: (busy: boolean) => void = () => {},
    private readonly onError: (message: string) => void = () => {},
    private readonly settleMs = 0,
  ) {}

  /** Ask for `req`; supersedes every earlier request. */
  request(req: Req): void {
    this.seq += 1;
    const job = { seq: this.seq, req };
    if (this.settleMs > 0) {
      if (this.timer !== null) clearTimeout(this.timer);
      this.onBusy(true);
      this.timer = setTimeout(() => { this.timer = null; this.submit(job); }, this.settleMs);
    } else this.submit(job);
  }

  private submit(job: { seq: number; req: Req }): void {
    if (this.busy) this.pending = job;
    else this.send(job);
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
    this.pending = null;
  }

  private send(job: { seq: number; req: Req }): void {
    if (!this.worker) {
      this.worker = this.make();
      this.worker.onmessage = (e: MessageEvent<{ seq: number; result?: Res; error?: string }>) => this.receive(e.data);
      this.worker.onerror = (e) => this.receive({ seq: -1, error: e.message || 'worker error' });
    }
    this.busy = true;
    this.onBusy(true);
    this.worker.postMessage(job);
  }

  private receive(msg: { seq: number; result?: Res; error?: string }): void {
    this.busy = false;
    const next = this.pending;
    this.pending = null;
    if (next) this.send(next);
    else this.onBusy(false);
    if (msg.error !== undefined) this.onError(msg.error);
    else if (msg.seq === this.seq && msg.result !== undefined) this.onResult(msg.result);
  }
}
