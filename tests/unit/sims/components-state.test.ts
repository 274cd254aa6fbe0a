import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPONENTS_CODEC } from '../../../src/sims/components/state';
import {
  ACTIVATION_OPTIONS, COMPONENTS_DEFAULTS, DEPTH_MAX, DEPTH_MIN, INIT_OPTIONS,
} from '../../../src/sims/components/defaults';

const validState = fc.record({
  depth: fc.integer({ min: DEPTH_MIN, max: DEPTH_MAX }),
  activation: fc.constantFrom(...ACTIVATION_OPTIONS),
  init: fc.constantFrom(...INIT_OPTIONS),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

function isValid(s: typeof COMPONENTS_DEFAULTS): boolean {
  return Number.isInteger(s.depth) && s.depth >= DEPTH_MIN && s.depth <= DEPTH_MAX
    && ACTIVATION_OPTIONS.includes(s.activation) && INIT_OPTIONS.includes(s.init)
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 2 ** 31 - 1;
}

describe('components URL codec', () => {
  it('defaults match the lesson defaults and encode to nothing', () => {
    expect(COMPONENTS_CODEC.defaults()).toEqual({ ...COMPONENTS_DEFAULTS });
    expect(COMPONENTS_CODEC.encode(COMPONENTS_CODEC.defaults())).toBe('');
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(fc.property(validState, (s) => {
      const { state, notices } = COMPONENTS_CODEC.decode(COMPONENTS_CODEC.encode(s));
      expect(state).toEqual(s);
      expect(notices).toEqual([]);
    }));
  });

  it('random strings as values always decode to a valid state', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (d, a, i, s) => {
      const q = new URLSearchParams({ 'components.depth': d, 'components.activation': a, 'components.init': i, 'components.seed': s });
      expect(isValid(COMPONENTS_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('random whole query strings always decode to a valid state', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => {
      expect(isValid(COMPONENTS_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('clamps to the nearest valid value and says so', () => {
    const { state, notices } = COMPONENTS_CODEC.decode('?components.depth=10000&components.activation=banana&components.seed=-5');
    expect(state.depth).toBe(DEPTH_MAX);
    expect(state.activation).toBe(COMPONENTS_DEFAULTS.activation);
    expect(state.seed).toBe(0);
    expect(notices.map((n) => n.key).sort()).toEqual(['components.activation', 'components.depth', 'components.seed']);
  });

  it('a letter for depth falls back to the default with a notice', () => {
    const { state, notices } = COMPONENTS_CODEC.decode('components.depth=abc');
    expect(state.depth).toBe(COMPONENTS_DEFAULTS.depth);
    expect(notices[0].reason).toBe('not-a-number');
  });

  it('accepts friendly aliases', () => {
    const { state, notices } = COMPONENTS_CODEC.decode('components.activation=logistic&components.init=kaiming');
    expect(state.activation).toBe('sigmoid');
    expect(state.init).toBe('he-normal');
    expect(notices).toEqual([]);
  });

  it('keeps other islands\' keys when merging', () => {
    const s = { ...COMPONENTS_DEFAULTS, depth: 20 };
    expect(COMPONENTS_CODEC.merge('?product.depth=5', s)).toBe('?product.depth=5&components.depth=20');
  });
});

describe('components URL codec: keys that are Object.prototype names', () => {
  it('never throws and reports them as unknown keys', () => {
    for (const k of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const { state, notices } = COMPONENTS_CODEC.decode(`components.${k}=1&components.lock=${k},depth`);
      expect(state).toEqual({ ...COMPONENTS_DEFAULTS });
      expect(notices.map((n) => n.reason)).toEqual(['unknown-key', 'unknown-name']);
    }
  });
});
