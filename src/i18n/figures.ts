// The chapters' figures: the id of each (an island's id, or a static figure's) and its short title, in both
// languages (en typed as the es shape). A figure's number ("Figura 1.2") is computed at build time
// (src/lib/remark-numbering.mjs), never written here.
import type { Lang } from './paths';

/** Every figure of the chapters, by the id it carries on the page (`<figure id="product">`). */
export const FIGURE_IDS = ['product', 'activations', 'components', 'skip-diagram', 'remedies', 'train', 'exploding', 'precision', 'phase', 'recurrent', 'memory'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

const es: Record<FigureId, string> = {
  product: 'El producto de derivadas de la ecuación (4)',
  activations: 'Funciones de activación y sus derivadas',
  components: 'Componentes del gradiente por capa',
  'skip-diagram': 'Salto de capa (skip layer)',
  remedies: 'Remedios lado a lado',
  train: 'Entrenar una red profunda',
  exploding: 'Explosión del gradiente',
  precision: 'Dónde se rinde cada formato numérico',
  phase: 'El borde del caos: diagrama de fases',
  recurrent: 'El error a través del tiempo en una red recurrente',
  memory: 'Una RNN y una GRU aprenden a recordar',
};

const en: typeof es = {
  product: 'The product of derivatives of equation (4)',
  activations: 'Activation functions and their derivatives',
  components: 'Gradient components by layer',
  'skip-diagram': 'Skip layer',
  remedies: 'Remedies side by side',
  train: 'Training a deep network',
  exploding: 'Exploding gradients',
  precision: 'Where each number format gives up',
  phase: 'The edge of chaos: a phase diagram',
  recurrent: 'The error through time in a recurrent network',
  memory: 'An RNN and a GRU learn to remember',
};

/** Figure titles by language and figure id. */
export const FIGURE_TITLES: Record<Lang, typeof es> = { es, en };
