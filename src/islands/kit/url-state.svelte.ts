// Syncs an island's state with the page URL (Svelte 5 runes; construct it during component init).
//
//   const url = new UrlState(codec);            // codec from src/sims/<id>/state.ts
//   url.state.depth                             // reactive; assign to change (url.state.depth = 40)
//   url.notices / url.lock / url.hide           // from the deep link; show notices with <Notice>
//   url.isLocked('depth') / url.isHidden('seed')
//   url.link() / url.link({ lock: ['depth'] })  // absolute URL with #<id>, for "copy link" and lesson links
//   url.reset() / url.newSeed()                 // initial state with the current seed / a fresh seed
//
// SSR and the first client render use the defaults (so hydration matches the static markup); the URL is
// read on mount. Writes use history.replaceState, debounced, keeping other islands' keys and the hash.
// When the page's hash is #<id>, the island is scrolled into view once its state is restored.
import { untrack } from 'svelte';
import type { Codec, Notice, Schema, StateOf } from '../../sims/url-state';

const WRITE_DELAY_MS = 120;

/** What the toolbar needs to make links (UrlState implements it). */
export interface LinkSource {
  link(opts?: { lock?: readonly string[]; hide?: readonly string[] }): string;
  lock: readonly string[];
  hide: readonly string[];
}

export class UrlState<S extends Schema> implements LinkSource {
  state: StateOf<S> = $state() as StateOf<S>;
  notices: Notice[] = $state([]);
  lock: (keyof S & string)[] = $state([]);
  hide: (keyof S & string)[] = $state([]);
  /** True once the URL has been read (on mount). */
  ready = $state(false);
  readonly codec: Codec<S>;
  private initial: StateOf<S>;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(codec: Codec<S>) {
    this.codec = codec;
    this.state = codec.defaults();
    this.initial = codec.defaults();
    $effect(() => untrack(() => this.readUrl()));
    $effect(() => {
      if (!this.ready) return;
      const search = codec.merge(location.search, this.state, { lock: this.lock, hide: this.hide });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.write(search), WRITE_DELAY_MS);
      return () => clearTimeout(this.timer);
    });
  }

  private readUrl(): void {
    const d = this.codec.decode(location.search);
    this.state = d.state;
    this.initial = { ...d.state };
    this.notices = d.notices;
    this.lock = d.lock;
    this.hide = d.hide;
    this.ready = true;
    if (location.hash === `#${this.codec.id}`) {
      requestAnimationFrame(() => document.getElementById(this.codec.id)?.scrollIntoView());
    }
  }

  private write(search: string): void {
    if (search === location.search || (search === '' && location.search === '?')) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  isLocked(key: keyof S & string): boolean {
    return this.lock.includes(key);
  }

  isHidden(key: keyof S & string): boolean {
    return this.hide.includes(key);
  }

  /** An absolute link to this state (with `#<id>`); lesson links pass lock/hide lists. */
  link(opts: { lock?: readonly string[]; hide?: readonly string[] } = {}): string {
    if (typeof location === 'undefined') return `#${this.codec.id}`; // server render: no page URL yet
    const pick = (l: readonly string[] | undefined, cur: (keyof S & string)[]) =>
      (l ?? cur).filter((k): k is keyof S & string => k in this.codec.schema);
    const search = this.codec.merge(location.search, this.state, {
      lock: pick(opts.lock, this.lock), hide: pick(opts.hide, this.hide),
    });
    return `${location.origin}${location.pathname}${search}#${this.codec.id}`;
  }

  /** Back to the state the page opened with (defaults or the lesson link's), keeping the current seed. */
  reset(): void {
    const seed = (this.state as Record<string, unknown>).seed;
    const next = { ...this.initial } as Record<string, unknown>;
    if ('seed' in next) next.seed = seed;
    this.state = next as StateOf<S>;
  }

  /** A fresh random seed (short, so links stay readable). Only for schemas with a `seed` field. */
  newSeed(): void {
    if (!('seed' in this.codec.schema)) return;
    const buf = new Uint32Array(1);
    crypto.getRandomValues(buf);
    const SEED_SPAN = 100_000;
    (this.state as Record<string, unknown>).seed = buf[0] % SEED_SPAN;
  }

  dismissNotices(): void {
    this.notices = [];
  }
}
