// Forward pass over T steps and backpropagation through time, for every cell. Per step s = 0 … T−1:
//   gi = x_s W_ihᵀ + b_ih,  gh = h_s W_hhᵀ + b_hh   (B × GH; x_s is the input's step s, rows are the batch)
//   the cell (rnn.ts, lstm.ts, gru.ts) makes h_{s+1} from gi, gh (and c_s)
// then the head y = h_T W_headᵀ + b_head and the loss (../loss.ts: mse = batch mean of ½‖y − t‖², or softmax
// cross-entropy). Backward, t = T … 1: the cell turns ∂J/∂h_t into ∂J/∂gi and ∂J/∂gh, and then
//   ∂J/∂W_ih += ∂J/∂giᵀ x_{t-1}   ∂J/∂b_ih += Σ_batch ∂J/∂gi   ∂J/∂x_{t-1} = ∂J/∂gi W_ih
//   ∂J/∂W_hh += ∂J/∂ghᵀ h_{t-1}   ∂J/∂b_hh += Σ_batch ∂J/∂gh   ∂J/∂h_{t-1} = ∂J/∂gh W_hh (+ the GRU's direct dh ∘ z)
// ‖∂J/∂h_t‖ is recorded on the way (model.hGradNorm[t]). Products accumulate in doubles and are rounded once on store
// (gemm-kernels.ts); elementwise work is in doubles, rounded when stored, so a float32 model stores float32 gradients
// all the way back (a vanishing gradient can underflow to 0 in them). No buffer is allocated per pass (only subarray views).
import type { Buffer } from '../types.ts';
import { gemmNN, gemmNT, gemmTN } from '../gemm-kernels.ts';
import { lossForwardBackward } from '../loss.ts';
import { sumSquares } from '../matrix.ts';
import type { RecurrentModel } from './types.ts';
import { rnnBackward, rnnForward } from './rnn.ts';
import { lstmBackward, lstmForward } from './lstm.ts';
import { gruBackward, gruForward } from './gru.ts';

/** out[j] (+)= Σ_i data[i, j] in doubles, one column at a time. */
function columnSum(data: Buffer, rows: number, cols: number, out: Buffer, accumulate: boolean): void {
  for (let j = 0; j < cols; j++) {
    let s = 0;
    for (let i = 0; i < rows; i++) s += data[i * cols + j];
    out[j] = accumulate ? out[j] + s : s;
  }
}

/** data[i, j] += v[j]. */
function addRow(data: Buffer, rows: number, cols: number, v: Buffer): void {
  for (let i = 0, o = 0; i < rows; i++, o += cols) for (let j = 0; j < cols; j++) data[o + j] += v[j];
}

function checkShapes(m: RecurrentModel, input: Buffer, target: Buffer): void {
  const { inputDim: d, outputDim: O } = m.config;
  if (input.length !== m.seqLen * m.batch * d) {
    throw new RangeError(`input must hold T × B × d = ${m.seqLen} × ${m.batch} × ${d} values, got ${input.length}`);
  }
  if (target.length !== m.batch * O) throw new RangeError(`target must hold B × O = ${m.batch} × ${O} values, got ${target.length}`);
}

/** Forward over the whole sequence, the head and the loss (also fills dOutput and probs). Returns the loss. */
export function forwardRecurrent(m: RecurrentModel, input: Buffer, target: Buffer): number {
  checkShapes(m, input, target);
  const { cell, inputDim: d, hidden: H, outputDim: O } = m.config;
  const B = m.batch;
  const GH = m.gates * H;
  const { gi, gh } = m.work;
  const step = cell === 'rnn' ? rnnForward : cell === 'lstm' ? lstmForward : gruForward;
  for (let s = 0; s < m.seqLen; s++) {
    gemmNT(B, GH, d, input.subarray(s * B * d, (s + 1) * B * d), d, m.weightIh, d, gi, false);
    addRow(gi, B, GH, m.biasIh);
    gemmNT(B, GH, H, m.h.subarray(s * B * H, (s + 1) * B * H), H, m.weightHh, H, gh, false);
    addRow(gh, B, GH, m.biasHh);
    step(m, s, gi, gh);
  }
  const last = m.h.subarray(m.seqLen * B * H);
  gemmNT(B, O, H, last, H, m.headWeight, H, m.output, false);
  addRow(m.output, B, O, m.headBias);
  m.lossValue = lossForwardBackward(m.config.loss, m.output, target, B, O, m.dOutput, m.probs);
  return m.lossValue;
}

/** Forward, loss and backpropagation through time: every parameter's gradient, dJ/dx and ‖∂J/∂h_t‖. Returns the loss. */
export function forwardBackwardRecurrent(m: RecurrentModel, input: Buffer, target: Buffer): number {
  const loss = forwardRecurrent(m, input, target);
  const { cell, inputDim: d, hidden: H, outputDim: O } = m.config;
  const B = m.batch;
  const T = m.seqLen;
  const GH = m.gates * H;
  const [gWih, gWhh, gbIh, gbHh, gHeadW, gHeadB] = m.params.map((p) => p.grad);
  const { daI, dc } = m.work;
  const daH = cell === 'gru' ? m.work.daH : daI;
  let dh = m.work.dh;
  let dhPrev = m.work.dhPrev;

  // Head: ∂J/∂W_head = dYᵀ h_T, ∂J/∂b_head = Σ dY, ∂J/∂h_T = dY W_head.
  const last = m.h.subarray(T * B * H);
  gemmTN(O, H, B, m.dOutput, O, last, H, gHeadW, false);
  columnSum(m.dOutput, B, O, gHeadB, false);
  gemmNN(B, H, O, m.dOutput, O, m.headWeight, H, dh, false);
  gWih.fill(0); gWhh.fill(0); gbIh.fill(0); gbHh.fill(0);
  if (cell === 'lstm') dc.fill(0);

  for (let s = T - 1; s >= 0; s--) {
    m.hGradNorm[s + 1] = Math.sqrt(sumSquares(dh));
    if (cell === 'rnn') rnnBackward(m, s, dh, daI, daH, dhPrev);
    else if (cell === 'lstm') lstmBackward(m, s, dh, daI, daH, dhPrev, dc);
    else gruBackward(m, s, dh, daI, daH, dhPrev);
    const x = input.subarray(s * B * d, (s + 1) * B * d);
    const hPrev = m.h.subarray(s * B * H, (s + 1) * B * H);
    gemmTN(GH, d, B, daI, GH, x, d, gWih, true);
    columnSum(daI, B, GH, gbIh, true);
    gemmNN(B, d, GH, daI, GH, m.weightIh, d, m.inputGrad.subarray(s * B * d, (s + 1) * B * d), false);
    gemmTN(GH, H, B, daH, GH, hPrev, H, gWhh, true);
    columnSum(daH, B, GH, gbHh, true);
    gemmNN(B, H, GH, daH, GH, m.weightHh, H, dhPrev, true);
    const t = dh; dh = dhPrev; dhPrev = t;
  }
  m.hGradNorm[0] = Math.sqrt(sumSquares(dh));
  if (cell === 'lstm') {
    // ∂J/∂c_0 = f_1 ∘ ∂J/∂c_1, the carry left after step 1.
    m.cGradNorm[0] = Math.sqrt(sumSquares(dc));
  }
  return loss;
}
