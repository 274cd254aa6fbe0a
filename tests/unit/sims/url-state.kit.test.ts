import { describe, expect, it } from 'vitest';
import { KIT, formatNotice } from '../../../src/i18n/kit';
import { toCsv, toJson } from '../../../src/islands/kit/download';
import { defineCodec, intField } from '../../../src/sims/url-state';

describe('kit: notices in both languages', () => {
  const codec = defineCodec('demo', { depth: intField(20, 1, 100) });
  it('names the key, the bad value and the value used', () => {
    const [n] = codec.decode('demo.depth=10000').notices;
    for (const lang of ['es', 'en'] as const) {
      const s = formatNotice(n, KIT[lang]);
      expect(s).toContain('demo.depth');
      expect(s).toContain('10000');
      expect(s).toContain('100');
      expect(s).not.toMatch(/\{(key|raw|used)\}/);
    }
  });
  it('has the same labels in both languages', () => {
    expect(Object.keys(KIT.en).sort()).toEqual(Object.keys(KIT.es).sort());
    expect(Object.keys(KIT.en.reasons).sort()).toEqual(Object.keys(KIT.es.reasons).sort());
  });
});

describe('kit: CSV and JSON of a table', () => {
  const table = {
    columns: [{ key: 'layer', label: 'Layer' }, { key: 'value', label: 'Value, "x"' }],
    rows: [{ layer: 1, value: 0 }, { layer: 2, value: Infinity }, { layer: 3, value: 'a,b' }],
  };
  it('writes a header of keys and quotes cells with commas', () => {
    expect(toCsv(table)).toBe('layer,value\n1,0\n2,Infinity\n3,"a,b"\n');
  });
  it('keeps non-finite numbers as strings in JSON', () => {
    const j = JSON.parse(toJson(table, { id: 'demo' }));
    expect(j.id).toBe('demo');
    expect(j.rows[1].value).toBe('Infinity');
    expect(j.columns[1].label).toBe('Value, "x"');
  });
});
