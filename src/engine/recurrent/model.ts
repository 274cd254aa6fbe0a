// Allocation and initialisation of a single-layer recurrent network (PyTorch's layout and init, see types.ts).
//   every weight and bias   U(±1/√H)   (torch.nn.RNN/LSTM/GRU's reset_parameters; the head, torch.nn.Linear(H, O),
//                                        draws U(±1/√H) too: kaiming_uniform(a = √5) on fan_in = H)
//   weight_hh 'uniform'     the same draw times recurrentScale
//   weight_hh 'orthogonal'  each gate's H × H block recurrentScale · Q, Q orthogonal (init.ts, Saxe et al. 2014)
//   forgetBias (LSTM)       bias_ih's f block = forgetBias, bias_hh's f block = 0
// Draws come from Random(seed) in the order weight_ih, weight_hh, bias_ih, bias_hh, head.weight, head.bias.
import type { Buffer, Param } from '../types.ts';
import { allocBuffer } from '../matrix.ts';
import { initWeights } from '../init.ts';
import { Random } from '../random.ts';
import type { CellName, RecurrentConfig, RecurrentModel } from './types.ts';

export const CELL_NAMES: readonly CellName[] = ['rnn', 'lstm', 'gru'];

/** Gates stacked in weight_ih_l0 / weight_hh_l0: 1, 4 (i, f, g, o), 3 (r, z, n). */
export const CELL_GATES: Record<CellName, number> = { rnn: 1, lstm: 4, gru: 3 };

/** PyTorch-like defaults: an LSTM of 32 units on one input and one output, PyTorch's init, float32. */
export const DEFAULT_RECURRENT_CONFIG: RecurrentConfig = {
  cell: 'lstm', inputDim: 1, hidden: 32, outputDim: 1, loss: 'mse',
  recurrentInit: 'uniform', recurrentScale: 1, forgetBias: null, seed: 1, dtype: 'float32',
};

function assertCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be an integer >= 1, got ${v}`);
}

function fillUniform(out: Buffer, k: number, rng: Random): void {
  for (let i = 0; i < out.length; i++) out[i] = k * (2 * rng.uniform() - 1);
}

/** Allocate every buffer of a T-step pass on B sequences and draw the parameters from config.seed. */
export function createRecurrent(config: RecurrentConfig, batch: number, seqLen: number): RecurrentModel {
  const { cell, inputDim: d, hidden: H, outputDim: O, dtype } = config;
  if (!(cell in CELL_GATES)) throw new RangeError(`unknown cell: ${String(cell)}`);
  assertCount('inputDim', d); assertCount('hidden', H); assertCount('outputDim', O);
  assertCount('batch', batch); assertCount('seqLen', seqLen);
  if (!(config.recurrentScale >= 0) || !Number.isFinite(config.recurrentScale)) {
    throw new RangeError(`recurrentScale must be a finite number >= 0, got ${config.recurrentScale}`);
  }
  if (config.forgetBias !== null && !Number.isFinite(config.forgetBias)) {
    throw new RangeError(`forgetBias must be finite or null, got ${config.forgetBias}`);
  }
  const G = CELL_GATES[cell];
  const GH = G * H;
  const B = batch;
  const T = seqLen;
  const buf = (n: number): Buffer => allocBuffer(dtype, n);
  const rng = new Random(config.seed);
  const k = 1 / Math.sqrt(H);

  const weightIh = buf(GH * d), weightHh = buf(GH * H), biasIh = buf(GH), biasHh = buf(GH);
  const headWeight = buf(O * H), headBias = buf(O);
  fillUniform(weightIh, k, rng);
  if (config.recurrentInit === 'orthogonal') {
    for (let g = 0; g < G; g++) initWeights(weightHh.subarray(g * H * H, (g + 1) * H * H), H, H, 'orthogonal', config.recurrentScale, rng);
  } else {
    fillUniform(weightHh, k, rng);
    for (let i = 0; i < weightHh.length; i++) weightHh[i] *= config.recurrentScale;
  }
  fillUniform(biasIh, k, rng);
  fillUniform(biasHh, k, rng);
  if (cell === 'lstm' && config.forgetBias !== null) {
    biasIh.fill(config.forgetBias, H, 2 * H);
    biasHh.fill(0, H, 2 * H);
  }
  fillUniform(headWeight, k, rng);
  fillUniform(headBias, k, rng);

  const param = (name: string, value: Buffer): Param => ({ name, value, grad: buf(value.length) });
  const params = [
    param('weight_ih_l0', weightIh), param('weight_hh_l0', weightHh), param('bias_ih_l0', biasIh),
    param('bias_hh_l0', biasHh), param('head.weight', headWeight), param('head.bias', headBias),
  ];
  const lstm = cell === 'lstm';
  return {
    config, batch: B, seqLen: T, gates: G, params,
    weightIh, weightHh, biasIh, biasHh, headWeight, headBias,
    h: buf((T + 1) * B * H),
    c: buf(lstm ? (T + 1) * B * H : 0), tanhC: buf(lstm ? T * B * H : 0),
    act: buf(cell === 'rnn' ? 0 : T * B * GH),
    hn: buf(cell === 'gru' ? T * B * H : 0),
    output: buf(B * O), probs: buf(B * O), dOutput: buf(B * O),
    inputGrad: buf(T * B * d),
    hGradNorm: new Float64Array(T + 1),
    cGradNorm: new Float64Array(T + 1).fill(NaN),
    lossValue: NaN,
    work: {
      gi: buf(B * GH), gh: buf(B * GH), daI: buf(B * GH), daH: buf(cell === 'gru' ? B * GH : 0),
      dh: buf(B * H), dhPrev: buf(B * H), dc: buf(lstm ? B * H : 0),
    },
  };
}

/** The parameter named as in PyTorch's state_dict (weight_ih_l0 …, head.weight, head.bias). */
export function recurrentParam(m: RecurrentModel, name: string): Param {
  const p = m.params.find((q) => q.name === name);
  if (!p) throw new RangeError(`no parameter ${name}`);
  return p;
}

/** PyTorch's shape of each parameter: [GH, d], [GH, H], [GH], [GH], [O, H], [O]. */
export function recurrentShapes(m: RecurrentModel): Record<string, number[]> {
  const { inputDim: d, hidden: H, outputDim: O } = m.config;
  const GH = m.gates * H;
  return {
    weight_ih_l0: [GH, d], weight_hh_l0: [GH, H], bias_ih_l0: [GH], bias_hh_l0: [GH], 'head.weight': [O, H], 'head.bias': [O],
  };
}
