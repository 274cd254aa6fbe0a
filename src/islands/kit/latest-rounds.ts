// "Latest request wins" on the main thread, for work cut into rounds (a generator that yields between passes):
// the same contract as LatestWorker (onResult with a preview flag, onBusy, onError, settleMs), without a worker.
// Between two rounds the page gets a turn (scheduler.yield where the browser has it, else a MessageChannel
// task), so input and painting are never held up longer than one round; a newer request stops an older run at
// its next turn. For secondary work that is cheap per round (the product island's band: one network pass a seed,
// a few ms with the WebAssembly kernels), and that would otherwise ship a second copy of the engine in a worker.
//   const band = new LatestRounds<Req, Res>((req) => bandRounds(req), (res) => (data = res), (busy) => (computing = busy), undefined, 120);
//   band.request(req);   …   band.dispose();
import { nextTurn } from './serve-latest';

export class LatestRounds<Req, Res> {
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly rounds: (req: Req) => Iterator<Res | null, Res>,
    private readonly onResult: (res: Res, partial: boolean) => void,
    private readonly onBusy: (busy: boolean) => void = () => {},
    private readonly onError: (message: string) => void = () => {},
    private readonly settleMs = 0,
    private readonly turn: () => Promise<void> = pageTurn,
  ) {}

  /** Ask for `req`; supersedes every earlier request (a run in progress stops at its next turn). Busy goes on
   *  when the run starts, after the settle wait, not inside the caller's input handler: a status line that
   *  changed at each step of a drag cost its first frame a compositing update (issue 11, product's band). */
  request(req: Req): void {
    const seq = ++this.seq;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.settleMs > 0) this.timer = setTimeout(() => { this.timer = null; void this.run(seq, req); }, this.settleMs);
    else void this.run(seq, req);
  }

  dispose(): void {
    this.disposed = true;
    this.seq += 1;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(seq: number, req: Req): Promise<void> {
    const stale = () => this.disposed || seq !== this.seq;
    this.onBusy(true);
    try {
      // the first round also waits a turn, so a request made inside an input handler never runs inside it
      await this.turn();
      if (stale()) return;
      const it = this.rounds(req);
      let previewed = false;
      let step = it.next();
      while (!step.done) {
        if (!previewed && step.value !== null) { this.onResult(step.value, true); previewed = true; }
        await this.turn();
        if (stale()) return;
        step = it.next();
      }
      this.onResult(step.value, false);
      this.onBusy(false);
    } catch (err) {
      if (stale()) return;
      this.onError(err instanceof Error ? err.message : String(err));
      this.onBusy(false);
    }
  }
}

/** One turn of the page's event loop: scheduler.yield() (Chromium 129+) keeps the run's priority, else a task. */
function pageTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTurn();
}
