// The write side of an island's state, where lesson-link locks hold (issue 18, bug 1). Plain TypeScript, no runes:
// UrlState hands it its reactive values object and its lock/hide lists; unit tests hand it plain ones.
//
//   const store = new GuardedStore(() => values, () => lock, () => hide);
//   store.view.depth = 40          // a field write: refused when depth is locked or hidden
//   store.update({ ...PRESETS.relu }) / store.reset(initial) / store.newSeed(7)
//
// Every path that changes a value (a control's setter, bind:value, presets, reset, new seed, the step-through)
// ends in `update`, which passes the change through guardChange.
import { guardChange, isFrozen } from '../../sims/url-state';

export class GuardedStore<T extends Record<string, unknown>> {
  /** The state as controls see it: reading a field reads the values, assigning one goes through `update`. */
  readonly view: T;

  constructor(
    private readonly values: () => T,
    private readonly lock: () => readonly string[],
    private readonly hide: () => readonly string[],
  ) {
    const view = {} as Record<string, unknown>;
    for (const k of Object.keys(values())) {
      Object.defineProperty(view, k, {
        enumerable: true,
        get: () => this.values()[k],
        set: (v: unknown) => this.update({ [k]: v } as Partial<T>),
      });
    }
    this.view = view as T;
  }

  /** Locked or hidden by the lesson link. */
  isFrozen(key: string): boolean {
    return isFrozen(key, this.lock(), this.hide());
  }

  /** Change several fields at once (presets); frozen fields keep their values. Writes only what changed. */
  update(next: Partial<T>): void {
    const cur = this.values() as Record<string, unknown>;
    const guarded = guardChange(cur, next as Record<string, unknown>, this.lock(), this.hide());
    for (const k of Object.keys(guarded)) if (guarded[k] !== cur[k]) cur[k] = guarded[k];
  }

  /** Back to `initial` (the state the page opened with), keeping the current seed and every frozen field. */
  reset(initial: T): void {
    const next = { ...initial } as Record<string, unknown>;
    if ('seed' in next) next.seed = this.values().seed;
    this.update(next as Partial<T>);
  }

  /** Set the seed to `seed` unless the lesson link locked or hid it; false when refused. */
  newSeed(seed: number): boolean {
    if (!('seed' in this.values()) || this.isFrozen('seed')) return false;
    this.update({ seed } as unknown as Partial<T>);
    return true;
  }
}
