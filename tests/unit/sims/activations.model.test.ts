import { describe, expect, it } from 'vitest';
import { activationsModel, runs, zGrid } from '../../../src/sims/activations/model';
import { FN_OPTIONS, NEAR_ZERO_FRACTION, SAMPLES, Z_MAX, Z_MIN } from '../../../src/sims/activations/defaults';

const STEP = (Z_MAX - Z_MIN) / (SAMPLES - 1);

/** Where the sigmoid's derivative equals `d` on the positive side, solved by hand: σ(1−σ) = d. */
function sigmoidDerivativeRoot(d: number): number {
  const s = (1 + Math.sqrt(1 - 4 * d)) / 2;
  return Math.log(s / (1 - s));
}

describe('zGrid', () => {
  it('runs from Z_MIN to Z_MAX with exact endpoints and hits 0 and the integers', () => {
    const z = zGrid();
    expect(z).toHaveLength(SAMPLES);
    expect(z[0]).toBe(Z_MIN);
    expect(z[z.length - 1]).toBe(Z_MAX);
    for (let k = Z_MIN; k <= Z_MAX; k++) expect(z).toContain(k);
  });
});

describe('runs', () => {
  const mk = (dgs: number[]) => dgs.map((dg, i) => ({ z: i, g: 0, dg }));
  it('finds maximal runs, including one that reaches the last sample', () => {
    expect(runs(mk([0, 1, 1, 0, 1]), (s) => s.dg === 1)).toEqual([{ z1: 1, z2: 2 }, { z1: 4, z2: 4 }]);
  });
  it('returns one run when every sample matches and none when none does', () => {
    expect(runs(mk([1, 1, 1]), (s) => s.dg === 1)).toEqual([{ z1: 0, z2: 2 }]);
    expect(runs(mk([0, 0]), (s) => s.dg === 1)).toEqual([]);
  });
});

describe('activationsModel', () => {
  it('sigmoid: g′ peaks at 1/4 at z = 0', () => {
    const m = activationsModel('sigmoid');
    expect(m.peak).toEqual({ z: 0, value: 0.25, attained: true });
    expect(Math.max(...m.samples.map((s) => s.dg))).toBeCloseTo(0.25, 12);
  });

  it('sigmoid: g′ is near zero on both tails, beyond the analytic root of σ′ = 5 % of 1/4', () => {
    const m = activationsModel('sigmoid');
    const root = sigmoidDerivativeRoot(NEAR_ZERO_FRACTION * 0.25);
    expect(m.threshold).toBeCloseTo(NEAR_ZERO_FRACTION * 0.25, 15);
    expect(m.flat).toHaveLength(2);
    expect(m.flat[0].z1).toBe(Z_MIN);
    expect(m.flat[1].z2).toBe(Z_MAX);
    expect(Math.abs(m.flat[1].z1 - root)).toBeLessThanOrEqual(STEP);
    expect(Math.abs(m.flat[0].z2 + root)).toBeLessThanOrEqual(STEP);
  });

  it('relu: flat on all of z ≤ 0 (relu′(0) = 0), g′ = 1 beyond', () => {
    const m = activationsModel('relu');
    expect(m.flat).toEqual([{ z1: Z_MIN, z2: 0 }]);
    expect(m.peak.value).toBe(1);
    expect(m.peak.z).toBeGreaterThan(0);
    expect(m.peak.z).toBeCloseTo(STEP, 12);
  });

  it('linear and leaky ReLU have no near-zero region at their default parameters', () => {
    expect(activationsModel('linear').flat).toEqual([]);
    // leaky slope 0.01 < 5 % of 1, so leaky ReLU's left side does count as near zero
    expect(activationsModel('leaky-relu').flat).toEqual([{ z1: Z_MIN, z2: 0 }]);
  });

  it('softplus only approaches its supremum 1 at the edge of the range', () => {
    const m = activationsModel('softplus');
    expect(m.peak.attained).toBe(false);
    expect(m.peak.value).toBe(1);
    expect(m.peak.z).toBe(Z_MAX);
  });

  it('gelu: g′ crosses zero near z ≈ −0.752, which lies inside a near-zero region', () => {
    const m = activationsModel('gelu');
    const crossing = -0.7518;
    expect(m.flat.some((r) => r.z1 <= crossing && crossing <= r.z2)).toBe(true);
  });

  it.each(FN_OPTIONS)('%s: exactly the samples inside the shaded regions have |g′| below the threshold', (name) => {
    const m = activationsModel(name);
    expect(m.samples).toHaveLength(SAMPLES);
    for (const s of m.samples) {
      const inside = m.flat.some((r) => r.z1 <= s.z && s.z <= r.z2);
      expect(inside).toBe(Math.abs(s.dg) < m.threshold);
    }
    expect(m.samples.every((s) => s.dg <= m.peak.value + 1e-9)).toBe(true);
  });
});
