// activations: the English words, in the shape of the Spanish ones (src/i18n/es/activations.ts).
import type { ActivationsStrings } from '../activations';

export const strings: ActivationsStrings = {
  names: {
    sigmoid: 'sigmoid', tanh: 'hyperbolic tangent (tanh)', relu: 'ReLU', 'leaky-relu': 'leaky ReLU', elu: 'ELU',
    gelu: 'GELU', softplus: 'softplus', silu: 'SiLU (swish)', linear: 'linear (identity)',
  },
  fnLabel: 'Activation function',
  figure: 'Figure',
  panels: 'the function g(z) on the left (on top on narrow screens) and its derivative g′(z) on the right (below).',
  shaded: 'Shaded: where |g′(z)| is below',
  shadedTail: 'of its maximum; there the gradient flowing back is all but erased.',
  chartLabel: 'Plots of g(z) and of its derivative g′(z) for the',
  rangeWord: 'with z from',
  to: 'to',
  peak: 'The largest g′ is',
  peakAt: 'at z =',
  sup: 'g′ approaches',
  supTail: 'without reaching it',
  flat: '|g′| is nearly zero (below',
  flatTail: ') for',
  noFlat: '|g′| is never nearly zero in this range.',
  dataCaption: 'Sampled values of g and g′',
};
