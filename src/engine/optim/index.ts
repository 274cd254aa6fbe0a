// createOptimizer: one entry point over sgd, momentum and adam, with optional global-norm clipping.
import type { Trainable, OptimizerName } from '../types.ts';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, MOMENTUM_DEFAULT } from '../constants.ts';
import { sgdStep } from './sgd.ts';
import { createMomentum } from './momentum.ts';
import { createAdam } from './adam.ts';
import { clipByGlobalNorm } from './clip.ts';

export interface Optimizer { step(net: Trainable): void }

export interface OptimizerOptions {
  name: OptimizerName; lr: number; momentum?: number;
  beta1?: number; beta2?: number; eps?: number;
  /** Global-norm clipping threshold; 0 or absent = off. */
  clip?: number;
}

/**
 * An optimiser bound to a network's parameters (state allocated here). step() reads the gradients left by
 * forwardBackward, clips them if asked, and updates the parameters in place. With clipping on, a step whose
 * gradient norm is not finite is skipped (the parameters are left as they are).
 */
export function createOptimizer(net: Trainable, opts: OptimizerOptions): Optimizer {
  const { lr } = opts;
  const clip = opts.clip ?? 0;
  let update: () => void;
  switch (opts.name) {
    case 'sgd': update = () => sgdStep(net, lr); break;
    case 'momentum': { const s = createMomentum(net, lr, opts.momentum ?? MOMENTUM_DEFAULT); update = () => s.step(); break; }
    case 'adam': {
      const s = createAdam(net, lr, opts.beta1 ?? ADAM_BETA1, opts.beta2 ?? ADAM_BETA2, opts.eps ?? ADAM_EPSILON);
      update = () => s.step();
      break;
    }
    default: throw new RangeError(`unknown optimizer: ${String(opts.name)}`);
  }
  return {
    step(target: Trainable): void {
      if (target !== net) throw new Error('optimizer used with a different network than it was created for');
      if (clip > 0) {
        const norm = clipByGlobalNorm(net, clip);
        if (!Number.isFinite(norm)) return;
      }
      update();
    },
  };
}
