import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RECURRENT_CODEC } from '../../../src/sims/recurrent/state';
import {
  CELL_OPTIONS, FORGET_BIAS_MAX, FORGET_BIAS_MIN, HIDDEN_MAX, HIDDEN_MIN, INIT_OPTIONS, RECURRENT_DEFAULTS, SCALE_MAX,
  SCALE_MIN, SEED_MAX, SEQ_LEN_MAX, SEQ_LEN_MIN, type RecurrentState,
} from '../../../src/sims/recurrent/defaults';

const steps = (min: number, max: number, per: number) =>
  fc.integer({ min: Math.round(min * per), max: Math.round(max * per) }).map((k) => k / per);
const validState = fc.record({
  seqLen: fc.integer({ min: SEQ_LEN_MIN, max: SEQ_LEN_MAX }),
  cell: fc.constantFrom(...CELL_OPTIONS),
  hidden: fc.integer({ min: HIDDEN_MIN, max: HIDDEN_MAX }),
  init: fc.constantFrom(...INIT_OPTIONS),
  scale: steps(SCALE_MIN, SCALE_MAX, 20),
  forgetBias: steps(FORGET_BIAS_MIN, FORGET_BIAS_MAX, 4),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
});

function isValid(s: RecurrentState): boolean {
  return Number.isInteger(s.seqLen) && s.seqLen >= SEQ_LEN_MIN && s.seqLen <= SEQ_LEN_MAX
    && CELL_OPTIONS.includes(s.cell) && INIT_OPTIONS.includes(s.init)
    && Number.isInteger(s.hidden) && s.hidden >= HIDDEN_MIN && s.hidden <= HIDDEN_MAX
    && s.scale >= SCALE_MIN && s.scale <= SCALE_MAX && s.forgetBias >= FORGET_BIAS_MIN && s.forgetBias <= FORGET_BIAS_MAX
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX;
}

describe('recurrent URL codec', () => {
  it('defaults are the lesson defaults and encode to nothing', () => {
    expect(RECURRENT_CODEC.defaults()).toEqual({ ...RECURRENT_DEFAULTS });
    expect(RECURRENT_CODEC.encode(RECURRENT_CODEC.defaults())).toBe('');
  });

  it('writes only what differs from the defaults, under the recurrent. prefix', () => {
    expect(RECURRENT_CODEC.encode({ ...RECURRENT_DEFAULTS, cell: 'lstm', seqLen: 50 }))
      .toBe('recurrent.seqLen=50&recurrent.cell=lstm');
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(fc.property(validState, (s) => {
      const { state, notices } = RECURRENT_CODEC.decode(RECURRENT_CODEC.encode(s));
      expect(state).toEqual(s);
      expect(notices).toEqual([]);
    }));
  });

  it('random values for every key always decode to a valid state', () => {
    const keys = ['seqLen', 'cell', 'hidden', 'init', 'scale', 'forgetBias', 'seed'];
    fc.assert(fc.property(fc.array(fc.string(), { minLength: keys.length, maxLength: keys.length }), (vals) => {
      const q = new URLSearchParams(keys.map((k, i) => [`recurrent.${k}`, vals[i]]));
      expect(isValid(RECURRENT_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('random whole query strings always decode to a valid state', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => {
      expect(isValid(RECURRENT_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('falls back to the nearest valid value and says so', () => {
    const { state, notices } = RECURRENT_CODEC.decode('recurrent.seqLen=5000&recurrent.cell=transformer&recurrent.hidden=x&recurrent.scale=-3&recurrent.forgetBias=1e9');
    expect(state.seqLen).toBe(SEQ_LEN_MAX);
    expect(state.cell).toBe(RECURRENT_DEFAULTS.cell);
    expect(state.hidden).toBe(RECURRENT_DEFAULTS.hidden);
    expect(state.scale).toBe(SCALE_MIN);
    expect(state.forgetBias).toBe(FORGET_BIAS_MAX);
    expect(notices.map((n) => n.key)).toEqual(expect.arrayContaining(
      ['recurrent.seqLen', 'recurrent.cell', 'recurrent.hidden', 'recurrent.scale', 'recurrent.forgetBias']));
  });

  it('rounds T to an integer and the scale to its step', () => {
    const d = RECURRENT_CODEC.decode('recurrent.seqLen=99.6&recurrent.scale=1.234');
    expect(d.state.seqLen).toBe(100);
    expect(d.state.scale).toBeCloseTo(1.25, 12);
    expect(RECURRENT_CODEC.decode('recurrent.seqLen=0').state.seqLen).toBe(SEQ_LEN_MIN);
  });

  it('accepts short key names and the usual names of the cells and inits', () => {
    expect(RECURRENT_CODEC.decode('recurrent.T=30&recurrent.H=8').state).toMatchObject({ seqLen: 30, hidden: 8 });
    expect(RECURRENT_CODEC.decode('recurrent.cell=elman').state.cell).toBe('rnn');
    expect(RECURRENT_CODEC.decode('recurrent.init=ortho').state.init).toBe('orthogonal');
  });
});
