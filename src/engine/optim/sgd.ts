// Plain gradient descent, eq. (1): θ ← θ − η ∂J/∂θ.
import type { Trainable } from '../types.ts';

/** One SGD step on every trainable tensor of the network. */
export function sgdStep(net: Trainable, lr: number): void {
  for (let i = 0; i < net.params.length; i++) {
    const { value, grad } = net.params[i];
    for (let j = 0; j < value.length; j++) value[j] -= lr * grad[j];
  }
}
