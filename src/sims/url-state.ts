// The shared URL-state codec (DESIGN.md "URL state"). Pure, no DOM, never throws.
//
// Usage (in src/sims/<id>/state.ts):
//   export const PRODUCT_CODEC = defineCodec('product', {
//     depth: intField(20, 1, 100),
//     sigmaW: floatField(1, 0.1, 4, 0.05),
//     activation: enumField('sigmoid', ACTIVATION_NAMES, { logistic: 'sigmoid' }), // aliases: old name → new
//     bn: boolField(false),
//     seed: seedField(1),
//   }, { version: 1, renamedKeys: { sw: 'sigmaW' } });
//   const { state, notices, lock, hide } = PRODUCT_CODEC.decode(location.search);
//   const query = PRODUCT_CODEC.encode(state, { lock: ['depth'] });       // 'product.depth=40&product.lock=depth'
//   const search = PRODUCT_CODEC.merge(location.search, state);           // other islands' keys kept
//
// Keys are `?<id>.<key>=value`; `<id>.v` is the schema version (absent = 1, written only when > 1);
// `<id>.lock` and `<id>.hide` are comma lists of field keys for lesson links, and of the island's `controls`
// (named parts without a value of their own, e.g. the product's `walk` buttons and `equation` panel).
// A locked or hidden field is frozen: `guardChange` keeps its value whatever asks to change it.
// Decoding clamps each bad value to the nearest valid one and reports a Notice (the island shows it);
// encoding omits defaults so links stay short. Never rename a key or enum value without an alias:
// tests/unit/sims/links.fixture.ts holds today's links and must keep decoding without notices.

/** An integer field, clamped to [min, max]. */
export interface IntField { kind: 'int'; default: number; min: number; max: number }
/** A float field, rounded to `step` and clamped to [min, max]. */
export interface FloatField { kind: 'float'; default: number; min: number; max: number; step: number }
/** One of a fixed list of strings; `aliases` map old or alternative names to current ones. */
export interface EnumField<V extends string = string> {
  kind: 'enum'; default: V; values: readonly V[]; aliases: Readonly<Record<string, V>>;
}
/** A boolean: 1/0, true/false, yes/no, on/off. */
export interface BoolField { kind: 'bool'; default: boolean }
export type Field = IntField | FloatField | EnumField | BoolField;
export type Schema = Record<string, Field>;

/** The state object a schema describes. */
export type StateOf<S extends Schema> = {
  [K in keyof S]: S[K] extends EnumField<infer V> ? V : S[K] extends BoolField ? boolean : number;
};

/** Why a URL value was not used as written. */
export type NoticeReason =
  | 'not-a-number' | 'out-of-range' | 'rounded' | 'unknown-value' | 'not-a-bool'
  | 'unknown-key' | 'unknown-name' | 'newer-version' | 'empty' | 'repeated-key';

/** One problem found while decoding: the key, what the URL said, and what is used instead. */
export interface Notice { key: string; raw: string; used: string; reason: NoticeReason }

/** A name a lesson link may lock or hide: a field key, or one of the codec's `controls`. */
export type LessonKey<S extends Schema, C extends string = never> = (keyof S & string) | C;

export interface Decoded<S extends Schema, C extends string = never> {
  state: StateOf<S>;
  notices: Notice[];
  /** Field keys (and controls) the lesson link locks (shown, disabled). */
  lock: LessonKey<S, C>[];
  /** Field keys (and controls) the lesson link hides. */
  hide: LessonKey<S, C>[];
}

export interface EncodeOptions<K extends string> { lock?: readonly K[]; hide?: readonly K[] }

export interface Codec<S extends Schema, C extends string = never> {
  id: string;
  version: number;
  schema: S;
  /** Parts of the island a lesson link may lock or hide besides the fields (buttons, panels). */
  controls: readonly C[];
  /** A fresh copy of the default state. */
  defaults(): StateOf<S>;
  /** Decode from a query string ('?a=1&b=2' or 'a=1'), URLSearchParams, or a full URL. Never throws. */
  decode(input: string | URLSearchParams): Decoded<S, C>;
  /** Only this island's keys, defaults omitted, e.g. 'product.depth=40&product.lock=depth' ('' when all default). */
  encode(state: StateOf<S>, opts?: EncodeOptions<LessonKey<S, C>>): string;
  /** `search` with this island's keys replaced by the encoding of `state`; returns '' or '?…'. */
  merge(search: string, state: StateOf<S>, opts?: EncodeOptions<LessonKey<S, C>>): string;
  /** The nearest valid value of one field (used for typed state too). */
  normalize(state: Partial<Record<keyof S, unknown>>): StateOf<S>;
}

export function intField(def: number, min: number, max: number): IntField {
  return { kind: 'int', default: def, min, max };
}
export function floatField(def: number, min: number, max: number, step: number): FloatField {
  return { kind: 'float', default: def, min, max, step };
}
export function enumField<V extends string>(
  def: V, values: readonly V[], aliases: Readonly<Record<string, V>> = {},
): EnumField<V> {
  return { kind: 'enum', default: def, values, aliases };
}
export function boolField(def: boolean): BoolField {
  return { kind: 'bool', default: def };
}
/** The largest seed: mulberry32 takes an unsigned 32-bit integer; keep links readable. */
export const SEED_MAX = 2 ** 31 - 1;
/**
 * What a typed seed becomes: the nearest whole number in 0..SEED_MAX, or `current` when the text is not a number
 * (empty, "abc"). Every island's seed box uses it and then shows the value it returned, so the box never reads
 * a number the figure is not using.
 */
export function parseSeed(text: string, current: number): number {
  const t = text.trim();
  const n = Number(t);
  if (t === '' || !Number.isFinite(n)) return current;
  return Math.min(SEED_MAX, Math.max(0, Math.round(n)));
}

/** A seed field: an integer 0..SEED_MAX. */
export function seedField(def: number): IntField {
  return intField(def, 0, SEED_MAX);
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on', 'si', 'sí'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];
const LIST_KEYS = ['lock', 'hide'];
const VERSION_KEY = 'v';

/** Decimals implied by a step (0.05 → 2), so encoded floats carry no binary noise. */
function stepDecimals(step: number): number {
  const s = String(step);
  const e = s.match(/e-(\d+)$/);
  if (e) return Number(e[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

/** Round a float to its step grid (anchored at min) and clamp. */
function snapFloat(f: FloatField, x: number): number {
  const k = Math.round((x - f.min) / f.step);
  const snapped = f.min + k * f.step;
  return Number(clamp(snapped, f.min, f.max).toFixed(stepDecimals(f.step)));
}

/** Format a value for the URL. */
function formatValue(f: Field, v: unknown): string {
  if (f.kind === 'bool') return v ? '1' : '0';
  if (f.kind === 'float') return String(Number((v as number).toFixed(stepDecimals(f.step))));
  return String(v);
}

type One = { value: unknown; reason?: NoticeReason };

/** A number as a link writes it: 30, -0.5, .5, +7, 2e1 (hex, binary, octal and Infinity are not numbers here). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parse one raw URL value for a field: the nearest valid value and why it differs, if it does. */
function parseOne(f: Field, raw: string): One {
  const text = raw.trim();
  if (text === '') return { value: f.default, reason: 'empty' };
  if (f.kind === 'bool') {
    const low = text.toLowerCase();
    if (TRUE_WORDS.includes(low)) return { value: true };
    if (FALSE_WORDS.includes(low)) return { value: false };
    return { value: f.default, reason: 'not-a-bool' };
  }
  if (f.kind === 'enum') {
    if ((f.values as readonly string[]).includes(text)) return { value: text };
    const low = text.toLowerCase();
    const exact = f.values.find((v) => v.toLowerCase() === low);
    if (exact !== undefined) return { value: exact };
    const alias = Object.keys(f.aliases).find((a) => a.toLowerCase() === low);
    if (alias !== undefined) return { value: f.aliases[alias] };
    return { value: f.default, reason: 'unknown-value' };
  }
  // Decimal notation only (sign, digits, point, exponent): Number() would also take 0x1F, 0b11, 0o7 and Infinity
  const x = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(x)) return { value: f.default, reason: 'not-a-number' };
  if (f.kind === 'int') {
    const clamped = clamp(x, f.min, f.max);
    if (clamped !== x) return { value: Math.round(clamped), reason: 'out-of-range' };
    const r = Math.round(x);
    return r === x ? { value: r } : { value: clamp(r, f.min, f.max), reason: 'rounded' };
  }
  if (x < f.min || x > f.max) return { value: snapFloat(f, x), reason: 'out-of-range' };
  const snapped = snapFloat(f, x);
  return Math.abs(snapped - x) > f.step * 1e-6 ? { value: snapped, reason: 'rounded' } : { value: snapped };
}

/** Nearest valid value of a typed (possibly wrong) value; used by normalize(). */
function coerce(f: Field, v: unknown): unknown {
  if (f.kind === 'bool') return typeof v === 'boolean' ? v : f.default;
  if (f.kind === 'enum') return typeof v === 'string' ? parseOne(f, v).value : f.default;
  if (typeof v !== 'number' || Number.isNaN(v)) return f.default;
  if (f.kind === 'int') return Math.round(clamp(v, f.min, f.max));
  return snapFloat(f, v);
}

function toParams(input: string | URLSearchParams): URLSearchParams {
  if (typeof input !== 'string') return input;
  let s = input;
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(q + 1);
  const h = s.indexOf('#');
  if (h >= 0) s = s.slice(0, h);
  try {
    return new URLSearchParams(s);
  } catch {
    return new URLSearchParams();
  }
}

/** Build the codec of one island. `renamedKeys` maps old field keys to current ones (old links keep working). */
export function defineCodec<S extends Schema, C extends string = never>(
  id: string, schema: S,
  opts: { version?: number; renamedKeys?: Readonly<Record<string, keyof S & string>>; controls?: readonly C[] } = {},
): Codec<S, C> {
  const version = opts.version ?? 1;
  const renamed = opts.renamedKeys ?? {};
  const controls: readonly C[] = opts.controls ?? [];
  const keys = Object.keys(schema) as (keyof S & string)[];
  const lessonKeys: LessonKey<S, C>[] = [...keys, ...controls];
  const prefix = `${id}.`;

  const defaults = (): StateOf<S> => {
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = schema[k].default;
    return out as StateOf<S>;
  };

  const resolveKey = (k: string): (keyof S & string) | undefined =>
    keys.includes(k as keyof S & string) ? (k as keyof S & string)
      : Object.hasOwn(renamed, k) ? renamed[k] : undefined; // not renamed['constructor'] (Object.prototype)

  const parseList = (key: string, raw: string, notices: Notice[]): LessonKey<S, C>[] => {
    const out: LessonKey<S, C>[] = [];
    for (const part of raw.split(',')) {
      const name = part.trim();
      if (name === '') continue;
      const k: LessonKey<S, C> | undefined = resolveKey(name) ?? controls.find((c) => c === name);
      if (k === undefined) notices.push({ key: `${prefix}${key}`, raw: name, used: '', reason: 'unknown-name' });
      else if (!out.includes(k)) out.push(k);
    }
    return out;
  };

  const decode = (input: string | URLSearchParams): Decoded<S, C> => {
    const state = defaults() as Record<string, unknown>;
    const notices: Notice[] = [];
    let lock: LessonKey<S, C>[] = [];
    let hide: LessonKey<S, C>[] = [];
    const params = toParams(input);
    const seen = new Set<string>();
    for (const [fullKey, raw] of params) {
      if (!fullKey.startsWith(prefix)) continue;
      const name = fullKey.slice(prefix.length);
      if (name === VERSION_KEY) {
        const v = Number(raw);
        if (!(Number.isInteger(v) && v >= 1 && v <= version)) {
          notices.push({ key: fullKey, raw, used: String(version), reason: 'newer-version' });
        }
        continue;
      }
      // a list given twice means both: the names add up (a name twice counts once)
      if (name === 'lock') { lock = [...new Set([...lock, ...parseList(name, raw, notices)])]; continue; }
      if (name === 'hide') { hide = [...new Set([...hide, ...parseList(name, raw, notices)])]; continue; }
      const k = resolveKey(name);
      if (k === undefined) {
        notices.push({ key: fullKey, raw, used: '', reason: 'unknown-key' });
        continue;
      }
      const f = schema[k];
      const one = parseOne(f, raw);
      state[k] = one.value;
      if (one.reason) notices.push({ key: `${prefix}${k}`, raw, used: formatValue(f, one.value), reason: one.reason });
      // a field given twice: the last one is used, and the reader is told which (notices name the final value)
      if (seen.has(k)) notices.push({ key: `${prefix}${k}`, raw, used: formatValue(f, one.value), reason: 'repeated-key' });
      seen.add(k);
    }
    return { state: state as StateOf<S>, notices, lock, hide };
  };

  const normalize = (partial: Partial<Record<keyof S, unknown>>): StateOf<S> => {
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = k in partial ? coerce(schema[k], partial[k]) : schema[k].default;
    return out as StateOf<S>;
  };

  const entries = (state: StateOf<S>, o: EncodeOptions<LessonKey<S, C>> = {}): [string, string][] => {
    const valid = normalize(state as Partial<Record<keyof S, unknown>>) as Record<string, unknown>;
    const out: [string, string][] = [];
    for (const k of keys) {
      const f = schema[k];
      const text = formatValue(f, valid[k]);
      if (text !== formatValue(f, f.default)) out.push([`${prefix}${k}`, text]);
    }
    for (const listKey of LIST_KEYS) {
      const list = (listKey === 'lock' ? o.lock : o.hide) ?? [];
      const known = lessonKeys.filter((k) => list.includes(k));
      if (known.length > 0) out.push([`${prefix}${listKey}`, known.join(',')]);
    }
    if (out.length > 0 && version > 1) out.unshift([`${prefix}${VERSION_KEY}`, String(version)]);
    return out;
  };

  // URLSearchParams would escape ',' as %2C; lesson lists stay readable with a light encoder.
  const enc = (s: string) => encodeURIComponent(s).replace(/%2C/g, ',');
  const join = (pairs: [string, string][]) => pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');

  const encode = (state: StateOf<S>, o?: EncodeOptions<LessonKey<S, C>>) => join(entries(state, o));

  const merge = (search: string, state: StateOf<S>, o?: EncodeOptions<LessonKey<S, C>>): string => {
    const others: [string, string][] = [];
    for (const [k, v] of toParams(search)) if (!k.startsWith(prefix)) others.push([k, v]);
    const all = [...others, ...entries(state, o)];
    return all.length > 0 ? `?${join(all)}` : '';
  };

  return { id, version, schema, controls, defaults, decode, encode, merge, normalize };
}

/** True when a lesson link fixes `key`: a locked or hidden field keeps its value, a locked or hidden control is inert. */
export function isFrozen(key: string, lock: readonly string[], hide: readonly string[]): boolean {
  return lock.includes(key) || hide.includes(key);
}

/**
 * The one gate every change of an island's state goes through (typing, sliders, presets, reset, new seed, the
 * step-through, a link opened in place): `next` with each frozen key (locked or hidden by the lesson link) put
 * back to its value in `current`. Pure; `UrlState` calls it for every write.
 */
export function guardChange<T extends Record<string, unknown>>(
  current: T, next: Partial<T>, lock: readonly string[], hide: readonly string[],
): T {
  const out = { ...current };
  for (const k of Object.keys(next) as (keyof T & string)[]) {
    if (!isFrozen(k, lock, hide) && Object.hasOwn(current, k)) out[k] = next[k] as T[keyof T & string];
  }
  return out;
}

/**
 * True when the query carries a lesson link (any `<id>.lock`, `<id>.hide` or `lesson.…` key): the page is then
 * a student's, and the lesson-link builder is not offered (DESIGN.md, "Lesson links").
 */
export function isLessonQuery(input: string | URLSearchParams): boolean {
  for (const [k, v] of toParams(input)) {
    if (v.trim() === '') continue;
    if (k.startsWith(`${LESSON_ID}.`) || /\.(lock|hide)$/.test(k)) return true;
  }
  return false;
}

/** The page-wide lesson prefix: `?lesson.hide=answers` hides every exercise's answer on the page. */
export const LESSON_ID = 'lesson';
/** The page-wide lesson codec: no values, only parts to hide (the exercises' answers). */
export const LESSON_CODEC = defineCodec(LESSON_ID, {}, { controls: ['answers'] as const });
