// Labels and caption sentences of the remedies island, Spanish first (the lecture's language).
import type { RemediesFacts } from '../sims/remedies/caption';

type Trend = RemediesFacts['trend'];
const TREND_ES: Record<Trend, (f: RemediesFacts) => string> = {
  vanishes: () => 'El gradiente aún se desvanece hacia la entrada.',
  flat: (f) => `‖Δ‖ en la capa 1 queda a menos de un orden de magnitud del de la capa ${f.depth}.`,
  grows: () => 'Ahora ‖Δ‖ crece hacia la entrada, más de un orden de magnitud.',
};
const TREND_EN: Record<Trend, (f: RemediesFacts) => string> = {
  vanishes: () => 'The gradient still vanishes toward the input.',
  flat: (f) => `‖Δ‖ at layer 1 stays within one order of magnitude of layer ${f.depth}.`,
  grows: () => 'Now ‖Δ‖ grows toward the input, by more than one order of magnitude.',
};

const es = {
  title: 'Remedios lado a lado',
  depth: 'Profundidad L (capas ocultas)',
  relu: 'ReLU (en vez de sigmoide, inicialización de He)',
  batchNorm: 'Normalización por lotes',
  residual: 'Conexiones residuales',
  residualNone: 'ninguna',
  residualIdentity: 'identidad fija',
  residualTrainable: 'matriz entrenable',
  skipInit: 'Inicio de la matriz de salto',
  skipIdentity: 'identidad',
  skipRandom: 'aleatorio',
  seed: 'Semilla',
  presets: 'Ajustes rápidos',
  presetPlain: 'simple',
  presetRelu: 'ReLU',
  presetReluBn: 'ReLU + BN',
  presetResnet: 'ResNet',
  plain: 'red simple (sigmoide)',
  remedied: 'red con remedios',
  xLabel: 'capa l',
  yLabel: '‖Δ⁽ˡ⁾‖ (no ∂J/∂W), escala log',
  computing: 'calculando…',
  median: 'mediana de ‖Δ‖',
  figureTitle: 'Remedios lado a lado: ‖Δ⁽ˡ⁾‖ por capa de la red simple y de la red con remedios.',
  chartLabel: (f: RemediesFacts) =>
    `Norma de Δ por capa, de 1 a ${f.depth}: red simple en gris, red con remedios en color.`,
  caption: (f: RemediesFacts): string => {
    const parts = [
      `‖Δ⁽ˡ⁾‖ por capa (mediana y cuartiles de ${f.seeds} semillas), profundidad ${f.depth}.`,
      f.plainZero
        ? `Red simple (sigmoide, Xavier): ‖Δ‖ en la capa 1 es exactamente 0 en float32 (subdesbordamiento).`
        : `Red simple (sigmoide, Xavier): ‖Δ‖ en la capa 1 es ${f.plainRatio} veces el de la capa ${f.depth}.`,
    ];
    if (f.same) parts.push('Sin remedios activados, las dos redes coinciden.');
    else if (f.remediedZero) parts.push('Con los remedios elegidos también es 0 en float32.');
    else parts.push(`Con los remedios elegidos: ${f.remediedRatio} veces.`);
    if (f.bnGrows) {
      parts.push(`Con normalización por lotes y sin conexiones residuales, ‖Δ‖ en la capa 1 es ${f.growth} veces mayor que en la capa ${f.depth}: al inicializar, la normalización sola hace crecer el gradiente hacia la entrada (Yang et al. 2019).`);
    }
    if (f.randomSkip) {
      parts.push(`Una matriz de salto aleatoria no conserva el «+1» de la identidad: el camino del salto multiplica Δ por una matriz al azar en vez de pasarlo intacto (aquí ${f.remediedRatio} veces; con la identidad, ${f.identityRatio} veces).`);
    }
    if (!f.same && !f.bnGrows) parts.push(TREND_ES[f.trend](f));
    return parts.join(' ');
  },
};

const en: typeof es = {
  title: 'Remedies side by side',
  depth: 'Depth L (hidden layers)',
  relu: 'ReLU (instead of sigmoid, He init)',
  batchNorm: 'Batch normalisation',
  residual: 'Residual links',
  residualNone: 'none',
  residualIdentity: 'fixed identity',
  residualTrainable: 'trainable matrix',
  skipInit: 'Skip matrix initialised at',
  skipIdentity: 'identity',
  skipRandom: 'random',
  seed: 'Seed',
  presets: 'Presets',
  presetPlain: 'plain',
  presetRelu: 'ReLU',
  presetReluBn: 'ReLU + BN',
  presetResnet: 'ResNet',
  plain: 'plain network (sigmoid)',
  remedied: 'remedied network',
  xLabel: 'layer l',
  yLabel: '‖Δ⁽ˡ⁾‖ (not ∂J/∂W), log scale',
  computing: 'computing…',
  median: 'median ‖Δ‖',
  figureTitle: 'Remedies side by side: per-layer ‖Δ⁽ˡ⁾‖ of the plain and the remedied network.',
  chartLabel: (f: RemediesFacts) =>
    `Norm of Δ per layer, 1 to ${f.depth}: plain network in grey, remedied network in colour.`,
  caption: (f: RemediesFacts): string => {
    const parts = [
      `‖Δ⁽ˡ⁾‖ per layer (median and quartiles over ${f.seeds} seeds), depth ${f.depth}.`,
      f.plainZero
        ? `Plain network (sigmoid, Xavier): ‖Δ‖ at layer 1 is exactly 0 in float32 (underflow).`
        : `Plain network (sigmoid, Xavier): ‖Δ‖ at layer 1 is ${f.plainRatio} times that at layer ${f.depth}.`,
    ];
    if (f.same) parts.push('With no remedy switched on, both networks are the same.');
    else if (f.remediedZero) parts.push('With the chosen remedies it is 0 in float32 too.');
    else parts.push(`With the chosen remedies: ${f.remediedRatio} times.`);
    if (f.bnGrows) {
      parts.push(`With batch norm and no skip links, ‖Δ‖ at layer 1 is ${f.growth}× larger than at layer ${f.depth}: at initialisation, batch norm alone makes the gradient grow toward the input (Yang et al. 2019).`);
    }
    if (f.randomSkip) {
      parts.push(`A randomly initialised skip matrix does not keep the identity’s “+1”: the skip path multiplies Δ by a random matrix instead of passing it on unchanged (here ${f.remediedRatio} times; with the identity, ${f.identityRatio} times).`);
    }
    if (!f.same && !f.bnGrows) parts.push(TREND_EN[f.trend](f));
    return parts.join(' ');
  },
};

/** Labels of the remedies island per language. */
export const REMEDIES_I18N = { es, en };
export type RemediesStrings = typeof es;
