// The island's lesson, as a test on seeded runs with wide margins: at the default depth (20), width and
// optimiser, the deep sigmoid network stalls at the loss of a coin toss (ln 2 ≈ 0.693) while ReLU with
// batch norm, or with identity residual links, learns the spirals within 1 500 steps
// (about 2 s in Node on this machine; the island's worker runs ~1 000 steps/s).
import { describe, expect, it } from 'vitest';
import { TrainSession } from '../../../src/sims/train/model';
import { PRESETS, TRAIN_DEFAULTS, type TrainState } from '../../../src/sims/train/defaults';
import { STALL_AFTER_STEPS, trainFacts } from '../../../src/sims/train/caption';

const STEPS = 1500;
/** Generous: the machine is shared and a run of 1 500 steps takes ~1.5 s unloaded. */
const TIMEOUT_MS = 90_000;
const sigmoid: TrainState = { ...TRAIN_DEFAULTS, ...PRESETS.sigmoid };
const reluBn: TrainState = { ...TRAIN_DEFAULTS, ...PRESETS['relu-bn'] };
const reluRes: TrainState = { ...TRAIN_DEFAULTS, ...PRESETS['relu-residual'] };

function trained(state: TrainState) {
  const t = new TrainSession(state);
  t.train(STEPS);
  return { session: t, snap: t.snapshot(true) };
}

describe('deep sigmoid stalls, ReLU with batch norm or residual links learns (seeded, wide margins)', { timeout: TIMEOUT_MS }, () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: the deep sigmoid network is still at chance after ${STEPS} steps`, () => {
      const { snap } = trained({ ...sigmoid, seed });
      expect(snap.loss).toBeGreaterThan(0.66);
      expect(snap.accuracy).toBeLessThan(0.65);
      // Its first layer's gradient is many orders of magnitude below the output layer's.
      const facts = trainFacts(sigmoid, snap);
      expect(facts.gradGap).not.toBeNull();
      expect(facts.gradGap as number).toBeLessThan(-8);
      expect(facts.stalled).toBe(STEPS >= STALL_AFTER_STEPS);
    });

    it(`seed ${seed}: ReLU + batch norm learns the spirals`, () => {
      const { snap } = trained({ ...reluBn, seed });
      expect(snap.loss).toBeLessThan(0.6);
      expect(snap.accuracy).toBeGreaterThan(0.8);
    });

    it(`seed ${seed}: ReLU + identity residual links learn the spirals`, () => {
      const { snap } = trained({ ...reluRes, seed });
      expect(snap.loss).toBeLessThan(0.3);
      expect(snap.accuracy).toBeGreaterThan(0.9);
    });
  }

  it('plain gradient descent makes the identity-residual ReLU net diverge, and the session says so', () => {
    const t = new TrainSession({ ...reluRes, optimizer: 'sgd', lr: 0.1 });
    t.train(50);
    expect(t.diverged).toBe(true);
    expect(t.snapshot(false).diverged).toBe(true);
    expect(t.step).toBeLessThan(50);
  });
});
