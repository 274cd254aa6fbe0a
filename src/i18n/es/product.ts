// product: the Spanish words (src/i18n/product.ts has both languages and the types; an island bundles one).
import type { ActivationName, InitName } from '../../engine/types';
import type { Float32Kind } from '../../sims/product/model';
import type { PinKind, Series } from '../../charts/product-points';
import type { ProductCaptionParts } from '../product';

export const strings = {
  controls: 'Controles de la figura',
  depth: 'Profundidad L (capas ocultas)',
  activation: 'Activación g',
  init: 'Inicialización de los pesos',
  sigmaW: 'σ_w (escala de los pesos)',
  sigmaWFixed: 'la fija la inicialización',
  sigmaB: 'σ_b (escala de los sesgos)',
  seed: 'Semilla',
  layer: 'Capa enfocada l',
  walk: 'Botones del recorrido de Δ',
  equation: 'Panel de la ecuación (3)',
  bigLabel: 'Producto de la ecuación (4) en la capa 1',
  float32Holds: 'float32 guarda',
  kinds: {
    normal: 'un número normal', subnormal: 'subnormal: pierde dígitos', zero: 'exactamente 0',
    infinite: '∞: se desbordó', nan: 'NaN: ya no es un número',
  } as Record<Float32Kind, string>,
  chart: {
    x: 'capa l', y: 'magnitud (escala log)',
    product: 'P_l', delta: '‖Δ⁽ˡ⁾‖', meanField: 'campo medio ‖Δ⁽ᴸ⁾‖·χ₁^((L−l)/2)',
    subnormalZone: 'float32 subnormal', zeroZone: 'float32 redondea a 0', overflowZone: 'float32 se desborda a ∞',
    pin: { zero: '0 (capas {range})', infinite: '∞ (capas {range})', nan: 'NaN (capas {range})',
      below: '< {bound} (capas {range})', above: '> {bound} (capas {range})' } as Record<PinKind, string>,
    series: { product: 'P_l', float32: 'P_l en float32', delta: '‖Δ‖' } as Record<Series, string>,
  },
  legend: [
    ['product', 'P_l: producto de las derivadas medias g′ desde la capa L hasta l (ecuación 4), en float64'],
    ['float32', '○ el mismo producto en float32 cuando es subnormal; ▲ en el borde: float32 guarda 0'],
    ['delta', '‖Δ⁽ˡ⁾‖ de la red (semilla actual) y banda del cuartil 1 al 3 sobre varias semillas'],
    ['meanField', '- - predicción de campo medio: ‖Δ‖ cambia un factor √χ₁ por capa'],
  ] as [string, string][],
  eqTitle: (l: number) => `Ecuación (3) en la capa ${l}`,
  eqNorms: 'Normas (Frobenius) con los números de esta red:',
  /** the mean of eq. (4)'s factors, as TeX (rendered by KaTeX at build time: mean g′(Z⁽ˡ⁾)) */
  eqMeanOp: '\\operatorname{media}',
  eqRatio: 'cociente',
  eqMeanField: 'campo medio √χ₁',
  eqProduct: 'Ecuación (4), un factor más:',
  eqOutput: 'salida',
  stepStart: 'Recorrer Δ desde la salida',
  stepNext: 'Capa siguiente hacia la entrada',
  stepStop: 'Detener',
  computing: (n: number) => `calculando la banda de ${n} semillas…`,
  bandReady: (n: number) => `banda de ${n} semillas`,
  goalTask: 'Reto: encuentra la menor profundidad L en la que float32 guarda exactamente 0 en la capa 1.',
  goalFound: (L: number) => `✓ ¡Lo encontraste! Con L = ${L} float32 guarda exactamente 0 en la capa 1; con L = ${L - 1} todavía no.`,
  table: {
    layer: 'Capa l', mean: 'media g′', product: 'P_l (float64)', float32: 'P_l (float32)', delta: '‖Δ⁽ˡ⁾‖',
    meanField: 'campo medio', q1: 'banda q1', q3: 'banda q3',
  },
  tableCaption: 'Por capa: derivada media, producto de la ecuación (4) en float64 y en float32, ‖Δ⁽ˡ⁾‖ y su predicción de campo medio.',
  caption: (c: ProductCaptionParts) => {
    const f32 = c.float32Kind === 'normal' ? `float32 lo guarda bien (${c.float32})`
      : c.float32Kind === 'subnormal' ? `float32 ya solo lo guarda como subnormal (${c.float32}), con dígitos perdidos`
        : c.float32Kind === 'zero' ? 'float32 lo redondea a exactamente 0'
          : c.float32Kind === 'infinite' ? 'float32 se desborda a ∞' : 'float32 da NaN';
    return `Con L = ${c.depth} capas ocultas, activación ${c.activation} e inicialización ${c.init} (semilla ${c.seed}), `
      + `el producto de la ecuación (4) en la capa 1 vale ${c.product} (la cota 0.25^L del mejor caso de la sigmoide es ${c.bound}); `
      + `${f32}. ‖Δ⁽¹⁾‖ = ${c.delta}; el campo medio da χ₁ = ${c.chi1}.`;
  },
  aria: (c: ProductCaptionParts) => `Gráfica logarítmica por capa del producto de derivadas y de ‖Δ‖. En la capa 1 el producto vale ${c.product}.`,
  initNames: {
    normal: 'normal N(0, σ_w²/n)', uniform: 'uniforme (varianza σ_w²/n)', 'xavier-normal': 'Xavier normal',
    'xavier-uniform': 'Xavier uniforme', 'he-normal': 'He normal', 'he-uniform': 'He uniforme',
    'lecun-normal': 'LeCun normal', orthogonal: 'ortogonal (ganancia σ_w)', standard: 'estándar U(±1/√n)',
  } as Record<InitName, string>,
  activationNames: {
    sigmoid: 'sigmoide', tanh: 'tanh', relu: 'ReLU', 'leaky-relu': 'ReLU con fuga', elu: 'ELU', gelu: 'GELU',
    softplus: 'softplus', silu: 'SiLU', linear: 'lineal',
  } as Record<ActivationName, string>,
};
