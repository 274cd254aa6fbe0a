// Gradient descent with (heavy-ball) momentum, in the PyTorch form:
//   v ← μ v + ∂J/∂θ,   θ ← θ − η v
// Velocity buffers are allocated once, in float64.
import type { Trainable } from '../types.ts';

/** Momentum state for a set of parameters (a Network or a RecurrentModel). */
export function createMomentum(net: Trainable, lr: number, mu: number): { step(): void } {
  const velocity = net.params.map((p) => new Float64Array(p.value.length));
  return {
    step(): void {
      for (let i = 0; i < net.params.length; i++) {
        const { value, grad } = net.params[i];
        const v = velocity[i];
        for (let j = 0; j < value.length; j++) {
          v[j] = mu * v[j] + grad[j];
          value[j] -= lr * v[j];
        }
      }
    },
  };
}
