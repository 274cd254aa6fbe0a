// components: the Spanish words (src/i18n/components.ts has both languages and the types; an island bundles one).
import type { ActivationName, InitName } from '../../engine/types';
import type { CaptionParts } from '../components';

export const strings = {
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
