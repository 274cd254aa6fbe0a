// Labels and caption sentences of the exploding island, Spanish first.
import type { ExplodingFacts } from '../sims/exploding/caption';

const TREND_ES: Record<ExplodingFacts['trend'], string> = {
  grows: 'El gradiente explota hacia la entrada.',
  flat: 'Queda dentro de un orden de magnitud: el gradiente está domado.',
  vanishes: 'Ahora se desvanece hacia la entrada (más de un orden de magnitud).',
};
const TREND_EN: Record<ExplodingFacts['trend'], string> = {
  grows: 'The gradient explodes toward the input.',
  flat: 'It stays within one order of magnitude: the gradient is tamed.',
  vanishes: 'Now it vanishes toward the input (by more than one order of magnitude).',
};

const es = {
  title: 'Explosión del gradiente',
  depth: 'Profundidad L (capas ocultas)',
  activation: 'Activación',
  sigmaW: 'σ_w (escala de los pesos)',
  sigmaWIgnored: 'la inicialización elegida fija su propia escala',
  init: 'Inicialización',
  initNames: { normal: 'normal N(0, σ_w²/n)', 'xavier-normal': 'Xavier (Glorot)', 'he-normal': 'He (Kaiming)' } as Record<string, string>,
  clipOn: 'Recorte del gradiente (norma global)',
  clip: 'Umbral c',
  seed: 'Semilla',
  figureTitle: 'Explosión del gradiente: ‖Δ⁽ˡ⁾‖ y ‖∂J/∂W⁽ˡ⁾‖ por capa, con y sin recorte.',
  xLabel: 'capa l',
  yLabel: 'norma por capa, escala log',
  delta: '‖Δ⁽ˡ⁾‖ (error retropropagado)',
  gradRaw: '‖∂J/∂W⁽ˡ⁾‖ sin recortar',
  gradClipped: '‖∂J/∂W⁽ˡ⁾‖ recortado (el paso)',
  overflow: '∞ desbordamiento float32',
  nan: 'NaN',
  eqTitle: 'Ecuación (5) en la capa 1',
  eqProduct: 'solo las derivadas: ∏ media g′(Z)',
  eqRatio: 'con los pesos: ‖Δ⁽¹⁾‖ / ‖Δ⁽ᴸ⁾‖',
  eqDelta: 'valor float32 de ‖Δ⁽¹⁾‖',
  eqGain: 'factor medio por capa',
  eqChi: 'campo medio χ₁ = σ_w² E[g′(z)²]',
  clipTitle: 'Recorte',
  clipRaw: 'norma global del gradiente',
  clipAfter: 'norma del paso recortado',
  clipCos: 'coseno entre ambos (dirección)',
  chartLabel: (f: ExplodingFacts) => `Normas por capa de 1 a ${f.depth}, escala logarítmica fija.`,
  caption: (f: ExplodingFacts): string => {
    const p = [`${f.activation}, ${f.init === 'normal' ? `σ_w = ${f.sigmaW}` : f.init}, profundidad ${f.depth}.`];
    if (f.forwardOverflow !== null) p.push(`La pasada hacia adelante ya desborda float32 ${f.forwardOverflow === 'output' ? 'en la salida' : `en la capa ${f.forwardOverflow}`}: las activaciones llegan a ∞, y el costo y todo lo que se retropropaga de él es ∞ o NaN (${f.brokenLayers} capas sin ‖Δ‖ finito). Es la señal hacia adelante la que explota, antes que el gradiente.`);
    else if (f.status === 'overflow') p.push(`‖Δ‖ desborda float32: en la capa 1 vale ∞ (${f.brokenLayers} capas sin valor finito).`);
    else if (f.status === 'nan') p.push(`‖Δ‖ desborda float32 y se vuelve NaN (∞ − ∞, 0·∞): ${f.brokenLayers} capas sin valor finito.`);
    else p.push(`‖Δ‖ en la capa 1 es ${f.ratio} veces el de la capa ${f.depth} (factor medio ${f.gain} por capa; el campo medio da χ₁ = ${f.chi1} ${f.chiSide} 1).`);
    if (f.status === 'finite') p.push(TREND_ES[f.trend]);
    if (f.productBelowOne && f.trend === 'grows') p.push(`Las derivadas solas (ecuación (5)) multiplican a ${f.product}: son los pesos los que llevan el factor de cada capa por encima de 1.`);
    if (f.clipOn && f.clipSkipped) p.push('El gradiente no es finito: el recorte no puede reescalarlo y el paso se omite.');
    else if (f.clipOn) p.push(`Recorte en c = ${f.clip}: la norma del paso baja de ${f.rawNorm} a ${f.clippedNorm} y la dirección se conserva (coseno ${f.cosine}). El recorte limita el paso; no cambia la forma: la capa 1 sigue recibiendo ${f.clippedShape} veces el gradiente de la capa ${f.depth}.`);
    return p.join(' ');
  },
};

const en: typeof es = {
  title: 'Exploding gradients',
  depth: 'Depth L (hidden layers)',
  activation: 'Activation',
  sigmaW: 'σ_w (weight scale)',
  sigmaWIgnored: 'the chosen initialiser sets its own scale',
  init: 'Initialiser',
  initNames: { normal: 'normal N(0, σ_w²/n)', 'xavier-normal': 'Xavier (Glorot)', 'he-normal': 'He (Kaiming)' },
  clipOn: 'Gradient clipping (global norm)',
  clip: 'Threshold c',
  seed: 'Seed',
  figureTitle: 'Exploding gradients: per-layer ‖Δ⁽ˡ⁾‖ and ‖∂J/∂W⁽ˡ⁾‖, with and without clipping.',
  xLabel: 'layer l',
  yLabel: 'norm per layer, log scale',
  delta: '‖Δ⁽ˡ⁾‖ (backpropagated error)',
  gradRaw: '‖∂J/∂W⁽ˡ⁾‖ unclipped',
  gradClipped: '‖∂J/∂W⁽ˡ⁾‖ clipped (the step)',
  overflow: '∞ float32 overflow',
  nan: 'NaN',
  eqTitle: 'Equation (5) at layer 1',
  eqProduct: 'derivatives alone: ∏ mean g′(Z)',
  eqRatio: 'with the weights: ‖Δ⁽¹⁾‖ / ‖Δ⁽ᴸ⁾‖',
  eqDelta: 'float32 value of ‖Δ⁽¹⁾‖',
  eqGain: 'mean factor per layer',
  eqChi: 'mean field χ₁ = σ_w² E[g′(z)²]',
  clipTitle: 'Clipping',
  clipRaw: 'global gradient norm',
  clipAfter: 'norm of the clipped step',
  clipCos: 'cosine between them (direction)',
  chartLabel: (f: ExplodingFacts) => `Norms per layer, 1 to ${f.depth}, fixed log scale.`,
  caption: (f: ExplodingFacts): string => {
    const p = [`${f.activation}, ${f.init === 'normal' ? `σ_w = ${f.sigmaW}` : f.init}, depth ${f.depth}.`];
    if (f.forwardOverflow !== null) p.push(`The forward pass already overflows float32 ${f.forwardOverflow === 'output' ? 'at the output' : `at layer ${f.forwardOverflow}`}: the activations reach ∞, and the cost and everything backpropagated from it is ∞ or NaN (${f.brokenLayers} layers without a finite ‖Δ‖). Here the forward signal explodes before the gradient does.`);
    else if (f.status === 'overflow') p.push(`‖Δ‖ overflows float32: at layer 1 it is ∞ (${f.brokenLayers} layers without a finite value).`);
    else if (f.status === 'nan') p.push(`‖Δ‖ overflows float32 and turns into NaN (∞ − ∞, 0·∞): ${f.brokenLayers} layers without a finite value.`);
    else p.push(`‖Δ‖ at layer 1 is ${f.ratio} times that at layer ${f.depth} (mean factor ${f.gain} per layer; mean field gives χ₁ = ${f.chi1} ${f.chiSide} 1).`);
    if (f.status === 'finite') p.push(TREND_EN[f.trend]);
    if (f.productBelowOne && f.trend === 'grows') p.push(`The derivatives alone (equation (5)) multiply to ${f.product}: it is the weights that push each layer's factor above 1.`);
    if (f.clipOn && f.clipSkipped) p.push('The gradient is not finite: clipping cannot rescale it, and the step is skipped.');
    else if (f.clipOn) p.push(`Clipping at c = ${f.clip}: the step's norm drops from ${f.rawNorm} to ${f.clippedNorm} and its direction is kept (cosine ${f.cosine}). Clipping caps the step; it does not change the shape: layer 1 still gets ${f.clippedShape} times layer ${f.depth}'s gradient.`);
    return p.join(' ');
  },
};

/** Labels of the exploding island per language. */
export const EXPLODING_I18N = { es, en };
export type ExplodingStrings = typeof es;
