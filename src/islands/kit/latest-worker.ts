// "Latest request wins" over a Web Worker: while the worker is busy, newer requests replace the pending one,
// so a fast slider drag never queues stale work, and a result is delivered only if no newer request was made.
//   const w = new LatestWorker<Req, Res>(
//     () => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' }),   // STACK.md trap 6
//     (res, partial) => (data = res), (busy) => (computing = busy));
//   w.request(req);   …   w.dispose();   // in the $effect's cleanup
// The worker side is serveLatest(work) or serveRounds(rounds) from ./serve-latest. With rounds, the worker first
// answers with a preview (partial = true, `busy` stays on), then with the full result; a newer request, sent as
// soon as the preview is in, makes the worker stop the old one's rounds (its reply then says `skipped`).
// `settleMs` > 0 holds a request back until no newer one came for that long: for secondary work (a band over
// seeds) that should not compete for the CPU with the main thread's redraw during a drag.

/** What a worker sends back (serve-latest.ts). */
export interface WorkerReply<Res> { seq: number; result?: Res; partial?: boolean; skipped?: boolean; error?: string; ahead?: boolean }

export class LatestWorker<Req, Res> {
  private worker: Worker | null = null;
  /** The request the worker is on (its final reply not yet in), or 0. */
  private inFlight = 0;
  /** The in-flight request whose preview is in: the worker can drop it, so a newer request goes at once. */
  private previewed = 0;
  private pending: { seq: number; req: Req } | null = null;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Results the worker made ahead, for requests not made yet (serveRounds' `ahead`): the page may draw them. */
  onAhead: ((res: Res) => void) | null = null;

  constructor(
    private readonly make: () => Worker,
    private readonly onResult: (res: Res, partial: boolean) => void,
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

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = 0;
    this.previewed = 0;
    this.pending = null;
  }

  private submit(job: { seq: number; req: Req }): void {
    if (this.inFlight && this.previewed !== this.inFlight) this.pending = job;
    else this.send(job);
  }

  private send(job: { seq: number; req: Req }): void {
    if (!this.worker) {
      this.worker = this.make();
      this.worker.onmessage = (e: MessageEvent<WorkerReply<Res>>) => this.receive(e.data);
      this.worker.onerror = (e) => this.receive({ seq: this.inFlight, error: e.message || 'worker error' });
    }
    this.inFlight = job.seq;
    this.onBusy(true);
    this.worker.postMessage(job);
  }

  private receive(msg: WorkerReply<Res>): void {
    if (msg.ahead) {
      if (msg.result !== undefined) this.onAhead?.(msg.result);
      return;
    }
    const current = msg.seq === this.seq && msg.result !== undefined;
    if (msg.partial) {
      if (current) this.onResult(msg.result as Res, true);
      // The preview is in: from now on a newer request goes to the worker at once (it drops this one's rounds).
      if (msg.seq === this.inFlight) {
        this.previewed = msg.seq;
        const next = this.pending;
        if (next) { this.pending = null; this.send(next); }
      }
      return;
    }
    if (msg.seq === this.inFlight) {
      this.inFlight = 0;
      const next = this.pending;
      this.pending = null;
      if (next) this.send(next);
      else if (this.timer === null) this.onBusy(false);
    }
    if (msg.error !== undefined) this.onError(msg.error);
    else if (current) this.onResult(msg.result as Res, false);
  }
}
