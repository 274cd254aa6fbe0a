// Elman RNN step (torch.nn.RNN, nonlinearity 'tanh'):  h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh).
// The model loop (bptt.ts) hands each step its two pre-activations, gi = x_t W_ihᵀ + b_ih and gh = h_{t-1} W_hhᵀ + b_hh
// (B × H each); backward turns ∂J/∂h_t into ∂J/∂gi = ∂J/∂gh = ∂J/∂h_t ∘ (1 − h_t²).
import type { Buffer } from '../types.ts';
import type { RecurrentModel } from './types.ts';

/** h_{s+1} = tanh(gi + gh) for step s (0-based). */
export function rnnForward(m: RecurrentModel, s: number, gi: Buffer, gh: Buffer): void {
  const n = m.batch * m.config.hidden;
  const h = m.h;
  const out = (s + 1) * n;
  for (let o = 0; o < n; o++) h[out + o] = Math.tanh(gi[o] + gh[o]);
}

/** daI = daH = dh ∘ (1 − h²) at step s; the RNN has no path from h_t to h_{t-1} outside W_hh (dhPrev = 0). */
export function rnnBackward(m: RecurrentModel, s: number, dh: Buffer, daI: Buffer, _daH: Buffer, dhPrev: Buffer): void {
  const n = m.batch * m.config.hidden;
  const h = m.h;
  const at = (s + 1) * n;
  for (let o = 0; o < n; o++) {
    const v = h[at + o];
    daI[o] = dh[o] * (1 - v * v);
    dhPrev[o] = 0;
  }
}
