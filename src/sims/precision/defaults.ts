// Lesson numbers of the "precision" island: the backward pass as a number format holds it (float64, float32,
// float16, bfloat16), beside the exact float64 one, with a loss scale S = 2^k and dynamic loss scaling.
// Math lives in src/engine (precision.ts, precision-backward.ts, loss-scaling.ts).
import type { ActivationName, InitName } from '../../engine/types';
import type { NumberFormat } from '../../engine/precision';

/** Island id: HTML id, URL prefix, i18n key. */
export const PRECISION_ID = 'precision';

export const DEPTH_MIN = 2;
export const DEPTH_MAX = 100;
/**
 * Width and batch: 16 × 8 keeps one pass in a format (a float64 forward/backward, then the backward pass again
 * rounded to the format) at ~2–4 ms at depth 100 in Node on this machine, so it runs on the main thread; at
 * 32 × 32 it took ~20 ms. Δ^(l) has 8 × 16 = 128 entries per layer.
 */
export const WIDTH = 16;
export const BATCH = 8;
export const SIGMA_B = 0;

export const ACTIVATION_OPTIONS: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu', 'linear'];
/** 'normal' draws N(0, σ_w²/fan_in); the careful ones ignore σ_w. */
export const INIT_OPTIONS: readonly InitName[] = ['normal', 'xavier-normal', 'he-normal'];
/** From the format the reader knows to the narrowest range. */
export const FORMAT_OPTIONS: readonly NumberFormat[] = ['float64', 'float32', 'bfloat16', 'float16'];

export const SIGMA_W_MIN = 0.5;
export const SIGMA_W_MAX = 6;
export const SIGMA_W_STEP = 0.1;
/** The loss scale S = 2^k: k from 2^-24 (scaling an exploding gradient down) to 2^64. */
export const SCALE_EXP_MIN = -24;
export const SCALE_EXP_MAX = 64;
export const SEED_MIN = 0;
export const SEED_MAX = 2 ** 31 - 1;

export interface PrecisionState {
  depth: number;
  activation: ActivationName;
  sigmaW: number;
  init: InitName;
  format: NumberFormat;
  /** k of the loss scale S = 2^k (0: no scaling). */
  scale: number;
  seed: number;
}

/**
 * Sigmoid at σ_w = 1, depth 20, in float16 without scaling: ‖Δ‖ falls ~12 decades from the output to layer 1,
 * about float16's whole range (2^-24 ≈ 6·10⁻⁸ to 65504), so the first layers are all exact zeros; a scale near
 * 2^16 saves them and 2^18 overflows.
 */
export const PRECISION_DEFAULTS: PrecisionState = {
  depth: 20, activation: 'sigmoid', sigmaW: 1, init: 'normal', format: 'float16', scale: 0, seed: 1,
};

/**
 * Dynamic loss scaling as the walk-through plays it (engine/loss-scaling.ts): halve on overflow and skip the
 * step, double after N clean steps. PyTorch's GradScaler waits N = 2000 steps; the walk waits 4, so a growth
 * shows within a few frames. One step is one backward pass of the same network and batch at the current S.
 */
export const WALK_GROWTH_INTERVAL = 4;
export const WALK_STEPS = 24;
/** Milliseconds between two steps while the walk plays. */
export const WALK_STEP_MS = 700;

/** The largest derivative of the sigmoid, σ′(0) = 1/4: the factor of equation (4)'s best case. */
export const SIGMOID_MAX_SLOPE = 0.25;
