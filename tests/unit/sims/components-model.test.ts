import { describe, expect, it } from 'vitest';
import { componentsModel, networkConfig } from '../../../src/sims/components/model';
import { componentMagnitudes, createNetwork, forwardBackward, makeDataset } from '../../../src/engine';
import { summariseLayer } from '../../../src/sims/components/summary';
import { captionParts } from '../../../src/sims/components/caption';
import { BATCH, COMPONENTS_DEFAULTS, DATASET, MAGNITUDE_CEIL, MAGNITUDE_FLOOR, WIDTH } from '../../../src/sims/components/defaults';
import { COMPONENTS_I18N } from '../../../src/i18n/components';

const defaults = { ...COMPONENTS_DEFAULTS };

describe('components model (one forward/backward pass, seeded)', () => {
  it('summarises every weight and gradient component of layers 1..L+1', () => {
    const d = componentsModel(defaults);
    expect(d.grads.map((q) => q.layer)).toEqual(Array.from({ length: defaults.depth + 1 }, (_, i) => i + 1));
    for (let l = 1; l < defaults.depth; l++) expect(d.grads[l].count).toBe(WIDTH * WIDTH);
    expect(d.weights.map((q) => q.count)).toEqual(d.grads.map((q) => q.count));
    expect(Number.isFinite(d.loss)).toBe(true);
  });

  it('the lecture\'s claim: at the defaults (depth 10, sigmoid) layer 1\'s median gradient is over 10^4 below the output\'s, for several seeds', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const h = componentsModel({ ...defaults, seed }).headline;
      expect(h.gradLog10Ratio).not.toBeNull();
      expect(h.gradLog10Ratio!).toBeGreaterThan(4);
      // while the weights are alike: the medians differ by less than a factor of 10
      expect(h.weightFactor!).toBeLessThan(10);
    }
  });

  it('the gap grows with depth: depth 40 sigmoid is over 15 orders of magnitude and stays on the chart\'s axis', () => {
    const d = componentsModel({ ...defaults, depth: 40 });
    expect(d.headline.gradLog10Ratio!).toBeGreaterThan(15);
    expect(d.grads[0].p01).toBeGreaterThan(MAGNITUDE_FLOOR);
    for (const q of [...d.grads, ...d.weights]) expect(q.p99).toBeLessThan(MAGNITUDE_CEIL);
  });

  it('ReLU with He initialisation keeps layer 1 within two orders of magnitude of the output', () => {
    const h = componentsModel({ ...defaults, activation: 'relu', init: 'he-normal' }).headline;
    expect(Math.abs(h.gradLog10Ratio!)).toBeLessThan(2);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const a = componentsModel(defaults);
    const b = componentsModel(defaults);
    const c = componentsModel({ ...defaults, seed: 2 });
    expect(b).toEqual(a);
    expect(c.grads[0].median).not.toBe(a.grads[0].median);
  });

  it('the caption quotes the model\'s own numbers in both languages', () => {
    const d = componentsModel(defaults);
    const parts = captionParts(d, { activation: 'sigmoid', init: 'normal' });
    expect(parts.direction).toBe('smaller');
    expect(Number(parts.orders)).toBeCloseTo(d.headline.gradLog10Ratio!, 1);
    const en = COMPONENTS_I18N.en.caption(parts);
    const es = COMPONENTS_I18N.es.caption(parts);
    expect(en).toContain(`${parts.orders} orders of magnitude`);
    expect(en).toContain(`layer ${defaults.depth + 1}`);
    expect(es).toContain(`${parts.orders} órdenes de magnitud`);
    expect(es).toContain(`factor de ${parts.weightFactor}`);
  });
});

describe('components model: the |W| summaries kept across depths', () => {
  /** The model's numbers computed afresh: every layer summarised from the engine's magnitudes. */
  function fresh(state: typeof defaults) {
    const data = makeDataset(DATASET, BATCH, state.seed);
    const net = createNetwork(networkConfig(state, data.input.cols, data.target.cols), BATCH);
    forwardBackward(net, data.input, data.target);
    const mags = componentMagnitudes(net);
    return { weights: mags.map((m) => summariseLayer(m.layer, m.weights)), grads: mags.map((m) => summariseLayer(m.layer, m.grads)) };
  }

  it('a drag up and down the depths, across seeds and initialisers, gives the numbers of a fresh pass', () => {
    const walk: (typeof defaults)[] = [];
    for (const init of ['normal', 'orthogonal', 'he-uniform'] as const) {
      for (const seed of [1, 7]) for (const depth of [3, 4, 5, 4, 2, 6]) walk.push({ ...defaults, init, seed, depth });
    }
    for (const state of walk) {
      const got = componentsModel(state);
      const want = fresh(state);
      expect(got.weights, `${state.init} seed ${state.seed} depth ${state.depth}`).toEqual(want.weights);
      expect(got.grads).toEqual(want.grads);
    }
  });
});
