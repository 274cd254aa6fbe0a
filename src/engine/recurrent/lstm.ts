// LSTM step (torch.nn.LSTM), gates stacked in PyTorch's order i, f, g, o (columns [kH, (k+1)H) of a B × 4H row):
//   i = σ(W_ii x + b_ii + W_hi h + b_hi)     f = σ(W_if x + b_if + W_hf h + b_hf)
//   g = tanh(W_ig x + b_ig + W_hg h + b_hg)  o = σ(W_io x + b_io + W_ho h + b_ho)
//   c_t = f ∘ c_{t-1} + i ∘ g                 h_t = o ∘ tanh(c_t)
// Backward at step t, with dh = ∂J/∂h_t and the carry ∂J/∂c_t from step t+1 (f_{t+1} ∘ its dc; 0 at t = T):
//   dc = carry + dh ∘ o ∘ (1 − tanh² c_t)    (‖dc‖ is the cell-state error, the "constant error carousel")
//   ∂/∂a_i = dc ∘ g ∘ i(1 − i)   ∂/∂a_f = dc ∘ c_{t-1} ∘ f(1 − f)   ∂/∂a_g = dc ∘ i ∘ (1 − g²)   ∂/∂a_o = dh ∘ tanh c_t ∘ o(1 − o)
//   carry for step t−1 = dc ∘ f
import type { Buffer } from '../types.ts';
import type { RecurrentModel } from './types.ts';

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Gates, c_{s+1} and h_{s+1} for step s (0-based). */
export function lstmForward(m: RecurrentModel, s: number, gi: Buffer, gh: Buffer): void {
  const H = m.config.hidden;
  const B = m.batch;
  const G = 4 * H;
  const { act, c, tanhC, h } = m;
  const stepAct = s * B * G;
  const prev = s * B * H;
  const next = prev + B * H;
  for (let b = 0; b < B; b++) {
    const row = b * G;
    for (let j = 0; j < H; j++) {
      const i = sigmoid(gi[row + j] + gh[row + j]);
      const f = sigmoid(gi[row + H + j] + gh[row + H + j]);
      const g = Math.tanh(gi[row + 2 * H + j] + gh[row + 2 * H + j]);
      const o = sigmoid(gi[row + 3 * H + j] + gh[row + 3 * H + j]);
      const a = stepAct + row;
      act[a + j] = i; act[a + H + j] = f; act[a + 2 * H + j] = g; act[a + 3 * H + j] = o;
      const u = b * H + j;
      c[next + u] = f * c[prev + u] + i * g;
      const tc = Math.tanh(c[next + u]);
      tanhC[prev + u] = tc;
      h[next + u] = o * tc;
    }
  }
}

/**
 * Gate gradients at step s (daI = daH), given dh = ∂J/∂h_{s+1}; reads and updates the carry `dc` (B × H) and
 * records ‖∂J/∂c_{s+1}‖ in m.cGradNorm. The LSTM's h_{t-1} reaches h_t only through W_hh (dhPrev = 0).
 */
export function lstmBackward(m: RecurrentModel, s: number, dh: Buffer, daI: Buffer, _daH: Buffer, dhPrev: Buffer, dc: Buffer): void {
  const H = m.config.hidden;
  const B = m.batch;
  const G = 4 * H;
  const { act, c, tanhC } = m;
  const stepAct = s * B * G;
  const prev = s * B * H;
  let sq = 0;
  for (let b = 0; b < B; b++) {
    const row = b * G;
    const a = stepAct + row;
    for (let j = 0; j < H; j++) {
      const u = b * H + j;
      const i = act[a + j], f = act[a + H + j], g = act[a + 2 * H + j], o = act[a + 3 * H + j];
      const tc = tanhC[prev + u];
      const d = dc[u] + dh[u] * o * (1 - tc * tc);
      sq += d * d;
      daI[row + j] = d * g * i * (1 - i);
      daI[row + H + j] = d * c[prev + u] * f * (1 - f);
      daI[row + 2 * H + j] = d * i * (1 - g * g);
      daI[row + 3 * H + j] = dh[u] * tc * o * (1 - o);
      dc[u] = d * f;
      dhPrev[u] = 0;
    }
  }
  m.cGradNorm[s + 1] = Math.sqrt(sq);
}
