import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REMEDIES_CODEC } from '../../../src/sims/remedies/state';
import {
  DEPTH_MAX, DEPTH_MIN, REMEDIES_DEFAULTS, RESIDUAL_MODES, SEED_MAX, SKIP_INITS, type RemediesState,
} from '../../../src/sims/remedies/defaults';

const validState = fc.record({
  depth: fc.integer({ min: DEPTH_MIN, max: DEPTH_MAX }),
  relu: fc.boolean(),
  batchNorm: fc.boolean(),
  residual: fc.constantFrom(...RESIDUAL_MODES),
  skipInit: fc.constantFrom(...SKIP_INITS),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
});

function isValid(s: RemediesState): boolean {
  return Number.isInteger(s.depth) && s.depth >= DEPTH_MIN && s.depth <= DEPTH_MAX
    && typeof s.relu === 'boolean' && typeof s.batchNorm === 'boolean'
    && RESIDUAL_MODES.includes(s.residual) && SKIP_INITS.includes(s.skipInit)
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX;
}

describe('remedies URL codec', () => {
  it('defaults are the lesson defaults and encode to nothing', () => {
    expect(REMEDIES_CODEC.defaults()).toEqual({ ...REMEDIES_DEFAULTS });
    expect(REMEDIES_CODEC.encode(REMEDIES_CODEC.defaults())).toBe('');
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(fc.property(validState, (s) => {
      const { state, notices } = REMEDIES_CODEC.decode(REMEDIES_CODEC.encode(s));
      expect(state).toEqual(s);
      expect(notices).toEqual([]);
    }));
  });

  it('random values for every key always decode to a valid state', () => {
    const keys = ['depth', 'relu', 'batchNorm', 'residual', 'skipInit', 'seed'];
    fc.assert(fc.property(fc.array(fc.string(), { minLength: keys.length, maxLength: keys.length }), (vals) => {
      const q = new URLSearchParams(keys.map((k, i) => [`remedies.${k}`, vals[i]]));
      expect(isValid(REMEDIES_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('random whole query strings always decode to a valid state', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => {
      expect(isValid(REMEDIES_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('falls back to the nearest valid value and reports each bad key', () => {
    const { state, notices } = REMEDIES_CODEC.decode(
      '?remedies.depth=1000&remedies.relu=maybe&remedies.residual=banana&remedies.seed=-4');
    expect(state.depth).toBe(DEPTH_MAX);
    expect(state.relu).toBe(REMEDIES_DEFAULTS.relu);
    expect(state.residual).toBe(REMEDIES_DEFAULTS.residual);
    expect(state.seed).toBe(0);
    expect(notices.map((n) => n.key).sort())
      .toEqual(['remedies.depth', 'remedies.relu', 'remedies.residual', 'remedies.seed']);
  });

  it('depth 1 is below the range and becomes 2', () => {
    const { state, notices } = REMEDIES_CODEC.decode('remedies.depth=1');
    expect(state.depth).toBe(DEPTH_MIN);
    expect(notices[0].reason).toBe('out-of-range');
  });

  it('keeps other islands keys when merging', () => {
    const s = { ...REMEDIES_DEFAULTS, residual: 'identity' as const };
    expect(REMEDIES_CODEC.merge('?product.depth=40', s)).toBe('?product.depth=40&remedies.residual=identity');
  });
});
