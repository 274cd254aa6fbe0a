// The chapters' numbers and exercise answers, checked against the islands' own models over seeds 1–8 (issue 12):
// each test opens the state an exercise links to (read from the MDX), runs the island's model for every seed,
// holds the result to the thresholds the answer states, and checks that both languages quote those numbers.
// Nothing here copies a model's output as the expected value: the thresholds are the prose's words.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, chiAt, lengthMap, meanField, scaledGaussianExpectation } from '../../src/engine/index';
import { productModel } from '../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../src/sims/product/state';
import { componentsModel } from '../../src/sims/components/model';
import { COMPONENTS_DEFAULTS } from '../../src/sims/components/defaults';
import { computeRemedies } from '../../src/sims/remedies/model';
import { REMEDIES_CODEC } from '../../src/sims/remedies/state';
import { computeExploding } from '../../src/sims/exploding/model';
import { explodingFacts } from '../../src/sims/exploding/caption';
import { EXPLODING_CODEC } from '../../src/sims/exploding/state';
import { TrainSession } from '../../src/sims/train/model';
import { PRESETS, TRAIN_DEFAULTS, type TrainState } from '../../src/sims/train/defaults';
import { STALL_MARGIN } from '../../src/sims/train/caption';
import { ADAM_EPSILON } from '../../src/engine/constants';
import { LANGS, SLUGS, exerciseText, exercises, paragraphWith, readChapter } from './content-parse';

/** The seeds every answer must hold for (issue 12, point 11). */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Training runs and 100-layer passes over eight seeds take a while on a shared 2-core machine. */
const SLOW_MS = 240_000;
const log10 = Math.log10;
/** The exercises whose answers this file checks; a new exercise needs its claim checked here too. */
const CHECKED = [
  'try-depth-30', 'try-float32-zero', 'try-tanh-flat', 'try-relu-alone', 'try-bn-grows', 'try-train-stall',
  'try-explode', 'try-xavier', 'try-clip', 'try-init-standard', 'try-edge-of-chaos',
  // further: precision (tests/unit/content-claims-precision.test.ts)
  'try-precision-scale', 'try-precision-range',
  // further: phase (tests/unit/content-claims-phase.test.ts)
  'try-phase-relu',
  // further: recurrent (tests/unit/content-claims-recurrent.test.ts)
  'try-recurrent-lstm', 'try-recurrent-forget',
  // further: memory (tests/unit/content-claims-memory.test.ts)
  'try-memory-short',
];

it('checks the answer of every exercise in the book', () => {
  const ids = SLUGS.flatMap((s) => exercises(readChapter('en', s)).map((e) => e.id));
  expect([...ids].sort()).toEqual([...CHECKED].sort());
});

/** The state an exercise links to, as a URL query of its island (`product.depth=30&…`). */
function exerciseQuery(slug: string, id: string): string {
  const ex = exercises(readChapter('en', slug)).find((e) => e.id === id);
  if (!ex) throw new Error(`no exercise ${id} in ${slug}`);
  return Object.entries(ex.state)
    .map(([k, v]) => `${ex.island}.${k}=${typeof v === 'boolean' ? Number(v) : String(v)}`).join('&');
}

/** Both languages' text of an exercise contain every needle of their language. */
function expectAnswerSays(slug: string, id: string, needles: { es: string[]; en: string[] }): void {
  for (const lang of LANGS) {
    const text = exerciseText(readChapter(lang, slug), id);
    expect(text, `${lang}/${slug} ${id}`).not.toBe('');
    for (const n of needles[lang]) expect(text, `${lang}/${slug} ${id} should say "${n}"`).toContain(n);
  }
}

/** Both languages' paragraph that holds `anchor[lang]` contains every needle of its language. */
function expectParagraphSays(slug: string, anchor: { es: string; en: string }, needles: { es: string[]; en: string[] }): void {
  for (const lang of LANGS) {
    const p = paragraphWith(readChapter(lang, slug), anchor[lang]);
    expect(p, `${lang}/${slug}: no paragraph with "${anchor[lang]}"`).not.toBe('');
    for (const n of needles[lang]) expect(p, `${lang}/${slug} should say "${n}"`).toContain(n);
  }
}

const productState = (query: string, seed: number) => ({ ...PRODUCT_CODEC.decode(query).state, seed });
const remediesState = (query: string, seed: number) => ({ ...REMEDIES_CODEC.decode(query).state, seed });
const explodingState = (query: string, seed: number) => ({ ...EXPLODING_CODEC.decode(query).state, seed });
/** log10 ‖Δ^(1)‖ / ‖Δ^(L)‖ of the product island. */
function productFall(query: string, seed: number, extra: Record<string, unknown> = {}) {
  const d = productModel({ ...productState(query, seed), ...extra });
  return { ratio: log10(d.layers[0].deltaNorm / d.layers[d.depth - 1].deltaNorm), product: d.first.log10Product };
}

describe('chapter 1: the problem', { timeout: SLOW_MS }, () => {
  it('try-depth-30: over 29 steps the figure\'s product falls further than the bound 0.25^29 ≈ 3.5·10⁻¹⁸, for every seed', () => {
    const q = exerciseQuery('problem', 'try-depth-30');
    expect(Number((0.25 ** 29).toPrecision(2))).toBe(3.5e-18);
    for (const seed of SEEDS) {
      const d = productModel(productState(q, seed));
      const span = d.first.log10Product - d.layers[d.depth - 1].log10Product;
      expect(span, `seed ${seed}`).toBeLessThan(29 * log10(0.25));
    }
    expectAnswerSays('problem', 'try-depth-30', { es: ['3.5 \\times 10^{-18}'], en: ['3.5 \\times 10^{-18}'] });
  });

  it('try-float32-zero: float32 holds exactly 0 at layer 1 first at L = 72 for seeds 1–8, each mean g\' about 0.23', () => {
    const q = exerciseQuery('problem', 'try-float32-zero');
    for (const seed of SEEDS) {
      let first = -1;
      for (let depth = 60; depth <= 75 && first < 0; depth++) {
        if (productModel({ ...productState(q, seed), depth }).first.float32Product === 0) first = depth;
      }
      expect(first, `seed ${seed}`).toBe(72);
      const d = productModel({ ...productState(q, seed), depth: 72 });
      const meanFactor = 10 ** (d.first.log10Product / 72);
      expect(Number(meanFactor.toFixed(2)), `seed ${seed}`).toBeCloseTo(0.23, 1);
    }
    // the bound: 0.25^74 = 2^-148 is a subnormal, 0.25^75 = 2^-150 rounds (ties to even) to 0
    let p = 1;
    for (let l = 1; l <= 75; l++) {
      p = Math.fround(p * 0.25);
      if (l === 74) expect(p).toBe(2 ** -148);
    }
    expect(p).toBe(0);
    expectAnswerSays('problem', 'try-float32-zero', { es: ['L = 72', '0.23', 'empates al par'], en: ['L = 72', '0.23', 'ties to even'] });
  });

  it('try-tanh-flat: tanh\' drops below 0.1 beyond |z| ≈ 1.82, the sigmoid\'s beyond |z| ≈ 2.06', () => {
    const cross = (name: 'tanh' | 'sigmoid') => {
      let lo = 0, hi = 10;
      for (let i = 0; i < 60; i++) { const m = (lo + hi) / 2; if (ACTIVATIONS[name].df(m, undefined) > 0.1) lo = m; else hi = m; }
      return lo;
    };
    expect(cross('tanh')).toBeCloseTo(1.82, 2);
    expect(cross('sigmoid')).toBeCloseTo(2.06, 2);
    expectAnswerSays('problem', 'try-tanh-flat', { es: ['1.82', '2.06'], en: ['1.82', '2.06'] });
  });

  it('the first layer\'s weights (two inputs) are 3–5× the others\' median; the other layers are alike (seeds 1–8)', () => {
    for (const seed of SEEDS) {
      const d = componentsModel({ ...COMPONENTS_DEFAULTS, seed });
      const others = d.weights.slice(1).map((w) => w.median);
      const sorted = [...others].sort((a, b) => a - b);
      const typical = sorted[Math.floor(sorted.length / 2)];
      const ratio = d.weights[0].median / typical;
      expect(ratio, `seed ${seed}`).toBeGreaterThan(2.5);
      expect(ratio, `seed ${seed}`).toBeLessThan(6);
      expect(sorted[sorted.length - 1] / sorted[0], `seed ${seed}: layers 2…L+1 alike`).toBeLessThan(2);
    }
    // standard deviations: N(0, 1/2) for two inputs against N(0, 1/32) for 32
    expect(Math.sqrt(1 / 2) / Math.sqrt(1 / 32)).toBeCloseTo(4, 10);
    expectParagraphSays('problem', { es: 'A la izquierda están las magnitudes de los pesos', en: 'On the left are the magnitudes of the weights' }, {
      es: ['\\sqrt{32/2} = 4', 'de tres a cinco veces', 'según la semilla'],
      en: ['\\sqrt{32/2} = 4', 'between three and five times', 'depending on the seed'],
    });
  });

  it('only leaky ReLU keeps a floor under g\'; GELU\'s and SiLU\'s go above one and below zero', () => {
    const df = (name: keyof typeof ACTIVATIONS, z: number) => ACTIVATIONS[name].df(z, undefined);
    for (let z = -30; z <= 30; z += 0.25) expect(df('leaky-relu', z)).toBeGreaterThanOrEqual(0.01);
    for (const name of ['elu', 'gelu', 'silu', 'softplus'] as const) expect(Math.abs(df(name, -30)), name).toBeLessThan(1e-6);
    let gelu = { max: -Infinity, at: 0 }, silu = { max: -Infinity, at: 0 };
    for (let z = -5; z <= 5; z += 1e-3) {
      if (df('gelu', z) > gelu.max) gelu = { max: df('gelu', z), at: z };
      if (df('silu', z) > silu.max) silu = { max: df('silu', z), at: z };
    }
    expect(gelu.max).toBeCloseTo(1.13, 2);
    expect(gelu.at).toBeCloseTo(Math.SQRT2, 2);
    expect(silu.max).toBeCloseTo(1.10, 2);
    expect(silu.at).toBeCloseTo(2.40, 1);
    // the zero crossings the text quotes, and negative slopes to their left
    expect(df('gelu', -0.74)).toBeGreaterThan(0);
    expect(df('gelu', -0.76)).toBeLessThan(0);
    expect(df('silu', -1.27)).toBeGreaterThan(0);
    expect(df('silu', -1.29)).toBeLessThan(0);
    // over net inputs symmetric around zero, the mean of either derivative is exactly 1/2
    for (const s of [0.3, 1, 3]) {
      expect(scaledGaussianExpectation((u) => df('gelu', u), s)).toBeCloseTo(0.5, 4);
      expect(scaledGaussianExpectation((u) => df('silu', u), s)).toBeCloseTo(0.5, 4);
    }
    for (const lang of LANGS) {
      const src = readChapter(lang, 'problem');
      for (const n of ['1.13', '1.10', 'z \\approx -0.75', 'z \\approx -1.28', '0.01']) expect(src, `${lang}: ${n}`).toContain(n);
      const note = readChapter(lang, 'final-note');
      for (const n of ['1.13', 'z = \\sqrt{2}', '1.10', 'z \\approx 2.40', '1/2']) expect(note, `${lang} final note: ${n}`).toContain(n);
    }
  });
});

describe('chapter 2: candidate solutions', { timeout: SLOW_MS }, () => {
  it('try-relu-alone: the sigmoid loses ~31 orders over 50 layers, ReLU + He stays within 0.4–0.8 orders (seeds 1–8)', () => {
    const q = exerciseQuery('solutions', 'try-relu-alone');
    for (const seed of SEEDS) {
      const { summary } = computeRemedies(remediesState(q, seed));
      expect(log10(summary.plainRatio), `seed ${seed}`).toBeGreaterThan(-32);
      expect(log10(summary.plainRatio), `seed ${seed}`).toBeLessThan(-30.5);
      expect(-log10(summary.remediedRatio), `seed ${seed}`).toBeGreaterThan(0.35);
      expect(-log10(summary.remediedRatio), `seed ${seed}`).toBeLessThan(0.85);
    }
    expectAnswerSays('solutions', 'try-relu-alone', {
      es: ['unos 31 órdenes', 'entre $0.4$ y $0.8$ órdenes'], en: ['about 31 orders', 'between $0.4$ and $0.8$ orders'],
    });
  });

  it('try-bn-grows: batch norm alone makes ‖Δ‖ grow 4–9·10⁴× (≈ 6·10⁴ at seed 1); identity skips bring it to ≈ 17×', () => {
    const q = exerciseQuery('solutions', 'try-bn-grows');
    for (const seed of SEEDS) {
      const bn = computeRemedies(remediesState(q, seed)).summary.remediedRatio;
      expect(bn, `seed ${seed}`).toBeGreaterThan(3.5e4);
      expect(bn, `seed ${seed}`).toBeLessThan(9.5e4);
      if (seed === 1) expect(Math.round(bn / 1e4)).toBe(6);
      const skips = computeRemedies({ ...remediesState(q, seed), residual: 'identity' }).summary.remediedRatio;
      expect(Math.round(skips), `seed ${seed}`).toBeGreaterThanOrEqual(16);
      expect(Math.round(skips), `seed ${seed}`).toBeLessThanOrEqual(19);
    }
    expectAnswerSays('solutions', 'try-bn-grows', {
      es: ['$6 \\times 10^{4}$', 'entre $4 \\times 10^{4}$ y $9 \\times 10^{4}$', 'unas 17 veces'],
      en: ['$6 \\times 10^{4}$', 'between $4 \\times 10^{4}$ and $9 \\times 10^{4}$', 'about 17×'],
    });
  });

  it('identity skips without batch norm make ‖Δ‖ grow ~7·10⁵× at seed 1, 4·10⁵–2·10⁶× over seeds 1–8', () => {
    const q = exerciseQuery('solutions', 'try-relu-alone');
    for (const seed of SEEDS) {
      const r = computeRemedies({ ...remediesState(q, seed), residual: 'identity' }).summary.remediedRatio;
      expect(r, `seed ${seed}`).toBeGreaterThan(3e5);
      expect(r, `seed ${seed}`).toBeLessThan(2.5e6);
      if (seed === 1) expect(Math.round(r / 1e5)).toBe(7);
    }
    expectParagraphSays('solutions', { es: 'vale para cada camino, no para su suma', en: 'holds for each path, not for their sum' }, {
      es: ['$7 \\times 10^{5}$', 'de $4 \\times 10^{5}$ a $2 \\times 10^{6}$', 'cuatro primeros pasos', 'unas 17 veces'],
      en: ['$7 \\times 10^{5}$', 'from $4 \\times 10^{5}$ to $2 \\times 10^{6}$', 'first four steps', 'about 17×'],
    });
  });

  it('plain gradient descent at α = 0.1 makes the identity-skip ReLU net of the training figure diverge within four steps', () => {
    for (const seed of SEEDS) {
      const t = new TrainSession({ ...TRAIN_DEFAULTS, ...PRESETS['relu-residual'], optimizer: 'sgd', lr: 0.1, seed });
      t.train(10);
      expect(t.diverged, `seed ${seed}`).toBe(true);
      // `step` counts the updates made; the pass after the last of them gave a cost that is not finite
      expect(t.step + 1, `seed ${seed}`).toBeLessThanOrEqual(4);
    }
  });

  it('try-train-stall: with Adam the sigmoid net stays at ln 2 and its first-layer gradient sits ~10⁻¹⁴, far below ε; ReLU + BN learns', () => {
    const steps = 1500;
    expect(TRAIN_DEFAULTS.optimizer).toBe('adam');
    expect(TRAIN_DEFAULTS.lr).toBe(0.003);
    for (const seed of SEEDS) {
      const t = new TrainSession({ ...TRAIN_DEFAULTS, dataset: 'spirals', depth: 20, activation: 'sigmoid', seed } as TrainState);
      t.train(steps);
      const snap = t.snapshot(true);
      expect(Math.abs(snap.loss - Math.LN2), `seed ${seed}`).toBeLessThan(STALL_MARGIN);
      for (let c = 0; c < snap.columns; c++) {
        const g1 = snap.gradHistory[c];  // row 0: log10 ‖∂J/∂W⁽¹⁾‖
        expect(g1, `seed ${seed}, column ${c}`).toBeGreaterThan(-15.5);
        expect(g1, `seed ${seed}, column ${c}`).toBeLessThan(-12.5);
        expect(g1, 'at least 10⁴ below Adam\'s ε').toBeLessThan(log10(ADAM_EPSILON) - 4);
      }
      const r = new TrainSession({ ...TRAIN_DEFAULTS, ...PRESETS['relu-bn'], seed });
      r.train(steps);
      const rs = r.snapshot(true);
      expect(rs.loss, `seed ${seed}`).toBeLessThan(0.6);
      expect(rs.accuracy, `seed ${seed}`).toBeGreaterThan(0.85);
    }
    expect(ADAM_EPSILON).toBe(1e-8);
    expectAnswerSays('solutions', 'try-train-stall', {
      es: ['10^{-14}', 'entre unos $10^{-15}$ y $10^{-13}$', '\\epsilon = 10^{-8}'],
      en: ['10^{-14}', 'between about $10^{-15}$ and $10^{-13}$', '\\epsilon = 10^{-8}'],
    });
    expectParagraphSays('solutions', { es: 'Por omisión entrena con **Adam**', en: 'By default it trains with **Adam**' }, {
      es: ['$0.003$'], en: ['$0.003$'],
    });
  });
});

describe('chapter 3: exploding gradients', { timeout: SLOW_MS }, () => {
  it('try-explode: ‖Δ‖ is largest at layer 1 and log ‖Δ‖ is close to a straight line (seeds 1–8)', () => {
    const q = exerciseQuery('final-note', 'try-explode');
    for (const seed of SEEDS) {
      const { rows, summary } = computeExploding(explodingState(q, seed));
      expect(summary.ratio, `seed ${seed}`).toBeGreaterThan(1e4);
      const ys = rows.map((r) => log10(r.delta));
      expect(ys.indexOf(Math.max(...ys)), `seed ${seed}`).toBe(0);
      const xs = rows.map((r) => r.layer);
      const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
      let sxy = 0, sxx = 0, syy = 0;
      for (let i = 0; i < xs.length; i++) { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) ** 2; syy += (ys[i] - my) ** 2; }
      expect((sxy * sxy) / (sxx * syy), `seed ${seed}: R² of the straight line`).toBeGreaterThan(0.98);
    }
  });

  it('try-xavier: each layer\'s factor is 0.91–1.00, the fall depends on the seed (flat for most, vanishing for seed 2)', () => {
    const q = exerciseQuery('final-note', 'try-xavier');
    for (const seed of SEEDS) {
      const data = computeExploding(explodingState(q, seed));
      const f = explodingFacts(data);
      expect(Number(f.gain), `seed ${seed}`).toBeGreaterThanOrEqual(0.905);
      expect(Number(f.gain), `seed ${seed}`).toBeLessThan(1.005);
      const r = log10(data.summary.ratio);
      expect(r, `seed ${seed}: at most slightly above`).toBeLessThan(0.3);
      expect(r, `seed ${seed}: at most about a hundred times below`).toBeGreaterThan(-2.3);
      expect(f.trend, `seed ${seed}`).toBe(seed === 2 ? 'vanishes' : 'flat');
    }
    expectAnswerSays('final-note', 'try-xavier', {
      es: ['entre $0.91$ y $1.00$', 'unas cien veces', 'la semilla 2'], en: ['between $0.91$ and $1.00$', 'about a hundred times', 'seed 2'],
    });
  });

  it('try-clip: layer 1 still gets 10^3.4 (seed 1) to 10^4.7 times layer L\'s gradient, as before clipping (seeds 1–8)', () => {
    const q = exerciseQuery('final-note', 'try-clip');
    const orders: number[] = [];
    for (const seed of SEEDS) {
      const { rows } = computeExploding(explodingState(q, seed));
      const last = rows[rows.length - 1];
      const clipped = (rows[0].gradClipped as number) / (last.gradClipped as number);
      const raw = rows[0].gradRaw / last.gradRaw;
      expect(clipped / raw, `seed ${seed}: same shape`).toBeCloseTo(1, 4);
      orders.push(log10(clipped));
    }
    expect(Number(orders[0].toFixed(1))).toBe(3.4);
    expect(Number(Math.min(...orders).toFixed(1))).toBe(3.4);
    expect(Number(Math.max(...orders).toFixed(1))).toBe(4.7);
    expectAnswerSays('final-note', 'try-clip', {
      es: ['3.4 órdenes con la semilla 1', 'entre 3.4 y 4.7'], en: ['3.4 orders with seed 1', 'between 3.4 and 4.7'],
    });
  });

  it('the Adam defaults cite Kingma & Ba, Algorithm 1', () => {
    for (const [lang, at] of [['es', 'algoritmo 1'], ['en', 'Algorithm 1']] as const) {
      const p = paragraphWith(readChapter(lang, 'final-note'), '\\beta_2 = 0.999');
      expect(p).toContain(`<Cite k="kingma2015" at="${at}" />`);
    }
  });
});

describe('going further', { timeout: SLOW_MS }, () => {
  it('try-init-standard: eq. (4) hardly drops, ‖Δ‖ falls 11.6–12.9 orders; with Xavier 0.5–1.6 orders (seeds 1–8)', () => {
    const q = exerciseQuery('further', 'try-init-standard');
    for (const seed of SEEDS) {
      const std = productFall(q, seed);
      expect(std.product, `seed ${seed}`).toBeGreaterThan(-0.3);
      expect(std.ratio, `seed ${seed}`).toBeGreaterThan(-12.95);
      expect(std.ratio, `seed ${seed}`).toBeLessThan(-11.55);
      const xavier = productFall(q, seed, { init: 'xavier-normal' });
      expect(xavier.ratio, `seed ${seed}`).toBeGreaterThan(-1.65);
      expect(xavier.ratio, `seed ${seed}`).toBeLessThan(-0.45);
    }
    expect(log10(Math.sqrt(3))).toBeCloseTo(0.24, 2);
    expectAnswerSays('further', 'try-init-standard', { es: ['de 11.6 a 12.9', 'entre 0.5 y 1.6'], en: ['11.6 to 12.9', 'between 0.5 and 1.6'] });
  });

  it('try-edge-of-chaos: a slow 12–140× fall at σ_w = 1 (12× at seed 1, as mean field predicts), 10–11 orders at 0.8, '
    + 'and at 1.5 ‖Δ‖ grows 2–3 orders while eq. (4) shows ~10⁻¹⁹', () => {
    const q = exerciseQuery('further', 'try-edge-of-chaos');
    for (const seed of SEEDS) {
      const edge = productFall(q, seed);
      expect(edge.ratio, `seed ${seed}`).toBeLessThan(-1.0);
      expect(edge.ratio, `seed ${seed}`).toBeGreaterThan(log10(1 / 150));
      if (seed === 1) expect(Math.round(10 ** -edge.ratio)).toBe(12);
      const ordered = productFall(q, seed, { sigmaW: 0.8 });
      expect(ordered.ratio, `seed ${seed}`).toBeLessThan(-9.5);
      expect(ordered.ratio, `seed ${seed}`).toBeGreaterThan(-11.5);
      const chaotic = productFall(q, seed, { sigmaW: 1.5 });
      expect(chaotic.ratio, `seed ${seed}`).toBeGreaterThan(1.8);
      expect(chaotic.ratio, `seed ${seed}`).toBeLessThan(3.3);
      expect(Math.round(chaotic.product), `seed ${seed}`).toBeGreaterThanOrEqual(-20);
      expect(Math.round(chaotic.product), `seed ${seed}`).toBeLessThanOrEqual(-18);
    }
    // mean field from q = 1 at σ_w = 1: the error's size falls ~12× over 99 layers, and q_l ≈ 1/(2l)
    const tanh = ACTIVATIONS.tanh;
    let q1 = 1, log10Size = 0;
    for (let l = 1; l < 100; l++) {
      log10Size += log10(chiAt(tanh, q1, 1)) / 2;
      q1 = lengthMap(tanh, q1, 1, 0);
    }
    expect(Math.round(10 ** -log10Size)).toBe(12);
    expect(q1 * 2 * 100).toBeCloseTo(1, 1);
    // at σ_w = 1.5: mean g' ≈ 0.65, root mean square ≈ 0.71, √χ₁ ≈ 1.07, and 1.07^99 ≈ 6·10²
    const { qStar, chi1 } = meanField('tanh', 1.5, 0);
    const mean = scaledGaussianExpectation((u) => tanh.df(u), Math.sqrt(qStar));
    const rms = Math.sqrt(scaledGaussianExpectation((u) => tanh.df(u) ** 2, Math.sqrt(qStar)));
    expect(Number(mean.toFixed(2))).toBe(0.65);
    expect(Number(rms.toFixed(2))).toBe(0.71);
    expect(Number((1.5 * mean).toFixed(2))).toBe(0.97);
    expect(Number(Math.sqrt(chi1).toFixed(2))).toBe(1.07);
    expect(Math.round(Math.sqrt(chi1) ** 99 / 100)).toBe(6);
    expect(log10(0.8 ** 100)).toBeCloseTo(log10(2e-10), 1);
    expectAnswerSays('further', 'try-edge-of-chaos', {
      es: ['unas 12 veces', 'unas 140 veces', '1/(2l)', 'de 10 a 11', 'de 2 a 3 órdenes', '10^{-19}', '0.71', '0.65', '6 \\times 10^{2}'],
      en: ['about 12×', 'about 140×', '1/(2l)', '10 to 11', 'by 2 to 3 orders', '10^{-19}', '0.71', '0.65', '6 \\times 10^{2}'],
    });
  });
});
