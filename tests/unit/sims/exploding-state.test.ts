import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPLODING_CODEC } from '../../../src/sims/exploding/state';
import {
  ACTIVATION_OPTIONS, CLIP_MAX, CLIP_MIN, DEPTH_MAX, DEPTH_MIN, EXPLODING_DEFAULTS, INIT_OPTIONS, SEED_MAX,
  SIGMA_W_MAX, SIGMA_W_MIN, type ExplodingState,
} from '../../../src/sims/exploding/defaults';

const tenths = (min: number, max: number) => fc.integer({ min: Math.round(min * 10), max: Math.round(max * 10) }).map((k) => k / 10);
const validState = fc.record({
  depth: fc.integer({ min: DEPTH_MIN, max: DEPTH_MAX }),
  activation: fc.constantFrom(...ACTIVATION_OPTIONS),
  sigmaW: tenths(SIGMA_W_MIN, SIGMA_W_MAX),
  init: fc.constantFrom(...INIT_OPTIONS),
  clip: tenths(CLIP_MIN, CLIP_MAX),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
});

function isValid(s: ExplodingState): boolean {
  return Number.isInteger(s.depth) && s.depth >= DEPTH_MIN && s.depth <= DEPTH_MAX
    && ACTIVATION_OPTIONS.includes(s.activation) && INIT_OPTIONS.includes(s.init)
    && s.sigmaW >= SIGMA_W_MIN && s.sigmaW <= SIGMA_W_MAX && s.clip >= CLIP_MIN && s.clip <= CLIP_MAX
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX;
}

describe('exploding URL codec', () => {
  it('defaults are the lesson defaults and encode to nothing', () => {
    expect(EXPLODING_CODEC.defaults()).toEqual({ ...EXPLODING_DEFAULTS });
    expect(EXPLODING_CODEC.encode(EXPLODING_CODEC.defaults())).toBe('');
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(fc.property(validState, (s) => {
      const { state, notices } = EXPLODING_CODEC.decode(EXPLODING_CODEC.encode(s));
      expect(state).toEqual(s);
      expect(notices).toEqual([]);
    }));
  });

  it('random values for every key always decode to a valid state', () => {
    const keys = ['depth', 'activation', 'sigmaW', 'init', 'clip', 'seed'];
    fc.assert(fc.property(fc.array(fc.string(), { minLength: keys.length, maxLength: keys.length }), (vals) => {
      const q = new URLSearchParams(keys.map((k, i) => [`exploding.${k}`, vals[i]]));
      expect(isValid(EXPLODING_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('random whole query strings always decode to a valid state', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => {
      expect(isValid(EXPLODING_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('falls back to the nearest valid value and says so', () => {
    const { state, notices } = EXPLODING_CODEC.decode('exploding.sigmaW=99&exploding.activation=banana&exploding.clip=-1&exploding.depth=x');
    expect(state.sigmaW).toBe(SIGMA_W_MAX);
    expect(state.activation).toBe(EXPLODING_DEFAULTS.activation);
    expect(state.clip).toBe(CLIP_MIN);
    expect(state.depth).toBe(EXPLODING_DEFAULTS.depth);
    expect(notices).toHaveLength(4);
  });

  it('accepts the common initialiser nicknames', () => {
    expect(EXPLODING_CODEC.decode('exploding.init=glorot').state.init).toBe('xavier-normal');
    expect(EXPLODING_CODEC.decode('exploding.init=kaiming').state.init).toBe('he-normal');
  });
});
