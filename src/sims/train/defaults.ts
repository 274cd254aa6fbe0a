// Lesson numbers of the "train it" island: the default network, the ranges of every control and the presets.
// Chosen so that on a 2-core laptop the default deep sigmoid network visibly stalls while the ReLU presets
// learn the same data set within ~10–20 s of training (tests/unit/sims/train-claims.test.ts holds the claim).
import type { ActivationName, InitName, OptimizerName, ResidualMode } from '../../engine';

export const TRAIN_ID = 'train';

export type TrainDataset = 'spirals' | 'circles' | 'xor' | 'moons';
export const TRAIN_DATASETS: readonly TrainDataset[] = ['spirals', 'circles', 'xor', 'moons'];
export const TRAIN_ACTIVATIONS: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'gelu'];
export const TRAIN_RESIDUALS: readonly ResidualMode[] = ['none', 'identity', 'trainable'];
export const TRAIN_OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

/** The whole state of the island; every field lives in the URL. */
export interface TrainState {
  dataset: TrainDataset;
  depth: number;
  width: number;
  activation: ActivationName;
  batchNorm: boolean;
  residual: ResidualMode;
  optimizer: OptimizerName;
  lr: number;
  batch: number;
  seed: number;
}

/**
 * The default network: deep and sigmoid, the one that stalls. Adam at 0.003 is the default optimiser because
 * it rescues nothing here (the sigmoid stays at ln 2 for 10 000 steps) yet lets both ReLU presets learn the
 * spirals within ~2 000 steps (~2 s); with plain gradient descent the identity-residual ReLU net diverges at
 * once (its forward signal grows with depth), which the island reports rather than hides.
 */
export const TRAIN_DEFAULTS: TrainState = {
  dataset: 'spirals',
  depth: 20,
  width: 16,
  activation: 'sigmoid',
  batchNorm: false,
  residual: 'none',
  optimizer: 'adam',
  lr: 0.003,
  batch: 32,
  seed: 1,
};

export const DEPTH_RANGE = { min: 1, max: 40, step: 1 } as const;
export const WIDTH_RANGE = { min: 4, max: 48, step: 4 } as const;
export const BATCH_RANGE = { min: 8, max: 128, step: 8 } as const;
export const LR_RANGE = { min: 0.0001, max: 1, step: 0.0001 } as const;
export const SEED_RANGE = { min: 0, max: 2 ** 31 - 1, step: 1 } as const;
/** Learning rates offered by the picker (a log-spaced ladder; the URL accepts any value in LR_RANGE). */
export const LR_CHOICES: readonly number[] = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.05, 0.1, 0.3, 1];

/** Named presets: each sets only the fields it lists. */
export type PresetName = 'sigmoid' | 'relu-bn' | 'relu-residual';
export const PRESETS: Record<PresetName, Partial<TrainState>> = {
  sigmoid: { activation: 'sigmoid', batchNorm: false, residual: 'none' },
  'relu-bn': { activation: 'relu', batchNorm: true, residual: 'none' },
  'relu-residual': { activation: 'relu', batchNorm: false, residual: 'identity' },
};
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** Number of points in the training set. */
export const DATA_POINTS = 400;
/** The data set's seed is fixed, so "new seed" redraws the weights and batches but keeps the points. */
export const DATA_SEED = 7;
/** Side of the square grid on which the decision boundary is evaluated. */
export const GRID_SIZE = 40;
/** Extent of the input plane shown: [-PLANE, PLANE]² (the data sets live in [-1, 1]²). */
export const PLANE = 1.1;

/** Columns kept in the loss and gradient histories; older columns are merged in pairs when full. */
export const HISTORY_COLUMNS = 256;
/** Training stops by itself after this many steps. */
export const MAX_STEPS = 100_000;
/** Snapshots posted per second at most while training. */
export const SNAPSHOTS_PER_SECOND = 15;
/** The decision boundary is re-evaluated at most this often (ms), since it costs a forward pass of the grid. */
export const BOUNDARY_INTERVAL_MS = 200;
/** Main-thread fallback: training slice length (ms), well under the 50 ms long-task budget. */
export const MAIN_THREAD_SLICE_MS = 12;
/** Steps run by the "step" button. */
export const STEP_BUTTON_STEPS = 1;
/** While training, the read-outs and each chart are refreshed at most this often (ms), one chart per frame: 4 Hz reads as motion, and the main thread stays mostly idle. */
export const CHART_REDRAW_MS = 250;
/** Reduced motion: redraw at most this often (ms). */
export const REDUCED_MOTION_REDRAW_MS = 1000;

/** Fixed log10 domain of the gradient-norm colour scale (trap 5: never auto-fit a log scale). */
export const GRAD_LOG10_DOMAIN: readonly [number, number] = [-16, 2];
/** Fixed domain of the loss axis (cross-entropy of two classes starts near ln 2 ≈ 0.69). */
export const LOSS_DOMAIN: readonly [number, number] = [0, 1];
/** The loss of a network that has learnt nothing on two balanced classes: ln 2. */
export const CHANCE_LOSS = Math.LN2;

/** The initialiser that suits each activation (He for the ReLU family, Xavier otherwise). */
export function initFor(activation: ActivationName): InitName {
  return activation === 'relu' || activation === 'leaky-relu' || activation === 'elu' ? 'he-normal' : 'xavier-normal';
}
