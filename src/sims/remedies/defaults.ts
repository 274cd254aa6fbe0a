// Lesson numbers of the "remedies side by side" island: one deep plain network (sigmoid, Xavier)
// against the same network with the reader's remedies switched on. Every number here is a choice
// for the lesson, not math; the math lives in src/engine.
import type { ActivationName, InitName, ResidualMode, SkipInit } from '../../engine/types';

/** Island id: HTML id, URL prefix, i18n key. */
export const REMEDIES_ID = 'remedies';

/** Hidden layers L: default, and the range the slider and the URL accept. */
export const DEPTH_DEFAULT = 50;
export const DEPTH_MIN = 2;
export const DEPTH_MAX = 100;

/** Width of every hidden layer and examples per batch: 32 × 32 × depth 100 ≈ 6 ms per pass (issue 4). */
export const WIDTH = 32;
export const BATCH = 32;

/** Seeds per network for the median and band (seed, seed + 1, …); two networks × 5 seeds runs in a worker. */
export const SEEDS = 5;
export const SEED_DEFAULT = 1;
export const SEED_MIN = 0;
export const SEED_MAX = 2 ** 31 - 1;

/** The plain baseline: the lecture's sigmoid network with a careful (Xavier) init, so only g' shrinks Δ. */
export const PLAIN_ACTIVATION: ActivationName = 'sigmoid';
export const PLAIN_INIT: InitName = 'xavier-normal';
/** With the ReLU toggle: ReLU with He init (σ_w² = 2, the critical value for ReLU). */
export const RELU_ACTIVATION: ActivationName = 'relu';
export const RELU_INIT: InitName = 'he-normal';
/** σ_w for the 'normal' family and the random skip matrix N(0, σ_w²/n); σ_b for the biases. */
export const SIGMA_W = 1;
export const SIGMA_B = 0;

export const RESIDUAL_MODES: readonly ResidualMode[] = ['none', 'identity', 'trainable'];
export const SKIP_INITS: readonly SkipInit[] = ['identity', 'random'];

/** The island's whole state, as the URL carries it. */
export interface RemediesState {
  depth: number;
  relu: boolean;
  batchNorm: boolean;
  residual: ResidualMode;
  skipInit: SkipInit;
  seed: number;
}

/** A trainable skip matrix that starts random: it loses the identity's "+1" (the honest caveat). */
export function hasRandomSkip(state: RemediesState): boolean {
  return state.residual === 'trainable' && state.skipInit === 'random';
}

export const REMEDIES_DEFAULTS: RemediesState = {
  depth: DEPTH_DEFAULT,
  relu: true,
  batchNorm: true,
  residual: 'none',
  skipInit: 'identity',
  seed: SEED_DEFAULT,
};

/** Presets for the buttons: name → the toggles they set (depth and seed are kept). */
export const PRESETS = {
  plain: { relu: false, batchNorm: false, residual: 'none', skipInit: 'identity' },
  relu: { relu: true, batchNorm: false, residual: 'none', skipInit: 'identity' },
  reluBn: { relu: true, batchNorm: true, residual: 'none', skipInit: 'identity' },
  resnet: { relu: true, batchNorm: true, residual: 'identity', skipInit: 'identity' },
} as const satisfies Record<string, Omit<RemediesState, 'depth' | 'seed'>>;
export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** Fixed log-axis domain of ‖Δ^(l)‖ (STACK.md trap 5); values outside are drawn at the edge and flagged. */
// Plain sigmoid at depth 100 underflows float32 (~1e-62 → 0); ReLU + identity skips without batch norm
// reach ~1e23 at depth 100: the axis spans float32's smallest subnormal to just above that.
export const DELTA_AXIS_MIN = 1e-45;
export const DELTA_AXIS_MAX = 1e25;
