// The further chapter's numbers on the phase diagram (issue 14), checked against the phase island's model over
// seeds 1–8, in both languages, as tests/unit/content-claims.test.ts does for the other chapters. Thresholds are
// the prose's words, never copied from the model's output.
import { describe, expect, it } from 'vitest';
import { measureOptions, phaseData } from '../../src/sims/phase/model';
import { computeMeasured, computeTheory } from '../../src/sims/phase/rounds';
import { PHASE_CODEC } from '../../src/sims/phase/state';
import { COLUMNS, PHASE_DEFAULTS, ROWS, SEEDS as SEEDS_PER_POINT, WIDTH, type PhaseState } from '../../src/sims/phase/defaults';
import { LANGS, exerciseText, exercises, paragraphWith, readChapter } from './content-parse';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const SLOW_MS = 240_000;
const SLUG = 'further';

/** The state an exercise links to, decoded by the island's own codec (no notices), with a seed. */
function exerciseState(id: string, seed: number): PhaseState {
  const ex = exercises(readChapter('en', SLUG)).find((e) => e.id === id);
  if (!ex) throw new Error(`no exercise ${id}`);
  expect(ex.island).toBe('phase');
  const d = PHASE_CODEC.decode(Object.entries(ex.state).map(([k, v]) => `phase.${k}=${String(v)}`).join('&'));
  expect(d.notices).toEqual([]);
  return { ...d.state, seed };
}

function says(text: (lang: 'es' | 'en') => string, needles: { es: string[]; en: string[] }): void {
  for (const lang of LANGS) {
    const t = text(lang);
    expect(t, lang).not.toBe('');
    for (const n of needles[lang]) expect(t, `${lang} should say "${n}"`).toContain(n);
  }
}

const residuals = (s: PhaseState) => phaseData(s, computeTheory(s.activation), computeMeasured(measureOptions(s))).cells
  .map((c) => c.residual as number);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return 0.5 * (s[(s.length - 1) >> 1] + s[s.length >> 1]); };

describe('going further: the phase diagram', { timeout: SLOW_MS }, () => {
  it('the figure measures 256 points with 30-layer networks of width 32 and four seeds', () => {
    expect(COLUMNS * ROWS).toBe(256);
    expect(PHASE_DEFAULTS.depth).toBe(30);
    expect(WIDTH).toBe(32);
    expect(SEEDS_PER_POINT).toBe(4);
    says((l) => paragraphWith(readChapter(l, SLUG), l === 'es' ? 'La figura también mide' : 'The figure also measures'), {
      es: ['256 puntos', 'redes de 30 capas', 'ancho 32, cuatro semillas'],
      en: ['256 points', '30-layer networks', 'width 32, four seeds'],
    });
  });

  it('tanh: the edge starts at σ_w² = 1 without bias and moves right as σ_b² grows', () => {
    const t = computeTheory('tanh');
    expect(Math.abs((t.critical[0] as number) - 1)).toBeLessThan(1e-3);
    for (let r = 1; r < ROWS; r++) expect(t.critical[r] as number).toBeGreaterThan(t.critical[r - 1] as number);
    says((l) => paragraphWith(readChapter(l, SLUG), l === 'es' ? 'El diagrama de fases completo' : 'The next figure draws the whole phase diagram'), {
      es: ['arranca en $\\sigma_w^2 = 1$ sin sesgo y se desplaza a la derecha'],
      en: ['starts at $\\sigma_w^2 = 1$ without bias and moves right'],
    });
  });

  it('tanh (the default): at most points |measured − theory| < 0.15 per layer, more often down than up (seeds 1–8)', () => {
    for (const seed of SEEDS) {
      const r = residuals({ ...PHASE_DEFAULTS, seed });
      // "at most points it is less than 0.15 per layer": more than 128 of the 256
      expect(r.filter((x) => Math.abs(x) < 0.15).length, `seed ${seed}`).toBeGreaterThan(r.length / 2);
      expect(r.filter((x) => x < 0).length, `seed ${seed}`).toBeGreaterThan(r.length / 2);
    }
    says((l) => paragraphWith(readChapter(l, SLUG), l === 'es' ? 'La figura también mide' : 'The figure also measures'), {
      es: ['en la mayoría de los puntos es de menos de 0.15 por capa', 'más a menudo hacia abajo que hacia arriba (semillas 1 a 8)'],
      en: ['at most points it is less than 0.15 per layer', 'more often downward than upward (seeds 1 to 8)'],
    });
  });

  it('try-phase-relu: the edge is the vertical line σ_w² = 2; measured − theory has a median in −0.1…−0.03 and is negative nearly everywhere (seeds 1–8)', () => {
    const t = computeTheory('relu');
    for (const c of t.critical) expect(Math.abs((c as number) - 2)).toBeLessThan(1e-3);
    for (const seed of SEEDS) {
      const s = exerciseState('try-phase-relu', seed);
      expect(s.activation).toBe('relu');
      expect(s.view).toBe('residual');
      const r = residuals(s);
      const m = median(r);
      expect(m, `seed ${seed}`).toBeGreaterThanOrEqual(-0.1);
      expect(m, `seed ${seed}`).toBeLessThanOrEqual(-0.03);
      // "nearly every cell comes out purple" (the residual scale's negative end)
      expect(r.filter((x) => x < 0).length / r.length, `seed ${seed}`).toBeGreaterThan(0.9);
    }
    says((l) => exerciseText(readChapter(l, SLUG), 'try-phase-relu'), {
      es: ['$\\sigma_w^2 = 2$', 'entre $-0.1$ y $-0.03$ por capa', 'semillas 1 a 8', 'con 32 neuronas'],
      en: ['$\\sigma_w^2 = 2$', 'between $-0.1$ and $-0.03$ per layer', 'seeds 1 to 8', 'with 32 neurons'],
    });
  });
});
