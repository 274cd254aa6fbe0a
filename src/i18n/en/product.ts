// product: the English words, in the shape of the Spanish ones (src/i18n/es/product.ts).
import type { ProductCaptionParts } from '../product';
import type { ProductStrings } from '../product';

export const strings: ProductStrings = {
  controls: 'Figure controls',
  depth: 'Depth L (hidden layers)',
  activation: 'Activation g',
  init: 'Weight initialisation',
  sigmaW: 'σ_w (weight scale)',
  sigmaWFixed: 'set by the initialiser',
  sigmaB: 'σ_b (bias scale)',
  seed: 'Seed',
  layer: 'Focused layer l',
  walk: 'Δ walk-through buttons',
  equation: 'Equation (3) panel',
  bigLabel: 'Equation (4) product at layer 1',
  float32Holds: 'float32 holds',
  kinds: {
    normal: 'a normal number', subnormal: 'subnormal: digits lost', zero: 'exactly 0',
    infinite: '∞: overflowed', nan: 'NaN: no longer a number',
  },
  chart: {
    x: 'layer l', y: 'magnitude (log scale)',
    product: 'P_l', delta: '‖Δ⁽ˡ⁾‖', meanField: 'mean field ‖Δ⁽ᴸ⁾‖·χ₁^((L−l)/2)',
    subnormalZone: 'float32 subnormal', zeroZone: 'float32 rounds to 0', overflowZone: 'float32 overflows to ∞',
    pin: { zero: '0 (layers {range})', infinite: '∞ (layers {range})', nan: 'NaN (layers {range})',
      below: '< {bound} (layers {range})', above: '> {bound} (layers {range})' },
    series: { product: 'P_l', float32: 'P_l in float32', delta: '‖Δ‖' },
  },
  legend: [
    ['product', 'P_l: product of the mean derivatives g′ from layer L down to l (equation 4), in float64'],
    ['float32', '○ the same product in float32 when subnormal; ▲ at the edge: float32 holds 0'],
    ['delta', '‖Δ⁽ˡ⁾‖ of the network (current seed) and the band from quartile 1 to 3 over several seeds'],
    ['meanField', '- - mean-field prediction: ‖Δ‖ changes by a factor √χ₁ per layer'],
  ],
  eqTitle: (l: number) => `Equation (3) at layer ${l}`,
  eqNorms: 'Norms (Frobenius) with this network’s numbers:',
  eqMeanOp: '\\operatorname{mean}',
  eqRatio: 'ratio',
  eqMeanField: 'mean field √χ₁',
  eqProduct: 'Equation (4), one more factor:',
  eqOutput: 'output',
  stepStart: 'Walk Δ back from the output',
  stepNext: 'Next layer towards the input',
  stepStop: 'Stop',
  computing: (n: number) => `computing the band over ${n} seeds…`,
  bandReady: (n: number) => `band over ${n} seeds`,
  goalTask: 'Challenge: find the smallest depth L at which float32 holds exactly 0 at layer 1.',
  goalFound: (L: number) => `✓ You found it! With L = ${L} float32 holds exactly 0 at layer 1; with L = ${L - 1} it does not yet.`,
  table: {
    layer: 'Layer l', mean: 'mean g′', product: 'P_l (float64)', float32: 'P_l (float32)', delta: '‖Δ⁽ˡ⁾‖',
    meanField: 'mean field', q1: 'band q1', q3: 'band q3',
  },
  tableCaption: 'Per layer: mean derivative, the equation (4) product in float64 and float32, ‖Δ⁽ˡ⁾‖ and its mean-field prediction.',
  caption: (c: ProductCaptionParts) => {
    const f32 = c.float32Kind === 'normal' ? `float32 holds it fine (${c.float32})`
      : c.float32Kind === 'subnormal' ? `float32 holds it only as a subnormal (${c.float32}), with digits lost`
        : c.float32Kind === 'zero' ? 'float32 rounds it to exactly 0'
          : c.float32Kind === 'infinite' ? 'float32 overflows to ∞' : 'float32 gives NaN';
    return `With L = ${c.depth} hidden layers, ${c.activation} activation and ${c.init} initialisation (seed ${c.seed}), `
      + `the equation (4) product at layer 1 is ${c.product} (the sigmoid’s best-case bound 0.25^L is ${c.bound}); `
      + `${f32}. ‖Δ⁽¹⁾‖ = ${c.delta}; mean field gives χ₁ = ${c.chi1}.`;
  },
  aria: (c: ProductCaptionParts) => `Log-scale chart per layer of the product of derivatives and of ‖Δ‖. At layer 1 the product is ${c.product}.`,
  initNames: {
    normal: 'normal N(0, σ_w²/n)', uniform: 'uniform (variance σ_w²/n)', 'xavier-normal': 'Xavier normal',
    'xavier-uniform': 'Xavier uniform', 'he-normal': 'He normal', 'he-uniform': 'He uniform',
    'lecun-normal': 'LeCun normal', orthogonal: 'orthogonal (gain σ_w)', standard: 'standard U(±1/√n)',
  },
  activationNames: {
    sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', 'leaky-relu': 'leaky ReLU', elu: 'ELU', gelu: 'GELU',
    softplus: 'softplus', silu: 'SiLU', linear: 'linear',
  },
};
