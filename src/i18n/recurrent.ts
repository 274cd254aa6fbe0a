// Labels and caption sentences of the recurrent island (the error flowing back through time), Spanish first.
import type { RecurrentFacts } from '../sims/recurrent/caption';

const CELL: Record<RecurrentFacts['cell'], string> = { rnn: 'RNN (tanh)', lstm: 'LSTM', gru: 'GRU' };

const es = {
  seqLen: 'Longitud de la secuencia T',
  cell: 'Celda',
  cellNames: CELL as Record<string, string>,
  hidden: 'Tamaño oculto H',
  init: 'Inicialización de W_{hh}',
  initNames: { uniform: 'la de PyTorch, U(±1/√H)', orthogonal: 'ortogonal' } as Record<string, string>,
  scale: 'Escala de W_{hh}',
  forgetBias: 'Sesgo de la compuerta de olvido b_f',
  seed: 'Semilla',
  computing: 'calculando…',
  figureTitle: 'El error a través del tiempo: ‖∂J/∂h_t‖ de t = T hacia t = 1, en float32.',
  xLabel: 'paso t',
  yLabel: '‖∂J/∂h_t‖ (escala log)',
  measured: 'mediana (5 semillas)',
  theory: 'teoría: ‖∂J/∂h_T‖ Π ρ · media tanh′',
  cellPath: 'LSTM: ‖∂J/∂c_t‖ (celda)',
  band: 'semillas',
  zeroBand: 'float32: 0',
  subnormalBand: 'float32: subnormal',
  colStep: 'paso t', colMedian: 'log10 ‖∂J/∂h_t‖ (mediana)', colLow: 'cuartil bajo', colHigh: 'cuartil alto',
  colCell: 'log10 ‖∂J/∂c_t‖ (mediana)', colTheory: 'log10 teoría (float64)',
  chartLabel: (f: RecurrentFacts) => `Norma del gradiente ‖∂J/∂h_t‖ en cada paso t de 1 a ${f.seqLen}, escala logarítmica, ${CELL[f.cell]} con H = ${f.hidden}, problema de la suma.`,
  caption: (f: RecurrentFacts): string => {
    const p = [`${CELL[f.cell]}, T = ${f.seqLen}, H = ${f.hidden}, W_{hh} ${f.init === 'orthogonal' ? 'ortogonal' : 'de PyTorch'} × ${f.scale}${f.forgetBias === null ? '' : `, b_f = ${f.forgetBias}`}.`];
    p.push(`El error entra en t = T con ${f.top} y llega a t = 1 con ${f.first}${f.decades > 0 ? `: pierde ${f.decades} décadas` : ''}.`);
    if (f.rho && f.factor) p.push(`ρ(W_{hh}) = ${f.rho}; cada paso lo multiplica por ${f.factor} de media, la ecuación (4) a través del tiempo.`);
    if (f.zeroFrom !== null) p.push(`Desde t = ${f.zeroFrom} hasta t = 1 float32 guarda un 0 exacto: esos pasos no reciben señal.`);
    if (f.cellFirst) p.push(`Por la celda, ‖∂J/∂c_1‖ = ${f.cellFirst}: el carrusel de error constante.`);
    return p.join(' ');
  },
};

const en: typeof es = {
  seqLen: 'Sequence length T',
  cell: 'Cell',
  cellNames: CELL as Record<string, string>,
  hidden: 'Hidden size H',
  init: 'W_{hh} init',
  initNames: { uniform: "PyTorch's, U(±1/√H)", orthogonal: 'orthogonal' },
  scale: 'W_{hh} scale',
  forgetBias: 'Forget-gate bias b_f',
  seed: 'Seed',
  computing: 'computing…',
  figureTitle: 'The error through time: ‖∂J/∂h_t‖ from t = T back to t = 1, in float32.',
  xLabel: 'step t',
  yLabel: '‖∂J/∂h_t‖ (log scale)',
  measured: 'median (5 seeds)',
  theory: 'theory: ‖∂J/∂h_T‖ Π ρ · mean tanh′',
  cellPath: 'LSTM: ‖∂J/∂c_t‖ (cell)',
  band: 'seeds',
  zeroBand: 'float32: 0',
  subnormalBand: 'float32: subnormal',
  colStep: 'step t', colMedian: 'log10 ‖∂J/∂h_t‖ (median)', colLow: 'lower quartile', colHigh: 'upper quartile',
  colCell: 'log10 ‖∂J/∂c_t‖ (median)', colTheory: 'log10 theory (float64)',
  chartLabel: (f: RecurrentFacts) => `Gradient norm ‖∂J/∂h_t‖ at each step t from 1 to ${f.seqLen}, log scale, ${CELL[f.cell]} with H = ${f.hidden}, adding problem.`,
  caption: (f: RecurrentFacts): string => {
    const p = [`${CELL[f.cell]}, T = ${f.seqLen}, H = ${f.hidden}, ${f.init === 'orthogonal' ? 'orthogonal' : "PyTorch's"} W_{hh} × ${f.scale}${f.forgetBias === null ? '' : `, b_f = ${f.forgetBias}`}.`];
    p.push(`The error enters at t = T at ${f.top} and reaches t = 1 at ${f.first}${f.decades > 0 ? `: it loses ${f.decades} decades` : ''}.`);
    if (f.rho && f.factor) p.push(`ρ(W_{hh}) = ${f.rho}; each step multiplies it by ${f.factor} on average, equation (4) across time.`);
    if (f.zeroFrom !== null) p.push(`From t = ${f.zeroFrom} down to t = 1 float32 holds an exact 0: those steps get no signal.`);
    if (f.cellFirst) p.push(`Through the cell, ‖∂J/∂c_1‖ = ${f.cellFirst}: the constant error carousel.`);
    return p.join(' ');
  },
};

export type RecurrentStrings = typeof es;
export const RECURRENT_I18N: Record<'es' | 'en', RecurrentStrings> = { es, en };
