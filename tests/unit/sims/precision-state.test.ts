import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRECISION_CODEC } from '../../../src/sims/precision/state';
import {
  ACTIVATION_OPTIONS, DEPTH_MAX, DEPTH_MIN, FORMAT_OPTIONS, INIT_OPTIONS, PRECISION_DEFAULTS, SCALE_EXP_MAX,
  SCALE_EXP_MIN, SEED_MAX, SIGMA_W_MAX, SIGMA_W_MIN, type PrecisionState,
} from '../../../src/sims/precision/defaults';

const tenths = (min: number, max: number) => fc.integer({ min: Math.round(min * 10), max: Math.round(max * 10) }).map((k) => k / 10);
const validState = fc.record({
  depth: fc.integer({ min: DEPTH_MIN, max: DEPTH_MAX }),
  activation: fc.constantFrom(...ACTIVATION_OPTIONS),
  sigmaW: tenths(SIGMA_W_MIN, SIGMA_W_MAX),
  init: fc.constantFrom(...INIT_OPTIONS),
  format: fc.constantFrom(...FORMAT_OPTIONS),
  scale: fc.integer({ min: SCALE_EXP_MIN, max: SCALE_EXP_MAX }),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
});

function isValid(s: PrecisionState): boolean {
  return Number.isInteger(s.depth) && s.depth >= DEPTH_MIN && s.depth <= DEPTH_MAX
    && ACTIVATION_OPTIONS.includes(s.activation) && INIT_OPTIONS.includes(s.init) && FORMAT_OPTIONS.includes(s.format)
    && s.sigmaW >= SIGMA_W_MIN && s.sigmaW <= SIGMA_W_MAX
    && Number.isInteger(s.scale) && s.scale >= SCALE_EXP_MIN && s.scale <= SCALE_EXP_MAX
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX;
}

describe('precision URL codec', () => {
  it('defaults are the lesson defaults and encode to nothing', () => {
    expect(PRECISION_CODEC.defaults()).toEqual({ ...PRECISION_DEFAULTS });
    expect(PRECISION_CODEC.encode(PRECISION_CODEC.defaults())).toBe('');
  });

  it('writes only what differs from the defaults, under the precision. prefix', () => {
    expect(PRECISION_CODEC.encode({ ...PRECISION_DEFAULTS, format: 'bfloat16', scale: 12 }))
      .toBe('precision.format=bfloat16&precision.scale=12');
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(fc.property(validState, (s) => {
      const { state, notices } = PRECISION_CODEC.decode(PRECISION_CODEC.encode(s));
      expect(state).toEqual(s);
      expect(notices).toEqual([]);
    }));
  });

  it('random values for every key always decode to a valid state', () => {
    const keys = ['depth', 'activation', 'sigmaW', 'init', 'format', 'scale', 'seed'];
    fc.assert(fc.property(fc.array(fc.string(), { minLength: keys.length, maxLength: keys.length }), (vals) => {
      const q = new URLSearchParams(keys.map((k, i) => [`precision.${k}`, vals[i]]));
      expect(isValid(PRECISION_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('random whole query strings always decode to a valid state', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => {
      expect(isValid(PRECISION_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('falls back to the nearest valid value and says so', () => {
    const { state, notices } = PRECISION_CODEC.decode('precision.scale=999&precision.format=float8&precision.depth=x&precision.sigmaW=-3');
    expect(state.scale).toBe(SCALE_EXP_MAX);
    expect(state.format).toBe(PRECISION_DEFAULTS.format);
    expect(state.depth).toBe(PRECISION_DEFAULTS.depth);
    expect(state.sigmaW).toBe(SIGMA_W_MIN);
    expect(notices.map((n) => n.key)).toEqual(expect.arrayContaining(['precision.scale', 'precision.format', 'precision.depth', 'precision.sigmaW']));
  });

  it('rounds a fractional exponent to an integer k and clamps a negative one', () => {
    const d = PRECISION_CODEC.decode('precision.scale=7.6');
    expect(d.state.scale).toBe(8);
    expect(d.notices).toHaveLength(1);
    expect(PRECISION_CODEC.decode('precision.scale=-100').state.scale).toBe(SCALE_EXP_MIN);
  });

  it('accepts the usual short names of the formats and old key names', () => {
    expect(PRECISION_CODEC.decode('precision.format=fp16').state.format).toBe('float16');
    expect(PRECISION_CODEC.decode('precision.format=bf16').state.format).toBe('bfloat16');
    expect(PRECISION_CODEC.decode('precision.dtype=float32').state.format).toBe('float32');
  });

  it('lets a lesson link lock or hide the walk-through', () => {
    const d = PRECISION_CODEC.decode('precision.lock=scale,walk&precision.hide=format');
    expect(d.lock).toEqual(['scale', 'walk']);
    expect(d.hide).toEqual(['format']);
    expect(d.notices).toEqual([]);
  });
});
