// Adam (Kingma & Ba 2015), bias-corrected:
//   m ← β1 m + (1 − β1) g,   v ← β2 v + (1 − β2) g²
//   m̂ = m / (1 − β1^t),      v̂ = v / (1 − β2^t),      θ ← θ − η m̂ / (√v̂ + ε)
// Moment buffers are allocated once, in float64.
import type { Trainable } from '../types.ts';

/** Adam state for a set of parameters (a Network or a RecurrentModel). */
export function createAdam(net: Trainable, lr: number, beta1: number, beta2: number, eps: number): { step(): void } {
  const m = net.params.map((p) => new Float64Array(p.value.length));
  const v = net.params.map((p) => new Float64Array(p.value.length));
  let t = 0;
  return {
    step(): void {
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let i = 0; i < net.params.length; i++) {
        const { value, grad } = net.params[i];
        const mi = m[i];
        const vi = v[i];
        for (let j = 0; j < value.length; j++) {
          const g = grad[j];
          mi[j] = beta1 * mi[j] + (1 - beta1) * g;
          vi[j] = beta2 * vi[j] + (1 - beta2) * g * g;
          value[j] -= (lr * (mi[j] / c1)) / (Math.sqrt(vi[j] / c2) + eps);
        }
      }
    },
  };
}
