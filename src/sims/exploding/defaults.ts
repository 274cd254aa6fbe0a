// Lesson numbers of the "exploding gradients" island: a deep network whose σ_w pushes each layer's
// backward factor above 1, then clipping or a careful initialiser. Math lives in src/engine.
import type { ActivationName, InitName } from '../../engine/types';

/** Island id: HTML id, URL prefix, i18n key. */
export const EXPLODING_ID = 'exploding';

export const DEPTH_MIN = 2;
export const DEPTH_MAX = 100;
/** Width and batch: 32 × 32 × depth 100 is one pass of ~6–15 ms, done on the main thread (one seed). */
export const WIDTH = 32;
export const BATCH = 32;
export const SIGMA_B = 0;

export const ACTIVATION_OPTIONS: readonly ActivationName[] = ['tanh', 'relu', 'sigmoid', 'linear'];
/** 'normal' draws N(0, σ_w²/fan_in); the careful ones ignore σ_w. */
export const INIT_OPTIONS: readonly InitName[] = ['normal', 'xavier-normal', 'he-normal'];
/**
 * σ_w each initialiser amounts to with equal widths (fan_in = fan_out = n): Xavier N(0, 2/(2n)) → 1,
 * He N(0, 2/n) → √2; used only to quote the mean-field χ₁ beside the chart.
 */
export const EFFECTIVE_SIGMA_W: Partial<Record<InitName, number>> = { 'xavier-normal': 1, 'he-normal': Math.SQRT2 };

export const SIGMA_W_MIN = 0.5;
export const SIGMA_W_MAX = 6;
export const SIGMA_W_STEP = 0.1;
/** Global-norm clipping threshold c; 0 = off. */
export const CLIP_MIN = 0;
export const CLIP_MAX = 100;
export const CLIP_STEP = 0.1;
/** The value the "clip" switch sets when the reader turns clipping on. */
export const CLIP_ON_DEFAULT = 1;
export const SEED_MIN = 0;
export const SEED_MAX = 2 ** 31 - 1;

export interface ExplodingState {
  depth: number;
  activation: ActivationName;
  sigmaW: number;
  init: InitName;
  clip: number;
  seed: number;
}

/**
 * ReLU with σ_w² = 4 (twice He's 2): χ₁ = 2, so ‖Δ‖ gains ~√2 per layer; at depth 50 layer 1's ‖Δ‖ is
 * ~10⁷ × layer 50's (~10¹³ in absolute terms), 13 decades up the fixed axis, while He init keeps it flat.
 * (tanh at σ_w = 2.5, χ₁ ≈ 1.6, explodes too, but only ~10⁴× at depth 50.)
 */
export const EXPLODING_DEFAULTS: ExplodingState = {
  depth: 50, activation: 'relu', sigmaW: 2, init: 'normal', clip: 0, seed: 1,
};

/** Fixed log-axis domain (STACK.md trap 5): up to just above float32's largest value (3.4·10³⁸). */
export const NORM_AXIS_MIN = 1e-6;
export const NORM_AXIS_MAX = 1e40;
