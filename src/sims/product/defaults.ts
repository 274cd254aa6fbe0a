// The lesson's numbers for the "product of equation (4)" island: a deep sigmoid network at initialisation,
// one forward/backward pass on a seeded standard-normal batch; per layer, the running product of mean g'
// (eq. 4) and ‖Δ^(l)‖, with a band over several seeds and the mean-field line.
import type { ActivationName, InitName } from '../../engine/types';

/** Island id: HTML id and URL prefix. */
export const PRODUCT_ID = 'product';

/** Hidden layers L. 20 sigmoid layers already put the first layer ~12 orders of magnitude below the last. */
export const DEPTH_DEFAULT = 20;
export const DEPTH_MIN = 1;
/** 0.25^L is exactly 0 in float32 from L = 75 on; 100 leaves room to find it. */
export const DEPTH_MAX = 100;

/** The lecture's activation: its derivative is at most 0.25. */
export const ACTIVATION_DEFAULT: ActivationName = 'sigmoid';
export const ACTIVATION_OPTIONS: readonly ActivationName[] = [
  'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'gelu', 'softplus', 'silu', 'linear',
];

/** 'normal' with σ_w = 1 is N(0, 1/fan_in): the weights neither grow nor shrink the signal, so what the
 *  figure shows is the derivatives' doing (the lecture's "leave the weights aside" of eq. 4). */
export const INIT_DEFAULT: InitName = 'normal';
export const INIT_OPTIONS: readonly InitName[] = [
  'normal', 'uniform', 'orthogonal', 'xavier-normal', 'xavier-uniform', 'he-normal', 'he-uniform',
  'lecun-normal', 'standard',
];
/** Initialisers whose scale is the σ_w slider (the others fix their own). */
export const INITS_USING_SIGMA_W: readonly InitName[] = ['normal', 'uniform', 'orthogonal'];

export const SIGMA_W_DEFAULT = 1;
export const SIGMA_W_MIN = 0.1;
export const SIGMA_W_MAX = 4;
export const SIGMA_W_STEP = 0.05;
export const SIGMA_B_DEFAULT = 0;
export const SIGMA_B_MIN = 0;
export const SIGMA_B_MAX = 2;
export const SIGMA_B_STEP = 0.05;
export const SEED_DEFAULT = 1;

/** Lesson goals a link can switch on (?product.goal=…); 'none' shows no check. */
export const GOAL_OPTIONS = ['none', 'float32-zero'] as const;
export type ProductGoal = (typeof GOAL_OPTIONS)[number];
export const GOAL_DEFAULT: ProductGoal = 'none';

/** Width n = input dimension, batch: depth 100 × 32 × 32 is a few ms per forward+backward (one frame). */
export const WIDTH = 32;
export const INPUT_DIM = 32;
export const OUTPUT_DIM = 1;
export const BATCH = 32;
/** Seeds of the band (seed, seed+1, …), computed in a Web Worker. */
export const BAND_SEEDS = 8;

/** Fixed log-axis domain (STACK.md trap 5): from below 0.25^100 ≈ 6e-61 up to float32's overflow of ‖Δ‖. */
export const Y_MIN = 1e-100;
export const Y_MAX = 1e45;

/** float32 landmarks: smallest subnormal 2^-149, smallest normal 2^-126, largest finite (2 − 2^-23)·2^127. */
export const FLOAT32_MIN_SUBNORMAL = 2 ** -149;
export const FLOAT32_MIN_NORMAL = 2 ** -126;
export const FLOAT32_MAX = (2 - 2 ** -23) * 2 ** 127;
