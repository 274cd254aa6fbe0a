// Dynamic loss scaling, as mixed-precision training does it (PyTorch's GradScaler, Micikevicius et al. 2018):
//   gradients hold ±Infinity or NaN  →  skip this step, S ← S · backoff (½), clean-step count ← 0
//   otherwise                        →  take the step, count ← count + 1; at N clean steps S ← S · growth (2), count ← 0
// Pure: a state in, the next state and what happened out.

/** The scaler between steps: the scale S and the clean steps since it last changed on growth or overflow. */
export interface LossScaleState { scale: number; cleanSteps: number }

export interface LossScaleOptions {
  /** Clean steps before S is multiplied by growth (PyTorch: 2000). */
  growthInterval: number;
  growthFactor: number;
  backoffFactor: number;
  /** S never goes below this (a bound a reader can reach by overflowing again and again). */
  minScale: number;
  /** … nor above this. */
  maxScale: number;
}

/** PyTorch's GradScaler defaults (init_scale 2^16, growth 2, backoff ½, interval 2000), bounded to float32's range of powers. */
export const LOSS_SCALE_DEFAULTS: Readonly<LossScaleOptions & { initialScale: number }> = {
  initialScale: 2 ** 16, growthInterval: 2000, growthFactor: 2, backoffFactor: 0.5, minScale: 2 ** -126, maxScale: 2 ** 127,
};

/** What one step did: 'skip' (overflow: S halved, no update), 'grow' (update, then S doubled) or 'step' (update). */
export type LossScaleEvent = 'skip' | 'grow' | 'step';

/** The scaler's starting state. */
export function initialLossScale(scale: number = LOSS_SCALE_DEFAULTS.initialScale): LossScaleState {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`loss scale must be a finite number > 0, got ${scale}`);
  return { scale, cleanSteps: 0 };
}

/** One step of dynamic loss scaling given whether this step's (scaled) gradients were all finite. */
export function lossScaleStep(
  state: LossScaleState, gradientsFinite: boolean, options: Partial<LossScaleOptions> = {},
): { state: LossScaleState; event: LossScaleEvent; applyUpdate: boolean } {
  const o = { ...LOSS_SCALE_DEFAULTS, ...options };
  if (!Number.isInteger(o.growthInterval) || o.growthInterval < 1) {
    throw new RangeError(`growthInterval must be an integer >= 1, got ${o.growthInterval}`);
  }
  if (!gradientsFinite) {
    return { state: { scale: Math.max(o.minScale, state.scale * o.backoffFactor), cleanSteps: 0 }, event: 'skip', applyUpdate: false };
  }
  const clean = state.cleanSteps + 1;
  if (clean >= o.growthInterval) {
    return { state: { scale: Math.min(o.maxScale, state.scale * o.growthFactor), cleanSteps: 0 }, event: 'grow', applyUpdate: true };
  }
  return { state: { scale: state.scale, cleanSteps: clean }, event: 'step', applyUpdate: true };
}
