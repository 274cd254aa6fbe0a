import { describe, expect, it } from 'vitest';
import type { Codec, Schema } from '../../../src/sims/url-state';
import { LINKS } from './links.fixture';

// Every island's codec: any export of src/sims/<id>/state.ts made by defineCodec with that id.
const modules = import.meta.glob<Record<string, unknown>>('../../../src/sims/*/state.ts', { eager: true });
const codecs = new Map<string, Codec<Schema>>();
const isCodec = (v: unknown): v is Codec<Schema> =>
  typeof v === 'object' && v !== null && typeof (v as Codec<Schema>).decode === 'function' && 'schema' in v;
for (const [path, mod] of Object.entries(modules)) {
  const id = path.split('/').at(-2) ?? '';
  for (const v of Object.values(mod)) if (isCodec(v) && v.id === id) codecs.set(id, v);
}

describe('deep links of today keep working', () => {
  it('has links to test', () => {
    expect(LINKS.length).toBeGreaterThan(0);
  });

  for (const link of LINKS) {
    it(`${link.island}: ${link.query}`, () => {
      const codec = codecs.get(link.island);
      expect(codec, `src/sims/${link.island}/state.ts must export its codec`).toBeDefined();
      if (!codec) return;
      const d = codec.decode(link.query);
      expect(d.notices).toEqual([]);
      expect(d.state).toEqual({ ...codec.defaults(), ...link.expect });
      expect(d.lock).toEqual(link.lock ?? []);
      expect(d.hide).toEqual(link.hide ?? []);
    });
  }
});
