// The training clock, shared by the Web Worker and the main-thread fallback (no DOM: timers and a clock only).
// While playing it trains for `sliceMs`, then yields (setTimeout 0) so commands such as "pause" get through,
// and posts a snapshot at most every `postEveryMs`; the decision boundary is re-evaluated at most every
// BOUNDARY_INTERVAL_MS since it costs a forward pass of the grid.
import { BOUNDARY_INTERVAL_MS, MAX_STEPS, SNAPSHOTS_PER_SECOND } from '../../sims/train/defaults';
import { TrainSession, trainingPoints, type TrainPoint } from '../../sims/train/model';
import type { TrainCommand, TrainReply } from './protocol';

const MS_PER_SECOND = 1000;
/** Steps per inner chunk between clock reads (a chunk of a deep net takes well under a millisecond per step). */
const CHUNK = 4;

export class TrainLoop {
  private session: TrainSession | null = null;
  private gen = -1;
  private playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastPost = 0;
  private lastBoundary = 0;
  private rate = 0;
  private readonly postEveryMs = MS_PER_SECOND / SNAPSHOTS_PER_SECOND;

  /** `sliceMs`: how long one uninterrupted slice of training lasts (short on the main thread). */
  constructor(private readonly emit: (reply: TrainReply) => void, private readonly sliceMs: number) {}

  handle(cmd: TrainCommand): void {
    try {
      if (cmd.type === 'configure') {
        this.stop();
        this.gen = cmd.gen;
        this.session = new TrainSession(cmd.state);
        this.rate = 0;
        this.post(true, trainingPoints(cmd.state.dataset));
        return;
      }
      if (cmd.gen !== this.gen || !this.session) return;
      if (cmd.type === 'play') this.play();
      else if (cmd.type === 'pause') { this.stop(); this.post(true); }
      else { this.stop(); this.session.train(cmd.steps); this.post(true); }
    } catch (err) {
      this.stop();
      this.emit({ type: 'error', gen: cmd.gen, message: err instanceof Error ? err.message : String(err) });
    }
  }

  /** Stops for good (the island was unmounted). */
  dispose(): void {
    this.stop();
    this.session = null;
  }

  private play(): void {
    if (this.playing || !this.session || this.done()) return;
    this.playing = true;
    this.lastPost = performance.now();
    this.timer = setTimeout(() => this.tick(), 0);
  }

  private stop(): void {
    this.playing = false;
    clearTimeout(this.timer);
  }

  private done(): boolean {
    return !this.session || this.session.diverged || this.session.step >= MAX_STEPS;
  }

  private tick(): void {
    const session = this.session;
    if (!this.playing || !session) return;
    const start = performance.now();
    const before = session.step;
    while (performance.now() - start < this.sliceMs && !this.done()) {
      session.train(Math.min(CHUNK, MAX_STEPS - session.step));
    }
    const elapsed = performance.now() - start;
    if (elapsed > 0) this.rate = ((session.step - before) / elapsed) * MS_PER_SECOND;
    if (this.done()) this.playing = false;
    const now = performance.now();
    if (!this.playing || now - this.lastPost >= this.postEveryMs - this.sliceMs / 2) this.post(!this.playing || now - this.lastBoundary >= BOUNDARY_INTERVAL_MS);
    if (this.playing) this.timer = setTimeout(() => this.tick(), 0);
  }

  private post(withBoundary: boolean, points?: TrainPoint[]): void {
    if (!this.session) return;
    const now = performance.now();
    this.lastPost = now;
    if (withBoundary) this.lastBoundary = now;
    this.emit({
      type: 'snapshot', gen: this.gen, playing: this.playing,
      snapshot: this.session.snapshot(withBoundary), stepsPerSecond: this.rate, points,
    });
  }
}
