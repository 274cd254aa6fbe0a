import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boolField, defineCodec, enumField, floatField, intField, seedField, SEED_MAX, type StateOf,
} from '../../../src/sims/url-state';

const ACTS = ['sigmoid', 'tanh', 'relu'] as const;
const schema = {
  depth: intField(20, 1, 100),
  sigmaW: floatField(1, 0.1, 4, 0.05),
  activation: enumField('sigmoid', ACTS, { logistic: 'sigmoid' }),
  bn: boolField(false),
  seed: seedField(1),
};
const codec = defineCodec('demo', schema, { renamedKeys: { sw: 'sigmaW' } });
type S = StateOf<typeof schema>;

/** True when every field of `s` is a valid value of its field spec. */
function isValid(s: S): boolean {
  return Number.isInteger(s.depth) && s.depth >= 1 && s.depth <= 100
    && Number.isFinite(s.sigmaW) && s.sigmaW >= 0.1 && s.sigmaW <= 4
    && Math.abs(Math.round((s.sigmaW - 0.1) / 0.05) * 0.05 + 0.1 - s.sigmaW) < 1e-9
    && (ACTS as readonly string[]).includes(s.activation)
    && typeof s.bn === 'boolean'
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX;
}

const validState = fc.record({
  depth: fc.integer({ min: 1, max: 100 }),
  sigmaW: fc.integer({ min: 0, max: 78 }).map((k) => Number((0.1 + k * 0.05).toFixed(2))),
  activation: fc.constantFrom(...ACTS),
  bn: fc.boolean(),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
});

describe('url-state codec: decode', () => {
  it('returns the defaults for an empty query, with no notices', () => {
    const d = codec.decode('');
    expect(d.state).toEqual({ depth: 20, sigmaW: 1, activation: 'sigmoid', bn: false, seed: 1 });
    expect(d.notices).toEqual([]);
  });

  it('reads only its own prefix, from a full URL with a hash', () => {
    const d = codec.decode('https://x.org/es/problem/?other.depth=3&demo.depth=40&demo.activation=tanh#demo');
    expect(d.state.depth).toBe(40);
    expect(d.state.activation).toBe('tanh');
    expect(d.notices).toEqual([]);
  });

  // Issue 17, item 8: the edge cases, decided. Each gets a valid state and a notice that says what happened.
  it('a repeated field: the last value is used, with a repeated-key notice naming it', () => {
    const d = codec.decode('demo.depth=30&demo.depth=40');
    expect(d.state.depth).toBe(40);
    expect(d.notices).toEqual([{ key: 'demo.depth', raw: '40', used: '40', reason: 'repeated-key' }]);
    // an old name and its new one count as the same field
    expect(codec.decode('demo.sw=2&demo.sigmaW=3').notices.map((n) => n.reason)).toEqual(['repeated-key']);
  });

  it('numbers in decimal notation only: hex, binary, octal and Infinity are not numbers; 2e1 and +7 are', () => {
    for (const raw of ['0x1F', '0b11', '0o17', 'Infinity', '-Infinity', '1_000', '1,5']) {
      const d = codec.decode(`demo.depth=${encodeURIComponent(raw)}`);
      expect(d.state.depth, raw).toBe(20);
      expect(d.notices, raw).toEqual([{ key: 'demo.depth', raw, used: '20', reason: 'not-a-number' }]);
    }
    expect(codec.decode('demo.depth=2e1')).toMatchObject({ state: { depth: 20 }, notices: [] });
    expect(codec.decode('demo.depth=%2B7')).toMatchObject({ state: { depth: 7 }, notices: [] });
    expect(codec.decode('demo.sigmaW=.5')).toMatchObject({ state: { sigmaW: 0.5 }, notices: [] });
    expect(codec.decode('demo.depth=1e999').notices[0].reason).toBe('out-of-range');
  });

  it('an empty value: the default, with an empty notice', () => {
    for (const q of ['demo.depth=', 'demo.depth=%20%20', 'demo.activation=', 'demo.bn=']) {
      const d = codec.decode(q);
      expect(d.state, q).toEqual(codec.defaults());
      expect(d.notices.map((n) => n.reason), q).toEqual(['empty']);
      expect(d.notices[0].used, q).toBe(q.startsWith('demo.depth') ? '20' : q.startsWith('demo.bn') ? '0' : 'sigmoid');
    }
  });

  it('a lock or hide list given twice: the names add up, each once', () => {
    const d = codec.decode('demo.lock=depth&demo.lock=seed,depth&demo.hide=bn&demo.hide=bn');
    expect(d.lock).toEqual(['depth', 'seed']);
    expect(d.hide).toEqual(['bn']);
    expect(d.notices).toEqual([]);
  });

  it('falls back to the default for a letter, with a not-a-number notice', () => {
    const d = codec.decode('demo.depth=abc');
    expect(d.state.depth).toBe(20);
    expect(d.notices).toEqual([{ key: 'demo.depth', raw: 'abc', used: '20', reason: 'not-a-number' }]);
  });

  it('clamps out-of-range numbers to the nearest bound', () => {
    expect(codec.decode('demo.depth=10000').state.depth).toBe(100);
    expect(codec.decode('demo.depth=-5').state.depth).toBe(1);
    expect(codec.decode('demo.sigmaW=1e400').state.sigmaW).toBe(4);
    expect(codec.decode('demo.depth=10000').notices[0].reason).toBe('out-of-range');
  });

  it('rounds to the grid and says so', () => {
    const d = codec.decode('demo.depth=12.6&demo.sigmaW=1.23');
    expect(d.state.depth).toBe(13);
    expect(d.state.sigmaW).toBe(1.25);
    expect(d.notices.map((n) => n.reason)).toEqual(['rounded', 'rounded']);
  });

  it('accepts enum aliases and case, and rejects unknown names', () => {
    expect(codec.decode('demo.activation=logistic').state.activation).toBe('sigmoid');
    expect(codec.decode('demo.activation=TANH').state.activation).toBe('tanh');
    const d = codec.decode('demo.activation=swishy');
    expect(d.state.activation).toBe('sigmoid');
    expect(d.notices[0].reason).toBe('unknown-value');
  });

  it('reads booleans in several spellings', () => {
    expect(codec.decode('demo.bn=1').state.bn).toBe(true);
    expect(codec.decode('demo.bn=on').state.bn).toBe(true);
    expect(codec.decode('demo.bn=false').state.bn).toBe(false);
    expect(codec.decode('demo.bn=maybe').notices[0].reason).toBe('not-a-bool');
  });

  it('follows renamed keys and flags unknown keys', () => {
    expect(codec.decode('demo.sw=2').state.sigmaW).toBe(2);
    const d = codec.decode('demo.width=4');
    expect(d.notices).toEqual([{ key: 'demo.width', raw: '4', used: '', reason: 'unknown-key' }]);
  });

  it('reads lock and hide lists, dropping unknown names with a notice', () => {
    const d = codec.decode('demo.lock=depth,activation,nope&demo.hide=seed');
    expect(d.lock).toEqual(['depth', 'activation']);
    expect(d.hide).toEqual(['seed']);
    expect(d.notices.map((n) => n.raw)).toEqual(['nope']);
  });

  it('flags a newer schema version but still decodes', () => {
    const d = codec.decode('demo.v=9&demo.depth=30');
    expect(d.state.depth).toBe(30);
    expect(d.notices[0].reason).toBe('newer-version');
  });

  it('never throws and always returns a valid state for random strings', () => {
    fc.assert(fc.property(fc.string(), (s) => isValid(codec.decode(s).state)), { numRuns: 500 });
  });

  it('always returns a valid state for random values under its own keys', () => {
    const key = fc.constantFrom('depth', 'sigmaW', 'activation', 'bn', 'seed', 'lock', 'hide', 'v', 'x');
    const pair = fc.tuple(key, fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)));
    fc.assert(fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
      const q = pairs.map(([k, v]) => `demo.${k}=${encodeURIComponent(v)}`).join('&');
      const d = codec.decode(q);
      return isValid(d.state) && d.lock.every((k) => k in schema) && d.hide.every((k) => k in schema);
    }), { numRuns: 500 });
  });
});

describe('url-state codec: encode', () => {
  it('omits defaults (an all-default state encodes to the empty string)', () => {
    expect(codec.encode(codec.defaults())).toBe('');
    expect(codec.encode({ ...codec.defaults(), depth: 40 })).toBe('demo.depth=40');
  });

  it('writes lock and hide lists with readable commas', () => {
    const q = codec.encode(codec.defaults(), { lock: ['depth', 'activation'], hide: ['seed'] });
    expect(q).toBe('demo.lock=depth,activation&demo.hide=seed');
  });

  it('round-trips every valid state exactly, with no notices', () => {
    fc.assert(fc.property(validState, fc.subarray([...Object.keys(schema)] as (keyof S)[]), (s, lock) => {
      const d = codec.decode(codec.encode(s, { lock }));
      expect(d.state).toEqual(s);
      expect(d.lock).toEqual(Object.keys(schema).filter((k) => lock.includes(k as keyof S)));
      expect(d.notices).toEqual([]);
    }), { numRuns: 300 });
  });

  it('merges into a search string, keeping other islands’ keys and dropping its own stale ones', () => {
    const out = codec.merge('?other.depth=3&demo.depth=5&demo.bn=1', { ...codec.defaults(), depth: 7 });
    expect(out).toBe('?other.depth=3&demo.depth=7');
    expect(codec.merge('?demo.depth=5', codec.defaults())).toBe('');
  });

  it('writes the version key only when the schema is past version 1', () => {
    const v2 = defineCodec('demo', schema, { version: 2 });
    expect(v2.encode({ ...v2.defaults(), depth: 3 })).toBe('demo.v=2&demo.depth=3');
    expect(v2.encode(v2.defaults())).toBe('');
    expect(v2.decode('demo.v=2&demo.depth=3').notices).toEqual([]);
  });

  it('normalizes typed but invalid values to the nearest valid ones', () => {
    const n = codec.normalize({ depth: 1e9, sigmaW: 0.333, activation: 'nope', bn: 'yes' });
    expect(n).toEqual({ depth: 100, sigmaW: 0.35, activation: 'sigmoid', bn: false, seed: 1 });
  });
});

describe('parseSeed: what a typed seed becomes', async () => {
  const { parseSeed, SEED_MAX } = await import('../../../src/sims/url-state');
  it('rounds to the nearest whole number and clamps to 0..SEED_MAX', () => {
    expect(parseSeed('42', 7)).toBe(42);
    expect(parseSeed(' 2.5 ', 7)).toBe(3);
    expect(parseSeed('-5', 7)).toBe(0);
    expect(parseSeed('1e12', 7)).toBe(SEED_MAX);
    expect(parseSeed('99999999999', 7)).toBe(SEED_MAX);
  });
  it('keeps the current seed for text that is not a number', () => {
    for (const t of ['', '   ', 'abc', 'NaN', 'Infinity', '-Infinity', '1,5']) expect(parseSeed(t, 7), JSON.stringify(t)).toBe(7);
  });
});
