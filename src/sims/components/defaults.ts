// The lesson's numbers for the "gradient components" island (the lecture's figure):
// a deep sigmoid network at initialisation, one forward/backward pass on a toy batch,
// then |W| and |dJ/dW| per layer, summarised into quantiles.
import type { ActivationName, DatasetName, InitName } from '../../engine/types';

/** Island id: HTML id and URL prefix. */
export const COMPONENTS_ID = 'components';

/** Hidden layers L: the lecture's figure is a ~10-layer sigmoid network. */
export const DEPTH_DEFAULT = 10;
export const DEPTH_MIN = 2;
export const DEPTH_MAX = 40;

export const ACTIVATION_DEFAULT: ActivationName = 'sigmoid';
export const ACTIVATION_OPTIONS: readonly ActivationName[] = [
  'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'gelu', 'softplus', 'silu', 'linear',
];

/** 'normal' with SIGMA_W = 1 is N(0, 1/fan_in): weights of the same size in every layer. */
export const INIT_DEFAULT: InitName = 'normal';
export const INIT_OPTIONS: readonly InitName[] = [
  'normal', 'uniform', 'xavier-normal', 'xavier-uniform', 'he-normal', 'he-uniform',
  'lecun-normal', 'orthogonal', 'standard',
];

export const SEED_DEFAULT = 1;

/** Hidden width n and batch size: 32 × 32 × depth 40 is well under a frame (~2 ms). */
export const WIDTH = 32;
export const BATCH = 32;
export const SIGMA_W = 1;
export const SIGMA_B = 0;
/** The toy data the batch comes from (the same sets the "train it" island uses). */
export const DATASET: DatasetName = 'spirals';

/** Quantiles drawn per layer: whiskers (p1, p99), box (q1, q3), median. */
export const QUANTILE_PROBS = { p01: 0.01, q1: 0.25, median: 0.5, q3: 0.75, p99: 0.99 } as const;

/** Fixed log-axis domain shared by both panels (STACK.md trap 5): depth 40 sigmoid reaches ~1e-28. */
export const MAGNITUDE_FLOOR = 1e-32;
export const MAGNITUDE_CEIL = 1e2;

/** The island's full state (what the URL carries). */
export interface ComponentsState {
  depth: number;
  activation: ActivationName;
  init: InitName;
  seed: number;
}

export const COMPONENTS_DEFAULTS: Readonly<ComponentsState> = Object.freeze({
  depth: DEPTH_DEFAULT,
  activation: ACTIVATION_DEFAULT,
  init: INIT_DEFAULT,
  seed: SEED_DEFAULT,
});
