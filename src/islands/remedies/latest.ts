// "Latest request wins" for a one-at-a-time worker: while a job runs, newer requests replace each other,
// so a fast slider drag never queues stale work; only the newest waits for the worker to be free.

/** A worker client that keeps at most one job running and one (the latest) waiting. */
export class LatestOnly<Req, Res> {
  private busy = false;
  private pending: { req: Req } | null = null;
  constructor(private post: (req: Req) => void, private onresult: (res: Res, stale: boolean) => void) {}

  /** Ask for `req`; runs now if idle, else replaces any waiting request. */
  request(req: Req): void {
    if (this.busy) { this.pending = { req }; return; }
    this.busy = true;
    this.post(req);
  }

  /** Feed the worker's answer; starts the waiting request, if any. */
  receive(res: Res): void {
    const next = this.pending;
    this.pending = null;
    this.onresult(res, next !== null);
    if (next) this.post(next.req);
    else this.busy = false;
  }

  /** True while a job runs or waits. */
  get working(): boolean {
    return this.busy;
  }
}
