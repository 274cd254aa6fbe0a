// Syncs an island's state with the page URL (Svelte 5 runes; construct it during component init).
//
//   const url = new UrlState(codec);            // codec from src/sims/<id>/state.ts
//   url.state.depth                             // reactive; assign to change (url.state.depth = 40)
//   url.update({ depth: 40, relu: true })       // several keys at once (presets)
//   url.notices / url.lock / url.hide           // from the deep link; show notices with <Notice>
//   url.isLocked('depth') / url.isHidden('seed')
//   url.link() / url.link({ lock: ['depth'] })  // absolute URL with #<id>, for "copy link" and lesson links
//   url.reset() / url.newSeed()                 // initial state with the current seed / a fresh seed
//
// SSR and the first client render use the defaults (so hydration matches the static markup); the URL is
// read on mount. Writes use history.replaceState, debounced, keeping other islands' keys and the hash.
// When the page's hash is #<id>, the island is scrolled into view once its state is restored.
// The URL is read again on popstate (Back, Forward) and on URL_STATE_EVENT (an exercise link opened in place).
//
// Locks hold at the root: `state` is a GuardedStore's view, whose setters, `update`, `reset` and `newSeed` all
// pass through guardChange, so no control, preset, button or script can change a field a lesson link locked or hid.
import { untrack } from 'svelte';
import { isFrozen, isLessonQuery, LESSON_CODEC, type Codec, type LessonKey, type Notice, type Schema, type StateOf } from '../../sims/url-state';
import { GuardedStore } from './guarded-store';
import { URL_STATE_EVENT } from './url-event';

const WRITE_DELAY_MS = 120;

/** What the toolbar needs to make links (UrlState implements it). */
export interface LinkSource {
  link(opts?: { lock?: readonly string[]; hide?: readonly string[]; hideAnswers?: boolean }): string;
  lock: readonly string[];
  hide: readonly string[];
  /** True when a lesson link locked or hid `key` (a field or a control). */
  isFrozen(key: string): boolean;
  /** True when the page was opened from a lesson link: no lesson-link builder then. */
  lesson: boolean;
  /** The island's state (field → value), for the caption of a downloaded figure. */
  readonly state?: object;
}

export class UrlState<S extends Schema, C extends string = never> implements LinkSource {
  #values: StateOf<S> = $state() as StateOf<S>;
  /** The island's state: read to subscribe, assign a field to change it (frozen fields refuse). */
  readonly state: StateOf<S>;
  notices: Notice[] = $state([]);
  lock: LessonKey<S, C>[] = $state([]);
  hide: LessonKey<S, C>[] = $state([]);
  /** True once the URL has been read (on mount). */
  ready = $state(false);
  /** The page's query carries a lesson link (any island's lock/hide or `lesson.…`). */
  lesson = $state(false);
  readonly codec: Codec<S, C>;
  private initial: StateOf<S>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly store: GuardedStore<StateOf<S>>;

  constructor(codec: Codec<S, C>) {
    this.codec = codec;
    this.#values = codec.defaults();
    this.initial = codec.defaults();
    this.store = new GuardedStore(() => this.#values, () => this.lock, () => this.hide);
    this.state = this.store.view;
    $effect(() => untrack(() => this.readUrl(true)));
    $effect(() => {
      const again = () => this.readUrl(false);
      addEventListener('popstate', again);
      addEventListener(URL_STATE_EVENT, again);
      return () => { removeEventListener('popstate', again); removeEventListener(URL_STATE_EVENT, again); };
    });
    $effect(() => {
      if (!this.ready) return;
      const search = codec.merge(location.search, this.#values, { lock: this.lock, hide: this.hide });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.write(search), WRITE_DELAY_MS);
      return () => clearTimeout(this.timer);
    });
  }

  private readUrl(onMount: boolean): void {
    clearTimeout(this.timer); // a write still waiting belongs to the state being replaced
    const d = this.codec.decode(location.search);
    this.#values = d.state;
    this.initial = { ...d.state };
    // The page-wide lesson keys (lesson.hide=answers) have no island of their own: every island reports their
    // problems, so the reader sees the notice whichever figure is on screen (islands hydrate when visible).
    this.notices = [...d.notices, ...LESSON_CODEC.decode(location.search).notices];
    this.lock = d.lock;
    this.hide = d.hide;
    this.lesson = isLessonQuery(location.search);
    this.ready = true;
    if (onMount && location.hash === `#${this.codec.id}`) {
      requestAnimationFrame(() => document.getElementById(this.codec.id)?.scrollIntoView());
    }
  }

  private write(search: string): void {
    if (search === location.search || (search === '' && location.search === '?')) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  isLocked(key: LessonKey<S, C>): boolean {
    return this.lock.includes(key);
  }

  isHidden(key: LessonKey<S, C>): boolean {
    return this.hide.includes(key);
  }

  /** Locked or hidden: the value stays as the lesson link set it. */
  isFrozen(key: string): boolean {
    return isFrozen(key, this.lock, this.hide);
  }

  /** Change several fields at once; frozen ones keep their values (guardChange). */
  update(next: Partial<StateOf<S>>): void {
    this.store.update(next);
  }

  /** An absolute link to this state (with `#<id>`); lesson links pass lock/hide lists (and may hide the answers). */
  link(opts: { lock?: readonly string[]; hide?: readonly string[]; hideAnswers?: boolean } = {}): string {
    if (typeof location === 'undefined') return `#${this.codec.id}`; // server render: no page URL yet
    const known: readonly string[] = [...Object.keys(this.codec.schema), ...this.codec.controls];
    const pick = (l: readonly string[] | undefined, cur: LessonKey<S, C>[]) =>
      (l ?? cur).filter((k): k is LessonKey<S, C> => known.includes(k));
    let search = this.codec.merge(location.search, this.#values, {
      lock: pick(opts.lock, this.lock), hide: pick(opts.hide, this.hide),
    });
    if (opts.hideAnswers !== undefined) {
      const params = new URLSearchParams(search);
      params.delete('lesson.hide');
      if (opts.hideAnswers) params.set('lesson.hide', 'answers');
      const text = params.toString().replace(/%2C/g, ',');
      search = text ? `?${text}` : '';
    }
    return `${location.origin}${location.pathname}${search}#${this.codec.id}`;
  }

  /** Back to the state the page opened with (defaults or the lesson link's), keeping the current seed. */
  reset(): void {
    this.store.reset(this.initial);
  }

  /** A fresh random seed (short, so links stay readable). Only for schemas with a `seed` field; not when frozen. */
  newSeed(): void {
    if (this.isFrozen('seed')) return;
    const buf = new Uint32Array(1);
    crypto.getRandomValues(buf);
    const SEED_SPAN = 100_000;
    this.store.newSeed(buf[0] % SEED_SPAN);
  }

  dismissNotices(): void {
    this.notices = [];
  }
}
