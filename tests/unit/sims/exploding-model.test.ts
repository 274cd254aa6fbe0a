import { describe, expect, it } from 'vitest';
import { computeExploding, effectiveSigmaW } from '../../../src/sims/exploding/model';
import { explodingFacts } from '../../../src/sims/exploding/caption';
import { EXPLODING_DEFAULTS, type ExplodingState } from '../../../src/sims/exploding/defaults';
import { EXPLODING_I18N } from '../../../src/i18n/exploding';

const at = (over: Partial<ExplodingState>): ExplodingState => ({ ...EXPLODING_DEFAULTS, ...over });
const SEEDS = [1, 2, 3];

describe('exploding model: the claims of the caption (several seeds, wide margins)', () => {
  it('defaults (ReLU, σ_w² = 4, depth 50) explode: layer-1 ‖Δ‖ over 1000× layer 50, χ₁ > 1', () => {
    for (const seed of SEEDS) {
      const d = computeExploding(at({ seed }));
      expect(d.summary.ratio).toBeGreaterThan(1e3);
      expect(d.summary.chi1).toBeGreaterThan(1);
      expect(explodingFacts(d).trend).toBe('grows');
    }
  });

  it('tanh at σ_w = 2.5 explodes too (χ₁ > 1)', () => {
    const d = computeExploding(at({ activation: 'tanh', sigmaW: 2.5 }));
    expect(d.summary.ratio).toBeGreaterThan(100);
    expect(d.summary.chi1).toBeGreaterThan(1.2);
  });

  it('while the derivatives alone (equation (5)) multiply to far below 1: the weights do it', () => {
    const d = computeExploding(EXPLODING_DEFAULTS);
    expect(d.summary.product32).toBeLessThan(1e-6);
    expect(EXPLODING_I18N.en.caption(explodingFacts(d))).toContain('it is the weights');
  });

  it('Xavier and He stop the explosion (layer 1 below 10× layer 50) and χ₁ is critical', () => {
    for (const seed of SEEDS) {
      for (const [activation, init] of [['tanh', 'xavier-normal'], ['relu', 'he-normal']] as const) {
        const d = computeExploding(at({ activation, init, seed }));
        expect(d.summary.ratio).toBeLessThan(10);
        const f = explodingFacts(d);
        expect(f.chiSide).toBe('≈');
        expect(EXPLODING_I18N.en.caption(f)).not.toContain('explodes');
      }
    }
    expect(effectiveSigmaW(at({ init: 'he-normal' }))).toBeCloseTo(Math.SQRT2, 12);
  });

  it('clipping caps the step norm at c, keeps the direction and the per-layer shape', () => {
    const raw = computeExploding(EXPLODING_DEFAULTS);
    const c = 1;
    const d = computeExploding(at({ clip: c }));
    expect(d.summary.rawNorm).toBeGreaterThan(c);
    expect(d.summary.clippedNorm).toBeCloseTo(c, 4);
    expect(d.summary.cosine).toBeGreaterThan(1 - 1e-6);
    const scale = c / d.summary.rawNorm;
    d.rows.forEach((r, i) => {
      expect(r.delta).toBe(raw.rows[i].delta); // clipping never touches Δ
      expect((r.gradClipped as number) / (raw.rows[i].gradRaw * scale)).toBeCloseTo(1, 3);
    });
    expect(EXPLODING_I18N.es.caption(explodingFacts(d))).toContain('la dirección se conserva');
  });

  it('ReLU with σ_w = 4 at depth 100 overflows float32: ∞ then NaN, flagged, never thrown', () => {
    const d = computeExploding(at({ activation: 'relu', sigmaW: 4, depth: 100, clip: 1 }));
    expect(d.summary.status).not.toBe('finite');
    expect(d.summary.clipSkipped).toBe(true);
    const f = explodingFacts(d);
    expect(f.brokenLayers).toBeGreaterThan(0);
    expect(EXPLODING_I18N.en.caption(f)).toMatch(/overflows float32/);
  });
});

describe('exploding: the forward pass breaking is told apart from Δ overflowing', () => {
  const at = (sigmaW: number, seed: number): ExplodingState => ({ ...EXPLODING_DEFAULTS, activation: 'relu', init: 'normal', sigmaW, depth: 100, seed });

  it('ReLU, σ_w = 4, depth 100: the activations overflow at a deep layer and the caption says the forward pass broke', () => {
    for (const seed of [1, 2, 3]) {
      const d = computeExploding(at(4, seed));
      const k = d.summary.forwardOverflowLayer;
      expect(k, `seed ${seed}`).not.toBeNull();
      // ~2.8 per layer from a unit-size input: float32's 3.4·10³⁸ lasts some 80–90 layers
      expect(k!).toBeGreaterThan(60);
      expect(k!).toBeLessThanOrEqual(101);
      const f = explodingFacts(d);
      expect(EXPLODING_I18N.en.caption(f)).toContain('The forward pass already overflows float32');
      expect(EXPLODING_I18N.es.caption(f)).toContain('La pasada hacia adelante ya desborda float32');
    }
  });

  it('ReLU, σ_w = 2.4, depth 100: the forward pass stays finite while ‖Δ‖ overflows, and the caption blames ‖Δ‖', () => {
    const d = computeExploding(at(2.4, 1));
    expect(d.summary.forwardOverflowLayer).toBeNull();
    expect(d.rows.some((r) => !Number.isFinite(r.delta))).toBe(true);
    const text = EXPLODING_I18N.en.caption(explodingFacts(d));
    expect(text).toContain('‖Δ‖ overflows float32');
    expect(text).not.toContain('forward pass');
  });
});
