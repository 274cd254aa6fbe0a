import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHASE_CODEC } from '../../../src/sims/phase/state';
import {
  ACTIVATION_OPTIONS, COLUMNS, DEPTH_MAX, DEPTH_MIN, PHASE_DEFAULTS, ROWS, SEED_MAX, VIEW_OPTIONS, type PhaseState,
} from '../../../src/sims/phase/defaults';

const validState = fc.record({
  activation: fc.constantFrom(...ACTIVATION_OPTIONS),
  view: fc.constantFrom(...VIEW_OPTIONS),
  depth: fc.integer({ min: DEPTH_MIN, max: DEPTH_MAX }),
  seed: fc.integer({ min: 0, max: SEED_MAX }),
  col: fc.integer({ min: 0, max: COLUMNS - 1 }),
  row: fc.integer({ min: 0, max: ROWS - 1 }),
});

function isValid(s: PhaseState): boolean {
  return ACTIVATION_OPTIONS.includes(s.activation) && VIEW_OPTIONS.includes(s.view)
    && Number.isInteger(s.depth) && s.depth >= DEPTH_MIN && s.depth <= DEPTH_MAX
    && Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= SEED_MAX
    && Number.isInteger(s.col) && s.col >= 0 && s.col < COLUMNS && Number.isInteger(s.row) && s.row >= 0 && s.row < ROWS;
}

describe('phase URL codec', () => {
  it('defaults are the lesson defaults and encode to nothing', () => {
    expect(PHASE_CODEC.defaults()).toEqual({ ...PHASE_DEFAULTS });
    expect(PHASE_CODEC.encode(PHASE_CODEC.defaults())).toBe('');
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(fc.property(validState, (s) => {
      const { state, notices } = PHASE_CODEC.decode(PHASE_CODEC.encode(s));
      expect(state).toEqual(s);
      expect(notices).toEqual([]);
    }));
  });

  it('random values for every key, and random query strings, always decode to a valid state', () => {
    const keys = ['activation', 'view', 'depth', 'seed', 'col', 'row'];
    fc.assert(fc.property(fc.array(fc.string(), { minLength: keys.length, maxLength: keys.length }), (vals) => {
      const q = new URLSearchParams(keys.map((k, i) => [`phase.${k}`, vals[i]]));
      expect(isValid(PHASE_CODEC.decode(q).state)).toBe(true);
    }));
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => {
      expect(isValid(PHASE_CODEC.decode(q).state)).toBe(true);
    }));
  });

  it('falls back to the nearest valid value and says so', () => {
    const { state, notices } = PHASE_CODEC.decode('phase.depth=5&phase.view=banana&phase.col=99&phase.row=-3&phase.activation=swish');
    expect(state.depth).toBe(DEPTH_MIN);
    expect(state.view).toBe(PHASE_DEFAULTS.view);
    expect(state.col).toBe(COLUMNS - 1);
    expect(state.row).toBe(0);
    expect(state.activation).toBe('silu');
    expect(notices.map((n) => n.key).sort()).toEqual(['phase.col', 'phase.depth', 'phase.row', 'phase.view']);
  });
});
