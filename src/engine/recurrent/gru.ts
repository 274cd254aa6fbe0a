// GRU step (torch.nn.GRU), gates stacked in PyTorch's order r, z, n:
//   r = σ(W_ir x + b_ir + W_hr h + b_hr)     z = σ(W_iz x + b_iz + W_hz h + b_hz)
//   n = tanh(W_in x + b_in + r ∘ (W_hn h + b_hn))
//   h_t = (1 − z) ∘ n + z ∘ h_{t-1}
// The reset gate multiplies W_hn h + b_hn (bias included), so the input and hidden pre-activations get different
// gradients in the n block. Backward at step t, with dh = ∂J/∂h_t:
//   ∂/∂a_n = dh ∘ (1 − z) ∘ (1 − n²)   (a_n = gi_n + r ∘ hn, hn = W_hn h + b_hn)
//   ∂/∂gi = [∂/∂a_r, ∂/∂a_z, ∂/∂a_n],  ∂/∂gh = [∂/∂a_r, ∂/∂a_z, ∂/∂a_n ∘ r]
//   ∂/∂a_r = ∂/∂a_n ∘ hn ∘ r(1 − r)    ∂/∂a_z = dh ∘ (h_{t-1} − n) ∘ z(1 − z)
//   and h_{t-1} also reaches h_t directly: dhPrev = dh ∘ z (the rest comes through W_hh).
import type { Buffer } from '../types.ts';
import type { RecurrentModel } from './types.ts';

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Gates and h_{s+1} for step s (0-based); keeps hn = W_hn h_s + b_hn for the backward pass. */
export function gruForward(m: RecurrentModel, s: number, gi: Buffer, gh: Buffer): void {
  const H = m.config.hidden;
  const B = m.batch;
  const G = 3 * H;
  const { act, hn, h } = m;
  const stepAct = s * B * G;
  const prev = s * B * H;
  const next = prev + B * H;
  for (let b = 0; b < B; b++) {
    const row = b * G;
    for (let j = 0; j < H; j++) {
      const r = sigmoid(gi[row + j] + gh[row + j]);
      const z = sigmoid(gi[row + H + j] + gh[row + H + j]);
      const hnv = gh[row + 2 * H + j];
      const n = Math.tanh(gi[row + 2 * H + j] + r * hnv);
      const a = stepAct + row;
      act[a + j] = r; act[a + H + j] = z; act[a + 2 * H + j] = n;
      const u = b * H + j;
      hn[prev + u] = hnv;
      h[next + u] = (1 - z) * n + z * h[prev + u];
    }
  }
}

/** ∂J/∂gi into daI, ∂J/∂gh into daH, and the direct part of ∂J/∂h_{t-1} (dh ∘ z) into dhPrev, at step s. */
export function gruBackward(m: RecurrentModel, s: number, dh: Buffer, daI: Buffer, daH: Buffer, dhPrev: Buffer): void {
  const H = m.config.hidden;
  const B = m.batch;
  const G = 3 * H;
  const { act, hn, h } = m;
  const stepAct = s * B * G;
  const prev = s * B * H;
  for (let b = 0; b < B; b++) {
    const row = b * G;
    const a = stepAct + row;
    for (let j = 0; j < H; j++) {
      const u = b * H + j;
      const r = act[a + j], z = act[a + H + j], n = act[a + 2 * H + j];
      const d = dh[u];
      const dan = d * (1 - z) * (1 - n * n);
      const dar = dan * hn[prev + u] * r * (1 - r);
      const daz = d * (h[prev + u] - n) * z * (1 - z);
      daI[row + j] = dar; daI[row + H + j] = daz; daI[row + 2 * H + j] = dan;
      daH[row + j] = dar; daH[row + H + j] = daz; daH[row + 2 * H + j] = dan * r;
      dhPrev[u] = d * z;
    }
  }
}
