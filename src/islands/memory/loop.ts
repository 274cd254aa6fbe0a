// The memory island's training clock, run in its Web Worker (no DOM: timers and a clock only). While playing it
// trains both cells in slices of SLICE_MS, yielding between slices (setTimeout 0) so "pause" gets through, and
// posts a snapshot after each slice; it stops by itself at MAX_STEPS.
import { MAX_STEPS, SNAPSHOTS_PER_SECOND } from '../../sims/memory/defaults';
import { MemorySession } from '../../sims/memory/model';
import type { MemoryCommand, MemoryReply } from './protocol';

const MS_PER_SECOND = 1000;
/** One slice of training per snapshot. */
const SLICE_MS = MS_PER_SECOND / SNAPSHOTS_PER_SECOND;

export class MemoryLoop {
  private session: MemorySession | null = null;
  private gen = -1;
  private playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rate = 0;

  constructor(private readonly emit: (reply: MemoryReply) => void) {}

  handle(cmd: MemoryCommand): void {
    try {
      if (cmd.type === 'configure') {
        this.stop();
        this.gen = cmd.gen;
        this.session = new MemorySession(cmd.state);
        this.rate = 0;
        this.post();
        return;
      }
      if (cmd.gen !== this.gen || !this.session) return;
      if (cmd.type === 'play') this.play();
      else if (cmd.type === 'pause') { this.stop(); this.post(); }
      else { this.stop(); this.session.train(Math.min(cmd.steps, MAX_STEPS - this.session.step)); this.post(); }
    } catch (err) {
      this.stop();
      this.emit({ type: 'error', gen: cmd.gen, message: err instanceof Error ? err.message : String(err) });
    }
  }

  private play(): void {
    if (this.playing || !this.session || this.session.step >= MAX_STEPS) return;
    this.playing = true;
    this.timer = setTimeout(() => this.tick(), 0);
  }

  private stop(): void {
    this.playing = false;
    clearTimeout(this.timer);
  }

  private tick(): void {
    const session = this.session;
    if (!this.playing || !session) return;
    const start = performance.now();
    const before = session.step;
    while (performance.now() - start < SLICE_MS && session.step < MAX_STEPS) session.train(1);
    const elapsed = performance.now() - start;
    if (elapsed > 0) this.rate = ((session.step - before) / elapsed) * MS_PER_SECOND;
    if (session.step >= MAX_STEPS) this.playing = false;
    this.post();
    if (this.playing) this.timer = setTimeout(() => this.tick(), 0);
  }

  private post(): void {
    if (!this.session) return;
    this.emit({ type: 'snapshot', gen: this.gen, playing: this.playing, snapshot: this.session.snapshot(), stepsPerSecond: this.rate });
  }
}
