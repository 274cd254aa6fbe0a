// A pure model's results kept for the states a reader is likely to ask for next, computed while the page is
// idle: after a step of a slider, the island asks for the slider's neighbours (one step either side), and the
// next step finds its numbers ready, so the path from the input to the paint holds only the chart (issue 11).
// A state not computed ahead (a jump along the track, a new menu choice) is computed at once, as before.
// Results are exactly the model's own: the cache keys are the fields the model reads, plus the kernel set.
//   const models = new Ahead(componentsModel, (s) => `${s.depth}|${s.activation}|${s.init}|${s.seed}`);
//   const data = $derived(models.get(url.state));
//   $effect(() => models.ahead(neighbours(url.state)));     // after each step
//   models.dispose();                                       // on unmount
// One state per idle callback (each well under a long task, 50 ms, even with the CPU 4× slower), newest
// request first: a new call to ahead() replaces the queue.

/** Idle callbacks where the browser has them (not Safari): else a short timer. */
type Schedule = (run: () => void) => () => void;
const idle: Schedule = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 30);
  return () => clearTimeout(handle);
};

export class Ahead<S, D> {
  private readonly cache = new Map<string, D>();
  private queue: S[] = [];
  private cancel: (() => void) | null = null;

  /** `key` names a state by what `compute` reads; `capacity` results are kept, least recently used out first. */
  constructor(
    private readonly compute: (s: S) => D,
    private readonly key: (s: S) => string,
    private readonly capacity = 48,
    private readonly schedule: Schedule = idle,
  ) {}

  /** The model's result for `s`: kept from earlier, or computed now. */
  get(s: S): D {
    const k = this.key(s);
    let d = this.cache.get(k);
    if (d === undefined) d = this.compute(s);
    else this.cache.delete(k);
    this.remember(k, d);
    return d;
  }

  /** Whether `s`'s result is ready (tests). */
  has(s: S): boolean {
    return this.cache.has(this.key(s));
  }

  /** Compute these states while the page is idle, in this order; replaces what was still waiting. */
  ahead(states: readonly S[]): void {
    this.queue = states.filter((s) => !this.cache.has(this.key(s)));
    if (!this.cancel && this.queue.length) this.next();
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = null;
    this.queue = [];
  }

  private next(): void {
    this.cancel = this.schedule(() => {
      this.cancel = null;
      const s = this.queue.shift();
      if (s !== undefined) {
        const k = this.key(s);
        if (!this.cache.has(k)) this.remember(k, this.compute(s));
      }
      if (this.queue.length) this.next();
    });
  }

  private remember(k: string, d: D): void {
    this.cache.set(k, d);
    while (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value as string);
  }
}

/** Charts drawn ahead for results computed ahead (Ahead): a step's drawing is then ready too, and the step costs
 *  only its merge into the chart on the page (kit/morph.ts) and the paint. A drawing is used once (a merge takes
 *  its nodes), only at the width it was drawn for; the drawing function must be pure in (data, width).
 *    const drawings = new DrawAhead((d: Data, w: number) => chart(d, { width: w }));
 *    render={(w) => drawings.take(data, w)}                      // prepared, or drawn now
 *    drawings.ahead([() => models.get(next)], width)             // while idle
 *  A drawing that also depends on something the island keeps (an axis held while a slider moves) names it with
 *  `lookOf`: a drawing is used only if its look, read when it was drawn, is the look now.
 *    new DrawAhead((d, w, look) => chart(d, { width: w, axis: look }), 4, idle, (d) => axisFor(d)) */
export class DrawAhead<D> {
  private readonly ready = new Map<D, { width: number; look: number; el: Element }>();
  private queue: (() => D)[] = [];
  private width = 0;
  private cancel: (() => void) | null = null;

  /** `capacity` drawings are kept ready, the oldest out first. */
  constructor(private readonly draw: (d: D, width: number, look: number) => Element, private readonly capacity = 4,
    private readonly schedule: Schedule = idle, private readonly lookOf: (d: D) => number = () => 0) {}

  /** `d`'s drawing at `width`: the one prepared (at this width and look), or drawn now. */
  take(d: D, width: number): Element {
    const r = this.ready.get(d);
    this.ready.delete(d);
    const look = this.lookOf(d);
    return r && r.width === width && r.look === look ? r.el : this.draw(d, width, look);
  }

  /** Whether a drawing of `d` is ready (tests). */
  has(d: D): boolean {
    return this.ready.has(d);
  }

  /** Also draw this result while idle, after what is already waiting (for results that arrive one by one). */
  also(item: () => D, width: number): void {
    if (width <= 0) return;
    if (width !== this.width) this.queue = [];
    this.queue.push(item);
    this.width = width;
    if (!this.cancel) this.next();
  }

  /** Draw these results (each read when its turn comes) at `width` while idle; replaces what was still waiting. */
  ahead(items: readonly (() => D)[], width: number): void {
    this.queue = width > 0 ? [...items] : [];
    this.width = width;
    if (!this.cancel && this.queue.length) this.next();
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = null;
    this.queue = [];
    this.ready.clear();
  }

  private next(): void {
    this.cancel = this.schedule(() => {
      this.cancel = null;
      const item = this.queue.shift();
      if (item) {
        const d = item();
        const look = this.lookOf(d);
        const r = this.ready.get(d);
        if (r?.width !== this.width || r.look !== look) {
          this.ready.delete(d);
          this.ready.set(d, { width: this.width, look, el: this.draw(d, this.width, look) });
          while (this.ready.size > this.capacity) this.ready.delete(this.ready.keys().next().value as D);
        }
      }
      if (this.queue.length) this.next();
    });
  }
}

/** A slider's neighbours: `value` ± `step` inside [min, max], on the slider's own grid (min + k·step, printed
 *  with as many decimals as step and min have, as the input's value reads). */
export function stepNeighbours(value: number, step: number, min: number, max: number): number[] {
  const decimals = Math.max(decimalsOf(step), decimalsOf(min));
  const out: number[] = [];
  for (const dir of [1, -1]) {
    const k = Math.round((value - min) / step) + dir;
    const v = Number((min + k * step).toFixed(decimals));
    if (v >= min && v <= max) out.push(v);
  }
  return out;
}

function decimalsOf(x: number): number {
  const [, frac = ''] = String(x).split('.');
  return /e-/.test(String(x)) ? 20 : frac.length;
}
