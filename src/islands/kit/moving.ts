// Whether a control is being moved continuously (a drag, a held arrow key): true from the second input that
// comes within the settle window of the one before, false once the window passes with none. Charts then draw
// their lines without per-layer markers (far fewer nodes to style and paint per frame) and add them back when
// the input settles. A single step (one key press, one click) never counts as moving, so its redraw is the full
// chart. Pure timing here; moving.svelte.ts makes it reactive.
export const MOVING_SETTLE_MS = 150;

export class MovingClock {
  private active = false;
  private last = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: (active: boolean) => void, private readonly settleMs = MOVING_SETTLE_MS) {}

  /** Call first thing in a control's input handler. */
  poke(now = performance.now()): void {
    if (now - this.last < this.settleMs && !this.active) this.set(true);
    this.last = now;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set(false), this.settleMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private set(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.onChange(active);
  }
}
