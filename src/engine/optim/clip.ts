// Gradient clipping by global norm (Pascanu et al. 2013): with N = √(Σ_params ‖g‖²),
// if N > c every gradient is multiplied by c / N, so the direction is kept and the norm becomes c.
// A non-finite N (an exploded gradient) cannot be rescaled along its direction: gradients are left
// untouched and the caller (createOptimizer) skips the update.
import type { Trainable } from '../types.ts';
import { sumSquares } from '../matrix.ts';

/** Global L2 norm of all trainable gradients, accumulated in a double. */
export function globalGradNorm(net: Trainable): number {
  let s = 0;
  for (let i = 0; i < net.params.length; i++) s += sumSquares(net.params[i].grad);
  return Math.sqrt(s);
}

/** Rescale all gradients so their global norm is at most maxNorm; returns the norm before clipping. */
export function clipByGlobalNorm(net: Trainable, maxNorm: number): number {
  const norm = globalGradNorm(net);
  if (!(maxNorm > 0) || !Number.isFinite(norm) || norm <= maxNorm) return norm;
  const scale = maxNorm / norm;
  for (let i = 0; i < net.params.length; i++) {
    const g = net.params[i].grad;
    for (let j = 0; j < g.length; j++) g[j] *= scale;
  }
  return norm;
}
