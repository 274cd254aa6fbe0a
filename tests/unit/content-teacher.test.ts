// The numbers of the "what a great teacher would add" passages (issue 12), checked against the engine and
// against independent arithmetic, and found in the prose of both languages: the one-neuron-per-layer example
// and the product figure's two curves, float16's underflow and the exact zeros of ReLU + He (chapter 1), the
// length map worked by hand (further chapter). Claims about a seeded network hold over seeds 1–8.
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS, createNetwork, forwardBackward, fromRows, lengthMap, makeDataset, meanField, DEFAULT_NETWORK_CONFIG,
} from '../../src/engine';
import type { NetworkConfig } from '../../src/engine/types';
import { productModel } from '../../src/sims/product/model';
import { captionParts } from '../../src/sims/product/caption';
import { PRODUCT_CODEC, type ProductState } from '../../src/sims/product/state';
import { PRODUCT_I18N } from '../../src/i18n/product';
import { componentsModel, networkConfig as componentsConfig } from '../../src/sims/components/model';
import { BATCH as COMPONENTS_BATCH, DATASET as COMPONENTS_DATASET } from '../../src/sims/components/defaults';
import { LANGS, readChapter } from './content-parse';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** The prose of a chapter in both languages, for "the number is written there" checks. */
const prose = (slug: 'problem' | 'further') => LANGS.map((lang) => readChapter(lang, slug));
const log10Ratio = (a: number, b: number) => Math.log10(a) - Math.log10(b);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('chapter 1, one neuron per layer: equation (4) exact, with the weights as factors', () => {
  const LAYERS = 10;
  /** ∂J/∂z⁽¹⁾ ÷ ∂J/∂z⁽¹⁰⁾ from the engine's backward pass, every weight w and bias −w/2, input 1/2. */
  function engineRatio(w: number): { ratio: number; z: number[] } {
    const config: NetworkConfig = {
      ...DEFAULT_NETWORK_CONFIG, depth: LAYERS, width: 1, inputDim: 1, outputDim: 1, activation: 'sigmoid', dtype: 'float64',
    };
    const net = createNetwork(config, 1);
    for (const layer of net.layers) {
      layer.W.data[0] = layer.hidden ? w : 1;
      layer.b[0] = layer.hidden ? -w / 2 : 0;
    }
    forwardBackward(net, fromRows([[0.5]], 'float64'), fromRows([[0]], 'float64'));
    const hidden = net.layers.filter((l) => l.hidden);
    return { ratio: hidden[0].delta[0] / hidden[LAYERS - 1].delta[0], z: hidden.map((l) => l.Z[0]) };
  }

  it('puts every net input at z = 0, where the sigmoid\'s derivative is 1/4', () => {
    for (const w of [1, 4, 8]) for (const z of engineRatio(w).z) expect(z).toBe(0);
    expect(ACTIVATIONS.sigmoid.df(0)).toBe(0.25);
  });

  it('gives 0.25⁹ ≈ 3.8 × 10⁻⁶ with w = 1, exactly 1 with w = 4 and 2⁹ = 512 with w = 8', () => {
    // the closed form Π_{l=1}^{9} w·g′(0) = (w/4)⁹, against the engine's backpropagation
    for (const w of [1, 4, 8]) expect(engineRatio(w).ratio).toBeCloseTo((w / 4) ** (LAYERS - 1), 12);
    expect(0.25 ** 9).toBeCloseTo(3.8e-6, 7);
    expect(2 ** 9).toBe(512);
    for (const src of prose('problem')) {
      expect(src).toContain('0.25^{9}');
      expect(src).toContain('3.8 \\times 10^{-6}');
      expect(src).toContain('2^{9} = 512');
      expect(src).toContain('4 \\cdot 1/4 = 1');
    }
  });
});

describe('chapter 1, the product figure: the mean-derivative product P_l beside the real ‖Δ⁽ˡ⁾‖', () => {
  const base = PRODUCT_CODEC.defaults();
  const run = (over: Partial<ProductState>, seed: number) => {
    const d = productModel({ ...base, ...over, seed });
    const first = d.layers[0];
    const last = d.layers[d.depth - 1];
    return {
      data: d,
      productDrop: first.log10Product - last.log10Product,
      deltaDrop: log10Ratio(first.deltaNorm, last.deltaNorm),
    };
  };

  it('at the defaults (20 sigmoid layers, σ_w = 1) both fall about twelve orders of magnitude, for seeds 1–8', () => {
    expect(base.depth).toBe(20);
    expect(base.activation).toBe('sigmoid');
    expect(base.sigmaW).toBe(1);
    for (const seed of SEEDS) {
      const r = run({}, seed);
      expect(Math.abs(r.productDrop + 12), `seed ${seed} P`).toBeLessThan(1);
      expect(Math.abs(r.deltaDrop + 12), `seed ${seed} ‖Δ‖`).toBeLessThan(1);
    }
  });

  it('with ReLU + He, P₁ ≈ 10⁻⁶ (mean g′ near 1/2) while ‖Δ‖ changes by less than an order of magnitude, for seeds 1–8', () => {
    for (const seed of SEEDS) {
      const r = run({ activation: 'relu', init: 'he-normal' }, seed);
      expect(Math.abs(r.data.layers[0].log10Product + 6), `seed ${seed}`).toBeLessThan(0.5);
      expect(Math.abs(r.deltaDrop), `seed ${seed}`).toBeLessThan(1);
      // the layers' mean derivatives scatter around 1/2 (a layer's share of active units); their geometric mean is near it
      expect(Math.abs(10 ** (r.data.layers[0].log10Product / r.data.depth) - 0.5), `seed ${seed}`).toBeLessThan(0.05);
    }
    // He's σ_w = √2 times ReLU's root-mean-square derivative √(1/2)
    expect(Math.SQRT2 * Math.sqrt(0.5)).toBeCloseTo(1, 15);
    for (const src of prose('problem')) {
      expect(src).toContain('$P_1$');
      expect(src).toContain('$10^{-6}$');
      expect(src).toContain('\\sqrt{2} \\cdot \\sqrt{1/2} = 1');
    }
  });
});

describe('chapter 1, float16: the bound 0.25^L underflows to exactly 0 at L = 13', () => {
  const MIN_NORMAL = 2 ** -14;
  const MIN_SUBNORMAL = 2 ** -24;
  const MANTISSA_BITS = 10;
  /** Round a non-negative number to float16, round to nearest, ties to even (written out, not Math.f16round). */
  function toFloat16(x: number): number {
    const exponent = Math.max(Math.floor(Math.log2(x)), -14);
    const ulp = x < MIN_NORMAL ? MIN_SUBNORMAL : 2 ** (exponent - MANTISSA_BITS);
    const q = x / ulp;
    const lower = Math.floor(q);
    const n = q - lower > 0.5 || (q - lower === 0.5 && lower % 2 === 1) ? lower + 1 : lower;
    return n * ulp;
  }
  /** The running product 0.25^L as float16 holds it after every multiply. */
  const products = Array.from({ length: 16 }, (_, i) => i + 1).reduce<number[]>(
    (acc, L) => [...acc, toFloat16((L === 1 ? 1 : acc[L - 2]) * 0.25)], []);

  it('is subnormal from L = 8, still 2⁻²⁴ at L = 12, and 0 from L = 13', () => {
    expect(products.findIndex((p) => p < MIN_NORMAL) + 1).toBe(8);
    expect(products[6]).toBe(MIN_NORMAL);
    expect(products[11]).toBe(MIN_SUBNORMAL);
    expect(products.findIndex((p) => p === 0) + 1).toBe(13);
    // 2⁻²⁶ is below half the smallest subnormal; 2⁻²⁵, exactly half, already ties to the even 0
    expect(toFloat16(2 ** -25)).toBe(0);
    const f16round = (Math as { f16round?: (x: number) => number }).f16round;
    if (f16round) for (let L = 1; L <= 16; L++) expect(f16round(0.25 ** L), `L = ${L}`).toBe(products[L - 1]);
  });

  it('quotes the same limits in both languages', () => {
    expect(MIN_NORMAL.toPrecision(2)).toBe('0.000061');
    expect((MIN_SUBNORMAL * 1e8).toPrecision(2)).toBe('6.0');
    for (const src of prose('problem')) {
      expect(src).toContain('2^{-14} \\approx 6.1 \\times 10^{-5}');
      expect(src).toContain('2^{-24} \\approx 6.0 \\times 10^{-8}');
      expect(src).toContain('$L = 8$');
      expect(src).toContain('$L = 13$');
      expect(src).toContain('<Cite k="micikevicius2018" />');
    }
  });
});

describe('chapter 1, the components figure with ReLU + He: gradient components that are exactly 0', () => {
  const HIDDEN_FROM = 4;
  const DEPTH = 10;
  /** Per hidden layer 4..10: fraction of exact zeros in ∂J/∂W, and the part due to neurons off on the whole batch. */
  function zeros(seed: number) {
    const state = { depth: DEPTH, activation: 'relu' as const, init: 'he-normal' as const, seed };
    const data = makeDataset(COMPONENTS_DATASET, COMPONENTS_BATCH, seed);
    const net = createNetwork(componentsConfig(state, data.input.cols, data.target.cols), COMPONENTS_BATCH);
    forwardBackward(net, data.input, data.target);
    /** True for neuron j of a hidden layer when its net input is ≤ 0 for every example (ReLU′ = 0 throughout). */
    const offAll = (k: number, j: number) => {
      const layer = net.layers[k];
      for (let b = 0; b < net.batch; b++) if (layer.Z[b * layer.fanOut + j] > 0) return false;
      return true;
    };
    const rows = [];
    for (let k = HIDDEN_FROM - 1; k < DEPTH; k++) {
      const { fanIn, fanOut, gW } = net.layers[k];
      let zero = 0;
      let fromOff = 0;
      for (let i = 0; i < fanIn; i++) for (let j = 0; j < fanOut; j++) {
        if (gW.data[i * fanOut + j] !== 0) continue;
        zero++;
        if ((k > 0 && offAll(k - 1, i)) || offAll(k, j)) fromOff++;
      }
      rows.push({ layer: k + 1, fraction: zero / (fanIn * fanOut), zero, fromOff });
    }
    return { rows, model: componentsModel(state) };
  }

  it('has 38–54 % zeros in hidden layers 4 to 10 with seed 1, 23–61 % over seeds 1–8, as the figure counts them', () => {
    const seed1 = zeros(1).rows.map((r) => r.fraction);
    expect(Math.round(100 * Math.min(...seed1))).toBe(38);
    expect(Math.round(100 * Math.max(...seed1))).toBe(54);
    const all = SEEDS.flatMap((seed) => {
      const { rows, model } = zeros(seed);
      // the figure's own count (its ▼ and its data table) agrees with the count made here
      for (const r of rows) expect(model.grads[r.layer - 1].zeros, `seed ${seed} layer ${r.layer}`).toBe(r.zero);
      return rows.map((r) => r.fraction);
    });
    expect(Math.round(100 * Math.min(...all))).toBe(23);
    expect(Math.round(100 * Math.max(...all))).toBe(61);
    for (const src of prose('problem')) for (const n of ['38 %', '54 %', '23 %', '61 %']) expect(src).toContain(n);
  });

  it('owes most of those zeros to neurons that are off for every example of the batch, for seeds 1–8', () => {
    for (const seed of SEEDS) {
      for (const r of zeros(seed).rows) expect(r.fromOff / r.zero, `seed ${seed} layer ${r.layer}`).toBeGreaterThan(0.5);
    }
  });
});

describe('further chapter, the length map worked by hand for ReLU', () => {
  const relu = ACTIVATIONS.relu;

  it('is q ↦ σ_w² q/2 + σ_b² for ReLU, with χ₁ = σ_w²/2', () => {
    for (const q of [0.1, 0.5, 1, 3]) for (const [sw, sb] of [[1, 0.5], [Math.SQRT2, 0], [2, 0.3]]) {
      expect(lengthMap(relu, q, sw, sb)).toBeCloseTo((sw * sw * q) / 2 + sb * sb, 10);
    }
    expect(meanField('relu', 1.7, 0.2).chi1).toBeCloseTo(1.7 ** 2 / 2, 10);
  });

  it('gives χ₁ = 1 and keeps every length for He (σ_w² = 2, no bias)', () => {
    expect(meanField('relu', Math.SQRT2, 0).chi1).toBeCloseTo(1, 10);
    for (const q of [0.3, 1, 2]) expect(lengthMap(relu, q, Math.SQRT2, 0)).toBeCloseTo(q, 10);
  });

  it('gives q* = 0.5 and χ₁ = 0.5 for σ_w = 1, σ_b = 0.5, as the product figure\'s caption reports', () => {
    // by hand: iterate q ← q/2 + 0.25 from the map's starting length
    let q = 1;
    for (let i = 0; i < 60; i++) q = q / 2 + 0.25;
    expect(q).toBeCloseTo(0.5, 12);
    const mf = meanField('relu', 1, 0.5);
    expect(mf.qStar).toBeCloseTo(0.5, 8);
    expect(mf.chi1).toBeCloseTo(0.5, 8);
    expect(Math.sqrt(0.5).toFixed(2)).toBe('0.71');
    const state = { ...PRODUCT_CODEC.defaults(), activation: 'relu' as const, sigmaW: 1, sigmaB: 0.5 };
    for (const lang of LANGS) {
      const t = PRODUCT_I18N[lang];
      expect(t.caption(captionParts(state, productModel(state), t))).toContain('χ₁ = 0.5.');
    }
    for (const src of prose('further')) {
      expect(src).toContain('q^{*} = 0.5');
      expect(src).toContain('\\chi_1 = 0.5');
      expect(src).toContain('\\sqrt{0.5} \\approx 0.71');
    }
  });

  it('makes ‖Δ‖ fall about three orders of magnitude from layer 20 to layer 1, for seeds 1–8', () => {
    const predicted = 19 * Math.log10(Math.sqrt(0.5)); // 19 layer-to-layer steps of √χ₁
    expect(predicted).toBeCloseTo(-2.86, 2);
    expect((Math.sqrt(0.5) ** 19).toPrecision(2)).toBe('0.0014');
    for (const src of prose('further')) expect(src).toContain('\\left(\\sqrt{0.5}\\right)^{19} \\approx 1.4 \\times 10^{-3}');
    const drops = SEEDS.map((seed) => {
      const d = productModel({ ...PRODUCT_CODEC.defaults(), activation: 'relu', sigmaW: 1, sigmaB: 0.5, seed });
      expect(d.depth).toBe(20);
      return log10Ratio(d.layers[0].deltaNorm, d.layers[d.depth - 1].deltaNorm);
    });
    for (const x of drops) expect(Math.abs(x + 3)).toBeLessThan(0.8);
    expect(Math.abs(median(drops) + 3)).toBeLessThan(0.4);
  });
});
