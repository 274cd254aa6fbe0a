import { describe, expect, it } from 'vitest';
import { computeRemedies, plainConfig, remediedConfig } from '../../../src/sims/remedies/model';
import { remediesFacts } from '../../../src/sims/remedies/caption';
import { formatRatio, superscript } from '../../../src/sims/format';
import { PRESETS, REMEDIES_DEFAULTS, type RemediesState } from '../../../src/sims/remedies/defaults';
import { REMEDIES_I18N } from '../../../src/i18n/remedies';

const at = (over: Partial<RemediesState>): RemediesState => ({ ...REMEDIES_DEFAULTS, ...over });

describe('remedies model: configurations', () => {
  it('the plain network is sigmoid/Xavier without remedies; toggles change only the remedied one', () => {
    const s = at({ relu: true, batchNorm: true, residual: 'trainable', skipInit: 'random' });
    const p = plainConfig(s);
    expect([p.activation, p.init, p.batchNorm, p.residual]).toEqual(['sigmoid', 'xavier-normal', false, 'none']);
    const r = remediedConfig(s);
    expect([r.activation, r.init, r.batchNorm, r.residual, r.skipInit]).toEqual(['relu', 'he-normal', true, 'trainable', 'random']);
    expect(r.depth).toBe(p.depth);
    expect(r.seed).toBe(p.seed);
  });
});

describe('remedies model: the claims the caption makes (depth 50, 5 seeds, wide margins)', () => {
  it('plain sigmoid network: layer-1 ‖Δ‖ is more than 20 orders of magnitude below layer 50', () => {
    const d = computeRemedies(at(PRESETS.plain));
    expect(d.summary.plainRatio).toBeLessThan(1e-20);
    expect(d.summary.same).toBe(true);
    const plain = d.rows.filter((r) => r.series === 'plain');
    const rem = d.rows.filter((r) => r.series === 'remedied');
    expect(rem.map((r) => r.median)).toEqual(plain.map((r) => r.median));
    expect(plain).toHaveLength(50);
  });

  it('ReLU + batch norm without skips (the default): ‖Δ‖ grows toward the input, and the caption says so', () => {
    const d = computeRemedies(REMEDIES_DEFAULTS);
    expect(d.summary.remediedRatio).toBeGreaterThan(100);
    const f = remediesFacts(d);
    expect(f.bnGrows).toBe(true);
    expect(REMEDIES_I18N.en.caption(f)).toContain(`${f.growth}× larger than at layer 50`);
    expect(REMEDIES_I18N.es.caption(f)).toContain('Yang et al. 2019');
  });

  it('sigmoid + batch norm without skips grows too', () => {
    const d = computeRemedies(at({ relu: false, batchNorm: true, residual: 'none' }));
    expect(d.summary.remediedRatio).toBeGreaterThan(10);
    expect(remediesFacts(d).bnGrows).toBe(true);
  });

  it('ReLU with He init alone keeps layer 1 within one order of magnitude of layer 50', () => {
    const d = computeRemedies(at(PRESETS.relu));
    expect(d.summary.remediedRatio).toBeGreaterThan(0.1);
    expect(d.summary.remediedRatio).toBeLessThan(10);
    expect(remediesFacts(d).trend).toBe('flat');
  });

  it('a random trainable skip matrix does not behave like the identity (with batch norm)', () => {
    const d = computeRemedies(at({ relu: true, batchNorm: true, residual: 'trainable', skipInit: 'random' }));
    const id = d.summary.identitySkipRatio;
    expect(id).not.toBeNull();
    expect(d.summary.remediedRatio / (id as number)).toBeGreaterThan(10);
    const f = remediesFacts(d);
    expect(f.randomSkip).toBe(true);
    expect(REMEDIES_I18N.en.caption(f)).toContain(`with the identity, ${f.identityRatio} times`);
  });

  it('at depth 100 the plain network underflows float32 to exactly 0 at layer 1, and the caption says 0', () => {
    const d = computeRemedies(at({ ...PRESETS.plain, depth: 100 }));
    expect(d.summary.plainFirst).toBe(0);
    expect(REMEDIES_I18N.en.caption(remediesFacts(d))).toContain('exactly 0 in float32');
  });
});

describe('remedies caption formatting', () => {
  it('writes ratios readably', () => {
    expect(formatRatio(0.36)).toBe('0.36');
    expect(formatRatio(17.2)).toBe('17');
    expect(formatRatio(6.1e4)).toBe('6.1·10⁴');
    expect(formatRatio(3.7e-32)).toBe('3.7·10⁻³²');
    expect(formatRatio(0)).toBe('0');
    expect(formatRatio(Infinity)).toBe('∞');
    expect(formatRatio(NaN)).toBe('NaN');
    expect(superscript(-12)).toBe('⁻¹²');
  });
});

describe('remedies model in rounds (the worker shows round 1 at once)', () => {
  it('steps one pass at a time, yields the data after round 1 (a real one-seed run), returns exactly the 5-seed model', async () => {
    const { remediesRounds } = await import('../../../src/sims/remedies/model');
    const { runSeeds } = await import('../../../src/engine/index');
    const state: RemediesState = { ...REMEDIES_DEFAULTS, depth: 12, residual: 'trainable', skipInit: 'random' };
    const it = remediesRounds(state);
    const yielded = [];
    let step = it.next();
    let steps = 0;
    while (!step.done) { steps++; if (step.value) yielded.push(step.value); step = it.next(); }
    expect(steps).toBe(3 * 5 - 1);                      // a step per network pass: 3 networks × 5 seeds
    expect(yielded).toHaveLength(1);                    // data once, after the first round
    expect(step.value).toEqual(computeRemedies(state));
    // round 1: the plain network's medians are that seed's own ‖Δ‖
    const one = runSeeds(plainConfig(state), { seeds: 1, batch: 32, weightGrads: false });
    const plainRound1 = yielded[0].rows.filter((r) => r.series === 'plain').map((r) => r.median);
    expect(plainRound1).toEqual(one.slice(0, state.depth).map((s) => s.deltaNorm.median));
    expect(yielded[0].summary.identitySkipRatio).not.toBeNull();
  });
});
