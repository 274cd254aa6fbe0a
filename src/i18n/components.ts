// Words of the "gradient components" island, in both languages (en typed as the es shape).
import type { ActivationName, InitName } from '../engine/types';

const es = {
  heading: 'Componentes del gradiente',
  depth: 'Profundidad L (capas ocultas)',
  activation: 'Activación g',
  init: 'Inicialización de los pesos',
  seed: 'Semilla',
  showData: 'Ver los datos (cuantiles por capa)',
  chart: {
    weights: 'Pesos |W|',
    grads: 'Componentes del gradiente |∂J/∂W|',
    x: 'capa l (L + 1 = salida)',
    y: 'magnitud (escala log)',
  },
  legend: 'Por capa: línea fina del percentil 1 al 99, barra gruesa del cuartil 1 al 3, raya del color del texto en la mediana; ▼ marca componentes por debajo de 10⁻³² o iguales a 0.',
  table: {
    panel: 'Magnitud', layer: 'Capa', count: 'n', zeros: 'ceros', p01: 'p1', q1: 'q1', median: 'mediana', q3: 'q3', p99: 'p99',
  },
  output: 'salida',
  times: (m: string) => `${m} veces`,
  caption: (c: CaptionParts) => {
    const cmp = c.direction === 'zero'
      ? `es exactamente 0 (se desbordó por abajo o sus unidades están muertas), mientras que en la capa ${c.last} (salida) es ${c.lastMedian}`
      : c.direction === 'same'
        ? `es de tamaño parecido a la de la capa ${c.last} (salida) (factor ${c.factor})`
        : `es unos ${c.orders} órdenes de magnitud (${c.factor} veces) ${c.direction === 'smaller' ? 'menor' : 'mayor'} que en la capa ${c.last} (salida)`;
    return `Con L = ${c.depth} capas ocultas, activación ${c.activation} e inicialización ${c.init} (semilla ${c.seed}), `
      + `la mediana de las componentes del gradiente ∂J/∂W en la capa 1 ${cmp}, `
      + `mientras que las medianas de los pesos difieren en un factor de ${c.weightFactor}.`;
  },
  ariaIntro: 'Dos paneles de magnitudes por capa en escala logarítmica: a la izquierda los pesos, a la derecha las componentes del gradiente.',
  lecture: 'Izquierda: magnitudes de los pesos, como punto de comparación. Derecha: las primeras componentes del gradiente (a la izquierda) tienen magnitudes mucho más pequeñas que las cercanas a la salida (a la derecha).',
  initNames: {
    normal: 'normal', uniform: 'uniforme', 'xavier-normal': 'Xavier normal', 'xavier-uniform': 'Xavier uniforme',
    'he-normal': 'He normal', 'he-uniform': 'He uniforme', 'lecun-normal': 'LeCun normal', orthogonal: 'ortogonal',
    standard: 'estándar',
  } as Record<InitName, string>,
  activationNames: {
    sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU', 'leaky-relu': 'ReLU con fuga', elu: 'ELU', gelu: 'GELU',
    softplus: 'softplus', silu: 'SiLU', linear: 'lineal',
  } as Record<ActivationName, string>,
};

/** The numbers a caption quotes, already formatted. */
export interface CaptionParts {
  depth: number; activation: string; init: string; seed: number;
  last: number;
  direction: 'smaller' | 'larger' | 'same' | 'zero';
  orders: string; factor: string; lastMedian: string; weightFactor: string;
}

const en: typeof es = {
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

export const COMPONENTS_I18N = { es, en };
export type ComponentsStrings = typeof es;
