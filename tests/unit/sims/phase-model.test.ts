// The phase island's model: the critical line where the theory puts it, the measured slopes against ln χ₁ over
// the whole default grid, the rounds a worker posts, and the deep link into the product island.
import { describe, expect, it } from 'vitest';
import { meanField } from '../../../src/engine/index';
import {
  COLUMNS, PHASE_DEFAULTS, ROWS, SEEDS, XI_LEVELS, sb2At, sw2At,
} from '../../../src/sims/phase/defaults';
import { emptyMeasured, measureOptions, phaseData, phaseLines, productLink } from '../../../src/sims/phase/model';
import { computeMeasured, computeTheory, phaseRounds } from '../../../src/sims/phase/rounds';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';

/** How close the bisection puts the critical σ_w² (12 halvings of a 0.25 step: 6·10⁻⁵). */
const CRITICAL_TOLERANCE = 1e-4;
/** Points with |ln χ₁| below this are left out (near the edge the net inputs reach q* only slowly, as a power). */
const EDGE_BAND = 0.1;
/**
 * Per-layer slope against ln χ₁ at width 32 over 4 seeds: the finite width puts the slope ~1/32 to ~2/32 below
 * (the mean of a logarithm is below the logarithm of the mean); observed worst 0.13 at seed 1, tanh and ReLU.
 */
const SLOPE_TOLERANCE = 0.2;
const MEDIAN_TOLERANCE = 0.1;
const SLOW_MS = 60_000;

describe('phase theory', () => {
  it('the critical line at σ_b = 0 is σ_w² = 1 for tanh and 2 for ReLU', () => {
    expect(Math.abs((computeTheory('tanh').critical[0] as number) - 1)).toBeLessThan(CRITICAL_TOLERANCE);
    expect(Math.abs((computeTheory('relu').critical[0] as number) - 2)).toBeLessThan(CRITICAL_TOLERANCE);
  });

  it('on every row the critical line is where the mean field gives χ₁ = 1, and moves right as σ_b² grows (tanh)', () => {
    const t = computeTheory('tanh');
    for (let r = 0; r < ROWS; r++) {
      const sw2 = t.critical[r] as number;
      expect(Math.abs(meanField('tanh', Math.sqrt(sw2), Math.sqrt(sb2At(r))).chi1 - 1)).toBeLessThan(1e-3);
      if (r > 0) expect(sw2).toBeGreaterThan(t.critical[r - 1] as number);
    }
  });

  it('has no critical line for the sigmoid in this window (χ₁ ≤ σ_w²/16 < 1)', () => {
    const t = computeTheory('sigmoid');
    expect(t.critical.every((c) => c === null)).toBe(true);
    expect(phaseLines(t).some((l) => l.xi === Infinity)).toBe(false);
  });

  it('the ξ contours sit where ln χ₁ = −1/ξ, on the side of the critical line their sign says', () => {
    const t = computeTheory('relu');
    for (const line of phaseLines(t).filter((l) => Number.isFinite(l.xi))) {
      expect(XI_LEVELS).toContain(Math.abs(line.xi));
      for (const p of line.points) {
        // ReLU: χ₁ = σ_w²/2 exactly, so the contour is σ_w² = 2 e^(−1/ξ) (interpolated in ln χ₁ between grid points)
        expect(Math.abs(p.sw2 - 2 * Math.exp(-1 / line.xi))).toBeLessThan(0.02);
        expect(p.sw2 < 2).toBe(line.xi > 0);
      }
    }
  });
});

describe('phase measured slopes', { timeout: SLOW_MS }, () => {
  for (const activation of ['tanh', 'relu'] as const) {
    it(`${activation}: the per-layer slope of ln ‖Δ‖² agrees with ln χ₁ over the ${COLUMNS} × ${ROWS} grid away from the edge`, () => {
      const s = { ...PHASE_DEFAULTS, activation };
      const data = phaseData(s, computeTheory(activation), computeMeasured(measureOptions(s)));
      const off = data.cells.filter((c) => Math.abs(Math.log(c.chi as number)) >= EDGE_BAND);
      expect(off.length).toBeGreaterThan(COLUMNS * ROWS * 0.6);
      for (const c of off) {
        expect(c.slope, `(${c.sw2}, ${c.sb2})`).not.toBeNull();
        expect(Math.abs(c.residual as number), `(${c.sw2}, ${c.sb2})`).toBeLessThan(SLOPE_TOLERANCE);
      }
      const abs = data.cells.map((c) => Math.abs(c.residual as number)).sort((a, b) => a - b);
      expect(abs[Math.floor(abs.length / 2)]).toBeLessThan(MEDIAN_TOLERANCE);
      // the slopes span the phases: far apart where χ₁ is, so agreement is not a flat line matching a flat line
      const slopes = data.cells.map((c) => c.slope as number);
      expect(Math.max(...slopes) - Math.min(...slopes)).toBeGreaterThan(1);
    });
  }
});

describe('phase rounds (what the worker posts)', { timeout: SLOW_MS }, () => {
  it('the theory first (whole, once: null between its rows), then the measured grid one more row each round', () => {
    const it = phaseRounds({ measure: { activation: 'linear', depth: 30, seed: 1 }, theory: true });
    const seen: ([number, number] | null)[] = [];
    let step = it.next();
    while (!step.done) { seen.push(step.value && [step.value.theory?.rows ?? -1, step.value.measured.rows]); step = it.next(); }
    seen.push([step.value.theory?.rows ?? -1, step.value.measured.rows]);
    const expected: ([number, number] | null)[] = [];
    for (let r = 1; r < ROWS; r++) expected.push(null);
    for (let r = 0; r <= ROWS; r++) expected.push([ROWS, r]);
    expect(seen).toEqual(expected);
    // without the theory: the measured rows only
    const only = phaseRounds({ measure: { activation: 'linear', depth: 30, seed: 1 }, theory: false });
    const first = only.next();
    expect(first.done).toBe(false);
    expect(first.value && [first.value.theory, first.value.measured.rows]).toEqual([null, 1]);
    expect(step.value.measured.slope.every((v) => v !== null)).toBe(true);
    expect(SEEDS).toBeGreaterThanOrEqual(2);
  });
});

describe('phase deep link', () => {
  it('opens the product island at σ_w = √σ_w², σ_b = √σ_b² on its grid, without notices', () => {
    for (const [col, row] of [[0, 0], [3, 0], [7, 2], [COLUMNS - 1, ROWS - 1]]) {
      const href = productLink('/es/problem/', { ...PHASE_DEFAULTS, activation: 'relu' }, col, row);
      expect(href.startsWith('/es/problem/?')).toBe(true);
      expect(href.endsWith('#product')).toBe(true);
      const { state, notices } = PRODUCT_CODEC.decode(href);
      expect(notices).toEqual([]);
      expect(state.activation).toBe('relu');
      expect(Math.abs(state.sigmaW - Math.sqrt(sw2At(col)))).toBeLessThanOrEqual(0.025 + 1e-9);
      expect(Math.abs(state.sigmaB - Math.sqrt(sb2At(row)))).toBeLessThanOrEqual(0.025 + 1e-9);
    }
  });

  it('the empty measured grid has no slopes', () => {
    expect(emptyMeasured(measureOptions(PHASE_DEFAULTS)).slope.every((v) => v === null)).toBe(true);
  });
});
