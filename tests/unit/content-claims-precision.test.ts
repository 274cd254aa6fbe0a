// The further chapter's numbers on lower precision (issue 14), checked against the precision island's model over
// seeds 1–8, in both languages, as tests/unit/content-claims.test.ts does for the other chapters: each test opens
// the state an exercise links to (read from the MDX), holds the model to the thresholds the prose states, and
// checks that both languages quote them. Thresholds are the prose's words, never copied from the model's output.
import { describe, expect, it } from 'vitest';
import { FORMAT_INFO, formatProduct } from '../../src/engine/index';
import { computePrecision, dynamicWalk } from '../../src/sims/precision/model';
import { PRECISION_CODEC } from '../../src/sims/precision/state';
import { PRECISION_DEFAULTS, SCALE_EXP_MAX, SCALE_EXP_MIN, WALK_GROWTH_INTERVAL, type PrecisionState } from '../../src/sims/precision/defaults';
import { LANGS, exerciseText, exercises, paragraphWith, readChapter } from './content-parse';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const SLOW_MS = 240_000;
const SLUG = 'further';

/** The state an exercise links to, decoded by the island's own codec (no notices), with a seed. */
function exerciseState(id: string, seed: number): PrecisionState {
  const ex = exercises(readChapter('en', SLUG)).find((e) => e.id === id);
  if (!ex) throw new Error(`no exercise ${id}`);
  expect(ex.island).toBe('precision');
  const q = Object.entries(ex.state).map(([k, v]) => `precision.${k}=${String(v)}`).join('&');
  const d = PRECISION_CODEC.decode(q);
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
const answer = (id: string) => (lang: 'es' | 'en') => exerciseText(readChapter(lang, SLUG), id);
const paragraph = (anchor: { es: string; en: string }) => (lang: 'es' | 'en') => paragraphWith(readChapter(lang, SLUG), anchor[lang]);
const decades = (s: PrecisionState) => {
  const d = computePrecision(s);
  return Math.log10(d.rows[d.rows.length - 1].exact / d.rows[0].exact);
};

describe('further: what float16 and bfloat16 keep', () => {
  it('float16: 65504, 2^-14, 2^-24, ties to even; 0.25^L is 0 from L = 13 (float32: 75); bfloat16 8 bits, float32 range', () => {
    expect(FORMAT_INFO.float16.maxFinite).toBe(65504);
    expect(FORMAT_INFO.float16.minNormal).toBe(2 ** -14);
    expect(FORMAT_INFO.float16.minSubnormal).toBe(2 ** -24);
    expect(Number((2 ** -14).toPrecision(2))).toBe(6.1e-5);
    expect(Number((2 ** -24).toPrecision(2))).toBe(6.0e-8);
    expect(formatProduct('float16', new Array(13).fill(0.25))).toBe(0);
    expect(formatProduct('float16', new Array(12).fill(0.25))).toBeGreaterThan(0);
    expect(formatProduct('float32', new Array(75).fill(0.25))).toBe(0);
    expect(formatProduct('float32', new Array(74).fill(0.25))).toBeGreaterThan(0);
    expect(FORMAT_INFO.bfloat16.significandBits).toBe(8);
    expect(FORMAT_INFO.bfloat16.minNormal).toBe(2 ** -126);
    expect(Number(FORMAT_INFO.bfloat16.maxFinite.toPrecision(2))).toBe(3.4e38);
    // float16's window, 2^-24 to 65504, is about 12 decades
    expect(Math.round(Math.log10(65504 / 2 ** -24))).toBe(12);
    says(paragraph({ es: 'la media precisión de IEEE 754', en: 'IEEE 754 half precision' }), {
      es: ['$65504$', '$2^{-14} \\approx 6.1 \\times 10^{-5}$', '$2^{-24} \\approx 6.0 \\times 10^{-8}$', 'desde $L = 13$', 'desde $L = 75$', 'al par'],
      en: ['$65504$', '$2^{-14} \\approx 6.1 \\times 10^{-5}$', '$2^{-24} \\approx 6.0 \\times 10^{-8}$', 'from $L = 13$ on', 'from $L = 75$ on', 'ties to even'],
    });
    says(paragraph({ es: '(*brain floating point*)', en: '(*brain floating point*)' }), {
      es: ['8 bits significativos', '$3.4 \\times 10^{38}$', '$2^{-126}$'], en: ['8 significant bits', '$3.4 \\times 10^{38}$', '$2^{-126}$'],
    });
  });

  it('the figure\'s initial state: 12 to 13 decades, all zeros from layer 10 or 11 (seeds 1–8)', () => {
    for (const seed of SEEDS) {
      const s = { ...PRECISION_DEFAULTS, seed };
      const dec = decades(s);
      expect(dec, `seed ${seed}`).toBeGreaterThanOrEqual(12);
      expect(dec, `seed ${seed}`).toBeLessThan(13.5);
      expect([10, 11], `seed ${seed}`).toContain(computePrecision(s).firstZeroLayer);
    }
    says(paragraph({ es: 'En su estado inicial', en: 'In its initial state' }), {
      es: ['20 capas de sigmoide con $\\sigma_w = 1$', 'de 12 a 13 órdenes de magnitud', 'de la capa 10 u 11', 'semillas 1 a 8'],
      en: ['20 sigmoid layers with $\\sigma_w = 1$', '12 to 13 orders of magnitude', 'from layer 10 or 11', 'seeds 1 to 8'],
    });
  });
});

describe('further: loss scaling exercises', { timeout: SLOW_MS }, () => {
  it('try-precision-scale: k in 15–17 leaves only layers 1–3 at zero, overflow from 2^16–2^19, no S saves all; the walk', () => {
    for (const seed of SEEDS) {
      const s = exerciseState('try-precision-scale', seed);
      expect(s).toMatchObject({ depth: 20, format: 'float16', activation: 'sigmoid', scale: 0 });
      let firstOverflow: number | null = null;
      let best = Infinity;
      let bestInRange = Infinity;
      for (let k = SCALE_EXP_MIN; k <= SCALE_EXP_MAX; k++) {
        const d = computePrecision({ ...s, scale: k });
        if (d.overflow) { if (firstOverflow === null) firstOverflow = k; continue; }
        expect(firstOverflow, `seed ${seed}: no clean S above an overflowing one`).toBeNull();
        const z = d.firstZeroLayer ?? 0;
        best = Math.min(best, z);
        if (k >= 15 && k <= 17) bestInRange = Math.min(bestInRange, z);
      }
      expect(bestInRange, `seed ${seed}`).toBeGreaterThanOrEqual(2);
      expect(bestInRange, `seed ${seed}`).toBeLessThanOrEqual(3);
      expect(best, `seed ${seed}: no S saves all 20 layers`).toBeGreaterThanOrEqual(2);
      expect(firstOverflow, `seed ${seed}`).toBeGreaterThanOrEqual(16);
      expect(firstOverflow, `seed ${seed}`).toBeLessThanOrEqual(19);
      // dynamic scaling from 2^24: halves down to the largest clean S, then oscillates between it and its double
      const walk = dynamicWalk({ ...s, scale: 24 });
      const m = firstOverflow! - 1;
      const settled = walk.findIndex((w) => w.k === m);
      expect(settled, `seed ${seed}`).toBe(24 - m);
      for (const w of walk.slice(settled)) expect([m, m + 1]).toContain(w.k);
      expect(walk.slice(settled).filter((w) => w.k === m + 1).every((w) => w.event === 'skip')).toBe(true);
    }
    expect(WALK_GROWTH_INTERVAL).toBe(4);
    says(answer('try-precision-scale'), {
      es: ['entre 15 y 17', 'las capas 1 a 3, o 1 a 2', 'desde $S = 2^{16}$ hasta $S = 2^{19}$', 'Ningún $S$ salva las 20 capas', 'de 12 a 13 órdenes', 'unos 12', 'desde $2^{24}$', 'cada 4 pasos limpios', 'semillas 1 a 8'],
      en: ['between 15 and 17', 'layers 1 to 3, or 1 to 2', 'from $S = 2^{16}$ to $S = 2^{19}$', 'No $S$ saves all 20 layers', '12 to 13 orders', 'about 12', 'from $2^{24}$', 'every 4 clean steps', 'seeds 1 to 8'],
    });
  });

  it('try-precision-range: 31 to 34 decades at depth 50, no S saves float16, zeros from layer 40 or 41; bfloat16 keeps all, < 20 % off', () => {
    for (const seed of SEEDS) {
      const s = exerciseState('try-precision-range', seed);
      expect(s).toMatchObject({ depth: 50, format: 'float16', activation: 'sigmoid', scale: 0 });
      const dec = decades(s);
      expect(dec, `seed ${seed}`).toBeGreaterThanOrEqual(31);
      expect(dec, `seed ${seed}`).toBeLessThan(34);
      expect([40, 41], `seed ${seed}`).toContain(computePrecision(s).firstZeroLayer);
      for (let k = SCALE_EXP_MIN; k <= SCALE_EXP_MAX; k++) {
        const d = computePrecision({ ...s, scale: k });
        expect(d.overflow || d.firstZeroLayer !== null, `seed ${seed}, k = ${k}`).toBe(true);
      }
      const bf = computePrecision({ ...s, format: 'bfloat16' });
      expect(bf.firstZeroLayer).toBeNull();
      expect(bf.overflow).toBe(false);
      const worst = Math.max(...bf.rows.map((r) => Math.abs(r.value - r.exact) / r.exact));
      expect(worst, `seed ${seed}`).toBeLessThan(0.2);
      expect(worst, `seed ${seed}: bfloat16 is visibly off`).toBeGreaterThan(2 ** -8);
    }
    says(answer('try-precision-range'), {
      es: ['de 31 a 34 órdenes', 'desde la capa 40 o 41', 'menos de un 20 %', '$2^{-8}$', 'semillas 1 a 8'],
      en: ['31 to 34 orders', 'from layer 40 or 41', 'less than 20 %', '$2^{-8}$', 'seeds 1 to 8'],
    });
  });
});
