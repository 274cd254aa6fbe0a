// Issue 18, bug 1: a lesson link's lock (or hide) holds against every way of changing a value: a control's
// write, presets (several fields at once), reset, new seed, the step-through (product.layer). Every island's
// UrlState writes through GuardedStore, so testing the store over every codec and every field covers them all.
import { describe, expect, it } from 'vitest';
import { GuardedStore } from '../../../src/islands/kit/guarded-store';
import { guardChange, isLessonQuery, LESSON_CODEC, type Codec, type Field, type Schema, type StateOf } from '../../../src/sims/url-state';
import { ACTIVATIONS_CODEC } from '../../../src/sims/activations/state';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { COMPONENTS_CODEC } from '../../../src/sims/components/state';
import { REMEDIES_CODEC } from '../../../src/sims/remedies/state';
import { EXPLODING_CODEC } from '../../../src/sims/exploding/state';
import { TRAIN_CODEC } from '../../../src/sims/train/state';
import { PRESETS as REMEDIES_PRESETS } from '../../../src/sims/remedies/defaults';
import { PRESETS as TRAIN_PRESETS } from '../../../src/sims/train/defaults';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CODECS: Codec<any, string>[] = [ACTIVATIONS_CODEC, PRODUCT_CODEC, COMPONENTS_CODEC, REMEDIES_CODEC, EXPLODING_CODEC, TRAIN_CODEC];

/** A valid value of `f` other than `v`. */
function another(f: Field, v: unknown): unknown {
  switch (f.kind) {
    case 'bool': return !v;
    case 'enum': return f.values.find((x) => x !== v);
    case 'int': return v === f.max ? f.min : f.max;
    case 'float': return v === f.max ? f.min : f.max;
  }
}

/** Every field changed to another valid value. */
function allChanged<S extends Schema>(codec: Codec<S, string>, s: StateOf<S>): Partial<StateOf<S>> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(codec.schema)) out[k] = another(f, (s as Record<string, unknown>)[k]);
  return out as Partial<StateOf<S>>;
}

function storeFor<S extends Schema>(codec: Codec<S, string>, query: string) {
  const d = codec.decode(query);
  const values = d.state as Record<string, unknown>;
  const store = new GuardedStore(() => values, () => d.lock, () => d.hide);
  return { d, values, store, initial: { ...values } };
}

describe('guardChange (the pure gate)', () => {
  it('keeps locked and hidden keys, takes the rest, ignores unknown keys', () => {
    const cur = { a: 1, b: 2, c: 3 };
    expect(guardChange(cur, { a: 9, b: 9, c: 9, z: 9 } as Partial<typeof cur>, ['a'], ['c'])).toEqual({ a: 1, b: 9, c: 3 });
    expect(cur).toEqual({ a: 1, b: 2, c: 3 }); // pure
  });
});

describe.each(CODECS.map((c) => [c.id, c] as const))('%s: a lesson link holds every field', (_id, codec) => {
  const keys = Object.keys(codec.schema);
  for (const mode of ['lock', 'hide'] as const) {
    it.each(keys)(`${mode}=%s holds against a control's write, presets, reset and new seed`, (key) => {
      // Open the link with the field at a non-default value, so reset's and new seed's targets differ from it.
      const def = codec.defaults() as Record<string, unknown>;
      const start = { ...def, [key]: another(codec.schema[key], def[key]) } as StateOf<Schema>;
      const query = codec.encode(start, { [mode]: [key] });
      const { values, store, initial } = storeFor(codec, query);
      const held = values[key];
      expect(held).toEqual((start as Record<string, unknown>)[key]);
      expect(store.isFrozen(key)).toBe(true);

      // A control writing the field (an input's handler, bind:value, the step-through's onlayer)
      (store.view as Record<string, unknown>)[key] = another(codec.schema[key], held);
      expect(values[key]).toEqual(held);
      // Several fields at once (a preset): the others change, the frozen one does not
      store.update(allChanged(codec, values as StateOf<Schema>));
      expect(values[key]).toEqual(held);
      for (const other of keys.filter((k) => k !== key)) expect(values[other]).not.toEqual(initial[other]);
      // Reset to the state the page opened with
      store.reset(codec.defaults() as Record<string, unknown>);
      expect(values[key]).toEqual(held);
      // New seed
      const refused = !store.newSeed(12345);
      expect(values[key]).toEqual(held);
      if (key === 'seed') expect(refused).toBe(true);
    });
  }
  it('a free field changes by every route', () => {
    const { values, store } = storeFor(codec, '');
    const key = keys[0];
    const next = another(codec.schema[key], values[key]);
    (store.view as Record<string, unknown>)[key] = next;
    expect(values[key]).toEqual(next);
    if ('seed' in codec.schema) {
      expect(store.newSeed(4242)).toBe(true);
      expect(values.seed).toBe(4242);
    }
  });
});

describe('presets never move a frozen field', () => {
  it.each([
    ['remedies', REMEDIES_CODEC, Object.values(REMEDIES_PRESETS)],
    ['train', TRAIN_CODEC, Object.values(TRAIN_PRESETS)],
  ] as const)('%s', (_id, codec, presets) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const c = codec as Codec<any, string>;
    for (const key of Object.keys(c.schema)) {
      const { values, store } = storeFor(c, c.encode(c.defaults(), { lock: [key] }));
      const held = values[key];
      for (const p of presets) {
        store.update(p as Record<string, unknown>);
        expect(values[key]).toEqual(held);
      }
    }
  });
});

describe('lesson controls and the page-wide lesson prefix', () => {
  it('product: the focused layer, the walk-through and the equation panel can be locked or hidden', () => {
    const d = PRODUCT_CODEC.decode('product.layer=7&product.lock=layer,walk&product.hide=equation');
    expect(d.state.layer).toBe(7);
    expect(d.lock).toEqual(['layer', 'walk']);
    expect(d.hide).toEqual(['equation']);
    expect(d.notices).toEqual([]);
    expect(PRODUCT_CODEC.encode(d.state, { lock: d.lock, hide: d.hide }))
      .toBe('product.layer=7&product.lock=layer,walk&product.hide=equation');
  });
  it('an unknown control gets a notice, never a throw', () => {
    const d = PRODUCT_CODEC.decode('product.hide=equation,builder');
    expect(d.hide).toEqual(['equation']);
    expect(d.notices).toMatchObject([{ key: 'product.hide', raw: 'builder', reason: 'unknown-name' }]);
  });
  it('lesson.hide=answers decodes; a lesson query is told from a plain state link', () => {
    expect(LESSON_CODEC.decode('lesson.hide=answers').hide).toEqual(['answers']);
    expect(isLessonQuery('?product.depth=40')).toBe(false);
    expect(isLessonQuery('?product.depth=40&product.lock=seed')).toBe(true);
    expect(isLessonQuery('?train.hide=seed')).toBe(true);
    expect(isLessonQuery('?lesson.hide=answers')).toBe(true);
    expect(isLessonQuery('?product.lock=')).toBe(false);
    expect(isLessonQuery('?%E0%A4%A=1&lock')).toBe(false);
  });
});
