// activations: the Spanish words (src/i18n/activations.ts has both languages and the types; an island bundles one).
import type { ActivationName } from '../../engine';

export const strings = {
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
