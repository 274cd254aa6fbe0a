// Words of the activation figure, in both languages.
import type { ActivationName } from '../engine';

const es = {
  names: {
    sigmoid: 'sigmoide', tanh: 'tangente hiperbólica (tanh)', relu: 'ReLU', 'leaky-relu': 'ReLU con fuga (leaky ReLU)',
    elu: 'ELU', gelu: 'GELU', softplus: 'softplus', silu: 'SiLU (swish)', linear: 'lineal (identidad)',
  } as Record<ActivationName, string>,
  fnLabel: 'Función de activación',
  figure: 'Figura',
  panels: 'la función g(z) a la izquierda (arriba en pantallas angostas) y su derivada g′(z) a la derecha (abajo).',
  shaded: 'Sombreado: donde |g′(z)| es menor que el',
  shadedTail: 'de su máximo; ahí el gradiente que vuelve hacia atrás casi se borra.',
  chartLabel: 'Gráficas de g(z) y de su derivada g′(z) para la función',
  rangeWord: 'con z de',
  to: 'a',
  peak: 'El máximo de g′ es',
  peakAt: 'en z =',
  sup: 'g′ se acerca a',
  supTail: 'sin alcanzarlo',
  flat: '|g′| es casi cero (menor que',
  flatTail: ') para',
  noFlat: '|g′| nunca es casi cero en este intervalo.',
  dataCaption: 'Valores de g y g′ muestreados',
};

/** Labels of the activation figure; `en` has the same keys as `es`. */
export const ACTIVATIONS_I18N: { es: typeof es; en: typeof es } = {
  es,
  en: {
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
  },
};

/** The strings of one language. */
export type ActivationsStrings = typeof es;
