// URL codec of the "train it" island: ?train.dataset=circles&train.activation=relu&train.batchNorm=1#train
import { boolField, defineCodec, enumField, floatField, intField, seedField, type StateOf } from '../url-state';
import {
  BATCH_RANGE, DEPTH_RANGE, LR_RANGE, TRAIN_ACTIVATIONS, TRAIN_DATASETS, TRAIN_DEFAULTS as D, TRAIN_ID,
  TRAIN_OPTIMIZERS, TRAIN_RESIDUALS, WIDTH_RANGE, type TrainState,
} from './defaults';

/** Friendly spellings readers may type; they map to the engine's names. */
const ACTIVATION_ALIASES = { logistic: 'sigmoid', leakyrelu: 'leaky-relu', leaky_relu: 'leaky-relu' } as const;
const DATASET_ALIASES = { spiral: 'spirals', circle: 'circles', moon: 'moons' } as const;
const RESIDUAL_ALIASES = { off: 'none', skip: 'identity', fixed: 'identity', learned: 'trainable' } as const;
const OPTIMIZER_ALIASES = { gd: 'sgd', 'gradient-descent': 'sgd' } as const;

export const TRAIN_CODEC = defineCodec(TRAIN_ID, {
  dataset: enumField(D.dataset, TRAIN_DATASETS, DATASET_ALIASES),
  depth: intField(D.depth, DEPTH_RANGE.min, DEPTH_RANGE.max),
  width: intField(D.width, WIDTH_RANGE.min, WIDTH_RANGE.max),
  activation: enumField(D.activation, TRAIN_ACTIVATIONS, ACTIVATION_ALIASES),
  batchNorm: boolField(D.batchNorm),
  residual: enumField(D.residual, TRAIN_RESIDUALS, RESIDUAL_ALIASES),
  optimizer: enumField(D.optimizer, TRAIN_OPTIMIZERS, OPTIMIZER_ALIASES),
  lr: floatField(D.lr, LR_RANGE.min, LR_RANGE.max, LR_RANGE.step),
  batch: intField(D.batch, BATCH_RANGE.min, BATCH_RANGE.max),
  seed: seedField(D.seed),
}, { version: 1 });

/** The field keys of this island (for lock/hide lists). */
export type TrainKey = keyof typeof TRAIN_CODEC.schema & string;
export type TrainUrlState = StateOf<typeof TRAIN_CODEC.schema>;

/** The codec's state is exactly the model's state (a compile-time check in both directions). */
export const toTrainState = (s: TrainUrlState): TrainState => s;
export const fromTrainState = (s: TrainState): TrainUrlState => s;
