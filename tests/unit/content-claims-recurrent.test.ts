// The further chapter's numbers on the recurrent island (issue 15), checked against the island's model over
// seeds 1–8, in both languages, as tests/unit/content-claims.test.ts does for the other chapters. Thresholds are
// the prose's words, never copied from the model's output.
import { describe, expect, it } from 'vitest';
import { computeRecurrent, type RecurrentData } from '../../src/sims/recurrent/model';
import { RECURRENT_CODEC } from '../../src/sims/recurrent/state';
import { RECURRENT_DEFAULTS, SEEDS as SEEDS_PER_STATE, type RecurrentState } from '../../src/sims/recurrent/defaults';
import { LANGS, exerciseText, exercises, paragraphWith, readChapter } from './content-parse';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const SLOW_MS = 240_000;
const SLUG = 'further';

/** The state an exercise links to, decoded by the island's own codec (no notices), with a seed. */
function exerciseState(id: string, seed: number): RecurrentState {
  const ex = exercises(readChapter('en', SLUG)).find((e) => e.id === id);
  if (!ex) throw new Error(`no exercise ${id}`);
  expect(ex.island).toBe('recurrent');
  const d = RECURRENT_CODEC.decode(Object.entries(ex.state).map(([k, v]) => `recurrent.${k}=${String(v)}`).join('&'));
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

/** Orders of magnitude the median ‖∂J/∂h_t‖ loses from t = T to t = 1 (Infinity where float32 reaches 0). */
const decades = (d: RecurrentData) => d.steps[0].grad.median - d.steps[d.steps.length - 1].grad.median;
const intro = (l: 'es' | 'en') => paragraphWith(readChapter(l, SLUG), l === 'es' ? 'La figura siguiente despliega' : 'The next figure unrolls');

describe('going further: through time', { timeout: SLOW_MS }, () => {
  it('the figure: the adding problem, five seeds, an RNN with T = 200 and 32 hidden units with PyTorch\'s init', () => {
    expect(SEEDS_PER_STATE).toBe(5);
    expect(RECURRENT_DEFAULTS).toMatchObject({ cell: 'rnn', seqLen: 200, hidden: 32, init: 'uniform', scale: 1 });
    says(intro, {
      es: ['problema de la suma', 'cinco semillas', '$T = 200$, 32 unidades ocultas y la inicialización de PyTorch'],
      en: ['adding problem', 'five seeds', '$T = 200$, 32 hidden units and PyTorch\'s initialisation'],
    });
  });

  it('the RNN: ρ 0.59–0.62, a mean factor 0.56–0.59 per step, exact zeros from a step in 6…26 down to 1 (seeds 1–8)', () => {
    for (const seed of SEEDS) {
      const d = computeRecurrent({ ...RECURRENT_DEFAULTS, seed });
      const rho = d.spectralRadius?.median ?? NaN;
      expect(rho, `seed ${seed}`).toBeGreaterThanOrEqual(0.585);
      expect(rho, `seed ${seed}`).toBeLessThan(0.625);
      expect(d.meanFactor ?? NaN, `seed ${seed}`).toBeGreaterThanOrEqual(0.555);
      expect(d.meanFactor ?? NaN, `seed ${seed}`).toBeLessThan(0.595);
      expect(d.zeroFrom, `seed ${seed}`).not.toBeNull();
      expect(d.zeroFrom as number, `seed ${seed}`).toBeGreaterThanOrEqual(6);
      expect(d.zeroFrom as number, `seed ${seed}`).toBeLessThanOrEqual(26);
    }
    says(intro, {
      es: ['$\\rho(W)$ vale de 0.59 a 0.62', 'por 0.56 a 0.59 de media (semillas 1 a 8)', 'entre el 6 y el 26 hasta $t = 1$ cada paso recibe un cero exacto'],
      en: ['$\\rho(W)$ is 0.59 to 0.62', 'by 0.56 to 0.59 on average (seeds 1 to 8)', 'between 6 and 26 down to $t = 1$ every step receives an exact zero'],
    });
  });

  it('try-recurrent-lstm: no zero at T = 20; the LSTM (b_f = 1) loses 14.7–15.2 decades over 200 steps, none zero (seeds 1–8)', () => {
    for (const seed of SEEDS) {
      const rnn = exerciseState('try-recurrent-lstm', seed);
      expect(rnn.cell).toBe('rnn');
      expect(computeRecurrent({ ...rnn, seqLen: 20 }).zeroFrom, `seed ${seed}`).toBeNull();
      expect(computeRecurrent(rnn).zeroFrom, `seed ${seed}`).not.toBeNull();
      const lstm = computeRecurrent({ ...rnn, cell: 'lstm' });
      expect(lstm.state.forgetBias).toBe(1);
      expect(lstm.zeroFrom, `seed ${seed}`).toBeNull();
      expect(decades(lstm), `seed ${seed}`).toBeGreaterThanOrEqual(14.65);
      expect(decades(lstm), `seed ${seed}`).toBeLessThan(15.25);
    }
    says((l) => exerciseText(readChapter(l, SLUG), 'try-recurrent-lstm'), {
      es: ['con $T = 20$ ningún paso queda en cero', 'pierde de 14.7 a 15.2 órdenes de magnitud', 'ningún paso queda en cero (semillas 1 a 8)'],
      en: ['with $T = 20$ no step is left at zero', 'loses 14.7 to 15.2 orders of magnitude', 'no step is left at zero (seeds 1 to 8)'],
    });
  });

  it('try-recurrent-forget: b_f = 0 loses 39–42 decades, b_f = 1 about 15, b_f = 3 under 3 (seeds 1–8)', () => {
    for (const seed of SEEDS) {
      const s = exerciseState('try-recurrent-forget', seed);
      expect(s).toMatchObject({ cell: 'lstm', forgetBias: 0, seqLen: 200 });
      const d0 = decades(computeRecurrent(s));
      expect(d0, `seed ${seed}`).toBeGreaterThanOrEqual(39);
      expect(d0, `seed ${seed}`).toBeLessThanOrEqual(42);
      const d1 = decades(computeRecurrent({ ...s, forgetBias: 1 }));
      expect(Math.abs(d1 - 15), `seed ${seed}`).toBeLessThan(0.5);
      expect(decades(computeRecurrent({ ...s, forgetBias: 3 })), `seed ${seed}`).toBeLessThan(3);
    }
    expect(1 / (1 + Math.exp(-3))).toBeCloseTo(0.95, 2);
    says((l) => exerciseText(readChapter(l, SLUG), 'try-recurrent-forget'), {
      es: ['pierde de 39 a 42 órdenes de magnitud', 'con $b_f = 1$ pierde unos 15 órdenes', 'menos de 3 (semillas 1 a 8)'],
      en: ['loses 39 to 42 orders of magnitude', 'with $b_f = 1$ it loses about 15 orders', 'less than 3 (seeds 1 to 8)'],
    });
  });
});
