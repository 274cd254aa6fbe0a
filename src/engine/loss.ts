// Losses on the network output Y (batch × d_out) against targets T, and dJ/dY (= Δ of the linear output layer).
//   mse            J = (1/B) Σ_i ½ ‖Y_i − T_i‖²                    dJ/dY = (Y − T) / B
//   cross-entropy  J = −(1/B) Σ_i Σ_k T_ik log softmax(Y_i)_k     dJ/dY_ik = (P_ik Σ_k' T_ik' − T_ik) / B
// softmax is computed stably (max subtracted) and log softmax as Y − max − log Σ exp(Y − max).
// Targets for cross-entropy are one-hot rows (or any non-negative rows; the gradient above is exact for them).
import type { Buffer, LossName } from './types.ts';

/** The loss value; writes dJ/dY into grad and, for cross-entropy, the softmax into probs. */
export function lossForwardBackward(
  loss: LossName, Y: Buffer, T: Buffer, batch: number, d: number, grad: Buffer, probs: Buffer,
): number {
  let J = 0;
  if (loss === 'mse') {
    for (let o = 0; o < batch * d; o++) {
      const r = Y[o] - T[o];
      J += 0.5 * r * r;
      grad[o] = r / batch;
    }
    return J / batch;
  }
  for (let i = 0, o = 0; i < batch; i++, o += d) {
    let max = -Infinity;
    for (let k = 0; k < d; k++) if (Y[o + k] > max) max = Y[o + k];
    let sum = 0;
    for (let k = 0; k < d; k++) sum += Math.exp(Y[o + k] - max);
    const logSum = Math.log(sum);
    let tSum = 0;
    for (let k = 0; k < d; k++) {
      const t = T[o + k];
      tSum += t;
      if (t !== 0) J -= t * (Y[o + k] - max - logSum);
    }
    for (let k = 0; k < d; k++) {
      const p = Math.exp(Y[o + k] - max - logSum);
      probs[o + k] = p;
      grad[o + k] = (p * tSum - T[o + k]) / batch;
    }
  }
  return J / batch;
}
