// components: the English words, in the shape of the Spanish ones (src/i18n/es/components.ts).
import type { ComponentsStrings } from '../components';

export const strings: ComponentsStrings = {
  heading: 'Gradient components',
  depth: 'Depth L (hidden layers)',
  activation: 'Activation g',
  init: 'Weight initialisation',
  seed: 'Seed',
  showData: 'Show the data (quantiles per layer)',
  chart: {
    weights: 'Weights |W|',
    grads: 'Gradient components |∂J/∂W|',
    x: 'layer l (L + 1 = output)',
    y: 'magnitude (log scale)',
  },
  legend: 'Per layer: thin line from the 1st to the 99th percentile, thick bar from the 1st to the 3rd quartile, a tick in the text colour at the median; ▼ marks components below 10⁻³² or equal to 0.',
  table: {
    panel: 'Magnitude', layer: 'Layer', count: 'n', zeros: 'zeros', p01: 'p1', q1: 'q1', median: 'median', q3: 'q3', p99: 'p99',
  },
  output: 'output',
  times: (m) => `${m} times`,
  caption: (c) => {
    const cmp = c.direction === 'zero'
      ? `is exactly 0 (it underflowed or its units are dead), while at layer ${c.last} (output) it is ${c.lastMedian}`
      : c.direction === 'same'
        ? `is about the size of layer ${c.last}'s (output) (factor ${c.factor})`
        : `is about ${c.orders} orders of magnitude (${c.factor} times) ${c.direction} than at layer ${c.last} (output)`;
    return `With L = ${c.depth} hidden layers, ${c.activation} activation and ${c.init} initialisation (seed ${c.seed}), `
      + `the median gradient component ∂J/∂W at layer 1 ${cmp}, `
      + `while the median weights differ by a factor of ${c.weightFactor}.`;
  },
  ariaIntro: 'Two panels of per-layer magnitudes on a log scale: weights on the left, gradient components on the right.',
  lecture: 'Left: the weights\' magnitudes, for comparison. Right: the first components of the gradient (left) have much smaller magnitudes than those near the output (right).',
  initNames: {
    normal: 'normal', uniform: 'uniform', 'xavier-normal': 'Xavier normal', 'xavier-uniform': 'Xavier uniform',
    'he-normal': 'He normal', 'he-uniform': 'He uniform', 'lecun-normal': 'LeCun normal', orthogonal: 'orthogonal',
    standard: 'standard',
  },
  activationNames: {
    sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', 'leaky-relu': 'leaky ReLU', elu: 'ELU', gelu: 'GELU',
    softplus: 'softplus', silu: 'SiLU', linear: 'linear',
  },
};
