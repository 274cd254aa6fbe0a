import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRAIN_CODEC } from '../../../src/sims/train/state';
import {
  BATCH_RANGE, DEPTH_RANGE, LR_RANGE, TRAIN_ACTIVATIONS, TRAIN_DATASETS, TRAIN_DEFAULTS, TRAIN_OPTIMIZERS,
  TRAIN_RESIDUALS, WIDTH_RANGE, type TrainState,
} from '../../../src/sims/train/defaults';

const SEED_MAX = 2 ** 31 - 1;
const validState = fc.record({
  dataset: fc.constantFrom(...TRAIN_DATASETS),
  depth: fc.integer({ min: DEPTH_RANGE.min, max: DEPTH_RANGE.max }),
  width: fc.integer({ min: WIDTH_RANGE.min, max: WIDTH_RANGE.max }),
  activation: fc.constantFrom(...TRAIN_ACTIVATIONS),
  batchNorm: fc.boolean(),
  residual: fc.constantFrom(...TRAIN_RESIDUALS),
  optimizer: fc.constantFrom(...TRAIN_OPTIMIZERS),
  // Learning rates on the codec's grid (multiples of its step).
  lr: fc.integer({ min: 1, max: Math.round(LR_RANGE.max / LR_RANGE.step) }).map((k) => Number((k * LR_RANGE.step).toFixed(4))),
  batch: fc.integer({ min: BATCH_RANGE.min, max: BATCH_RANGE.max }),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
});

const inRange = (x: number, r: { min: number; max: number }) => Number.isFinite(x) && x >= r.min && x <= r.max;
function isValid(s: TrainState): boolean {
  return TRAIN_DATASETS.includes(s.dataset) && TRAIN_ACTIVATIONS.includes(s.activation)
    && TRAIN_RESIDUALS.includes(s.residual) && TRAIN_OPTIMIZERS.includes(s.optimizer)
    && typeof s.batchNorm === 'boolean'
    && Number.isInteger(s.depth) && inRange(s.depth, DEPTH_RANGE)
    && Number.isInteger(s.width) && inRange(s.width, WIDTH_RANGE)
    && Number.isInteger(s.batch) && inRange(s.batch, BATCH_RANGE)
    && inRange(s.lr, LR_RANGE)
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX;
}

describe('train URL codec', () => {
  it('defaults are the lesson defaults and encode to nothing', () => {
    expect(TRAIN_CODEC.defaults()).toEqual({ ...TRAIN_DEFAULTS });
    expect(TRAIN_CODEC.encode(TRAIN_CODEC.defaults())).toBe('');
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(fc.property(validState, (s) => {
      const { state, notices } = TRAIN_CODEC.decode(TRAIN_CODEC.encode(s));
      expect(state).toEqual(s);
      expect(notices).toEqual([]);
    }));
  });

  it('random strings as values always decode to a valid state', () => {
    const keys = Object.keys(TRAIN_DEFAULTS);
    fc.assert(fc.property(fc.array(fc.string(), { minLength: keys.length, maxLength: keys.length }), (values) => {
      const q = new URLSearchParams(keys.map((k, i) => [`train.${k}`, values[i]]));
      expect(isValid(TRAIN_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('random whole query strings never throw and give a valid state', () => {
    fc.assert(fc.property(fc.string(), (q) => {
      expect(isValid(TRAIN_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('a malformed link falls back to the nearest valid values and says so', () => {
    const { state, notices } = TRAIN_CODEC.decode('?train.depth=10000&train.activation=banana&train.lr=abc&train.batchNorm=maybe');
    expect(state.depth).toBe(DEPTH_RANGE.max);
    expect(state.activation).toBe(TRAIN_DEFAULTS.activation);
    expect(state.lr).toBe(TRAIN_DEFAULTS.lr);
    expect(state.batchNorm).toBe(TRAIN_DEFAULTS.batchNorm);
    expect(notices.map((n) => n.key).sort()).toEqual(['train.activation', 'train.batchNorm', 'train.depth', 'train.lr']);
  });

  it('friendly spellings map to the engine names', () => {
    const { state, notices } = TRAIN_CODEC.decode('train.dataset=spiral&train.activation=logistic&train.residual=skip&train.optimizer=gd');
    expect(state).toMatchObject({ dataset: 'spirals', activation: 'sigmoid', residual: 'identity', optimizer: 'sgd' });
    expect(notices).toEqual([]);
  });
});
