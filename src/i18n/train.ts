// Labels and caption sentences of the "train it" island, Spanish first (the lecture's language).
import type { TrainFacts } from '../sims/train/caption';
import { superscript } from '../sims/format';

const sup = superscript;
const pct = (n: number | null) => (n === null ? '—' : `${n} %`);
const num = (n: number | null) => (n === null ? '—' : n.toFixed(3));

const es = {
  dataset: 'Datos',
  datasets: { spirals: 'espirales', circles: 'círculos', xor: 'XOR', moons: 'lunas' },
  depth: 'Profundidad L (capas ocultas)',
  width: 'Anchura (neuronas por capa)',
  activation: 'Activación',
  batchNorm: 'Normalización por lotes',
  residual: 'Conexiones residuales',
  residuals: { none: 'ninguna', identity: 'identidad fija', trainable: 'matriz entrenable' },
  optimizer: 'Optimizador',
  optimizers: { sgd: 'descenso por gradiente (ec. 1)', momentum: 'momento', adam: 'Adam' },
  lr: 'Tasa de aprendizaje α',
  batch: 'Tamaño del lote',
  seed: 'Semilla',
  presets: 'Ajustes rápidos',
  presetNames: { sigmoid: 'sigmoide profunda', 'relu-bn': 'ReLU + norm. por lotes', 'relu-residual': 'ReLU + residual' },
  play: 'Entrenar',
  pause: 'Pausa',
  step: 'Un paso',
  restart: 'Reiniciar',
  restartHint: 'Vuelve a los pesos iniciales (misma semilla) y al paso 0',
  stepCount: 'Paso',
  loss: 'Costo',
  accuracy: 'Exactitud',
  speed: 'pasos/s',
  /** Read out (role=status) when training starts and when it pauses: the counters are silent while it runs. */
  announcePlaying: 'Entrenando. Los números se leen al pausar.',
  announcePaused: (f: TrainFacts) => `En pausa en el paso ${f.step}: costo ${num(f.loss)}, exactitud ${pct(f.accuracy)}.`,
  mainThread: 'Sin Web Workers: se entrena en el hilo principal, a trozos y más despacio.',
  diverged: 'El entrenamiento divergió (el costo dejó de ser finito). Baja la tasa de aprendizaje o reinicia.',
  boundaryX: 'x₁',
  boundaryY: 'x₂',
  lossX: 'paso de entrenamiento',
  lossY: 'costo (entropía cruzada)',
  chance: 'azar: ln 2',
  gradsX: 'paso de entrenamiento',
  gradsY: 'capa l',
  gradsLegend: '‖∂J/∂W⁽ˡ⁾‖ (Frobenius), escala log',
  gradsEmpty: 'Pulsa «Entrenar» para ver los gradientes',
  boundaryTitle: 'Frontera de decisión',
  lossTitle: 'Costo',
  gradsTitle: 'Norma del gradiente por capa',
  tableStep: 'paso',
  tableLoss: 'costo medio',
  tableLayer: (l: number, out: boolean) => (out ? `log₁₀‖∂J/∂W‖ salida` : `log₁₀‖∂J/∂W‖ capa ${l}`),
  figureTitle: 'Entrénala: una red profunda aprende (o no) a separar dos clases en el plano.',
  boundaryAria: (step: number) => `Frontera de decisión de la red sobre los puntos de entrenamiento (azul: clase 0, círculos; naranja: clase 1, triángulos), paso ${step}.`,
  lossAria: (step: number, loss: number) => `Curva del costo hasta el paso ${step}; costo reciente ${Number.isFinite(loss) ? loss.toFixed(3) : '—'}.`,
  gradsAria: (layers: number) => `Mapa de calor de la norma del gradiente por capa y paso, ${layers} capas (la última es la de salida).`,
  caption: (f: TrainFacts, activation: string): string => {
    if (f.step === 0) {
      return `Red de ${f.depth} capas ocultas (${activation}) sin entrenar: la frontera inicial sobre los datos. Pulsa «Entrenar».`;
    }
    const parts = [`Paso ${f.step}: costo ${num(f.loss)} (azar: ${f.chance}), exactitud ${pct(f.accuracy)}.`];
    if (f.diverged) parts.push('El entrenamiento divergió.');
    else if (f.stalled) parts.push('La red no aprende: el costo sigue en ln 2.');
    if (f.gradGap !== null) {
      parts.push(`Ahora ‖∂J/∂W‖ en la capa 1 es 10${sup(f.gradGap)} veces el de la capa de salida.`);
    }
    return parts.join(' ');
  },
};

export type TrainStrings = typeof es;

const en: TrainStrings = {
  dataset: 'Data',
  datasets: { spirals: 'spirals', circles: 'circles', xor: 'XOR', moons: 'moons' },
  depth: 'Depth L (hidden layers)',
  width: 'Width (neurons per layer)',
  activation: 'Activation',
  batchNorm: 'Batch normalisation',
  residual: 'Residual links',
  residuals: { none: 'none', identity: 'fixed identity', trainable: 'trainable matrix' },
  optimizer: 'Optimiser',
  optimizers: { sgd: 'gradient descent (eq. 1)', momentum: 'momentum', adam: 'Adam' },
  lr: 'Learning rate α',
  batch: 'Batch size',
  seed: 'Seed',
  presets: 'Presets',
  presetNames: { sigmoid: 'deep sigmoid', 'relu-bn': 'ReLU + batch norm', 'relu-residual': 'ReLU + residual' },
  play: 'Train',
  pause: 'Pause',
  step: 'One step',
  restart: 'Restart',
  restartHint: 'Back to the initial weights (same seed) and step 0',
  stepCount: 'Step',
  loss: 'Cost',
  accuracy: 'Accuracy',
  speed: 'steps/s',
  announcePlaying: 'Training. The numbers are read out when you pause.',
  announcePaused: (f: TrainFacts) => `Paused at step ${f.step}: cost ${num(f.loss)}, accuracy ${pct(f.accuracy)}.`,
  mainThread: 'No Web Workers: training runs on the main thread, in slices, more slowly.',
  diverged: 'Training diverged (the cost is no longer finite). Lower the learning rate or restart.',
  boundaryX: 'x₁',
  boundaryY: 'x₂',
  lossX: 'training step',
  lossY: 'cost (cross-entropy)',
  chance: 'chance: ln 2',
  gradsX: 'training step',
  gradsY: 'layer l',
  gradsLegend: '‖∂J/∂W⁽ˡ⁾‖ (Frobenius), log scale',
  gradsEmpty: 'Press “Train” to see the gradients',
  boundaryTitle: 'Decision boundary',
  lossTitle: 'Cost',
  gradsTitle: 'Gradient norm per layer',
  tableStep: 'step',
  tableLoss: 'mean cost',
  tableLayer: (l: number, out: boolean) => (out ? `log₁₀‖∂J/∂W‖ output` : `log₁₀‖∂J/∂W‖ layer ${l}`),
  figureTitle: 'Train it: a deep network learns (or not) to separate two classes in the plane.',
  boundaryAria: (step) => `The network's decision boundary over the training points (blue: class 0, circles; orange: class 1, triangles), step ${step}.`,
  lossAria: (step, loss) => `Cost curve up to step ${step}; recent cost ${Number.isFinite(loss) ? loss.toFixed(3) : '—'}.`,
  gradsAria: (layers) => `Heat map of the gradient norm per layer and step, ${layers} layers (the last is the output layer).`,
  caption: (f, activation) => {
    if (f.step === 0) {
      return `An untrained network of ${f.depth} hidden layers (${activation}): its initial boundary over the data. Press “Train”.`;
    }
    const parts = [`Step ${f.step}: cost ${num(f.loss)} (chance: ${f.chance}), accuracy ${pct(f.accuracy)}.`];
    if (f.diverged) parts.push('Training diverged.');
    else if (f.stalled) parts.push('The network is not learning: the cost is still at ln 2.');
    if (f.gradGap !== null) {
      parts.push(`Right now ‖∂J/∂W‖ at layer 1 is 10${sup(f.gradGap)} times that of the output layer.`);
    }
    return parts.join(' ');
  },
};

export const TRAIN_I18N = { es, en };

/**
 * The caption of the build-time figure (no JavaScript). Apart from TRAIN_I18N, which the island ships: only
 * the figure's Astro component uses it, so it stays out of the browser's bundle.
 */
export const TRAIN_STATIC_CAPTION: Record<keyof typeof TRAIN_I18N, (f: TrainFacts, activation: string, data: string) => string> = {
  es: (f, activation, data) =>
    `Estado inicial (sin JavaScript no se entrena): red de ${f.depth} capas ocultas con ${activation}, sin entrenar, sobre los datos «${data}».`,
  en: (f, activation, data) =>
    `Initial state (without JavaScript nothing trains): an untrained network of ${f.depth} hidden layers with ${activation}, over the “${data}” data.`,
};
