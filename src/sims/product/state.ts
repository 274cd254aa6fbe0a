// URL codec of the product island: ?product.depth=40&product.activation=tanh&product.goal=float32-zero#product
import { defineCodec, enumField, floatField, intField, seedField, type StateOf } from '../url-state';
import {
  ACTIVATION_DEFAULT, ACTIVATION_OPTIONS, DEPTH_DEFAULT, DEPTH_MAX, DEPTH_MIN, GOAL_DEFAULT, GOAL_OPTIONS,
  INIT_DEFAULT, INIT_OPTIONS, PRODUCT_ID, SEED_DEFAULT, SIGMA_B_DEFAULT, SIGMA_B_MAX, SIGMA_B_MIN, SIGMA_B_STEP,
  SIGMA_W_DEFAULT, SIGMA_W_MAX, SIGMA_W_MIN, SIGMA_W_STEP,
} from './defaults';

/** `product.layer` when no layer is focused. */
export const LAYER_NONE = 0;

/** Friendly spellings readers may type; they map to the engine's names. */
const ACTIVATION_ALIASES = { logistic: 'sigmoid', leakyrelu: 'leaky-relu', leaky_relu: 'leaky-relu', swish: 'silu' } as const;
const INIT_ALIASES = {
  xavier: 'xavier-normal', glorot: 'xavier-normal', he: 'he-normal', kaiming: 'he-normal', lecun: 'lecun-normal',
  gaussian: 'normal',
} as const;

export const PRODUCT_CODEC = defineCodec(PRODUCT_ID, {
  depth: intField(DEPTH_DEFAULT, DEPTH_MIN, DEPTH_MAX),
  activation: enumField(ACTIVATION_DEFAULT, ACTIVATION_OPTIONS, ACTIVATION_ALIASES),
  init: enumField(INIT_DEFAULT, INIT_OPTIONS, INIT_ALIASES),
  sigmaW: floatField(SIGMA_W_DEFAULT, SIGMA_W_MIN, SIGMA_W_MAX, SIGMA_W_STEP),
  sigmaB: floatField(SIGMA_B_DEFAULT, SIGMA_B_MIN, SIGMA_B_MAX, SIGMA_B_STEP),
  seed: seedField(SEED_DEFAULT),
  goal: enumField(GOAL_DEFAULT, GOAL_OPTIONS),
  /** The focused layer of the equation panel and the chart (LAYER_NONE: none chosen, the panel shows layer 1). */
  layer: intField(LAYER_NONE, LAYER_NONE, DEPTH_MAX),
}, {
  version: 1, renamedKeys: { sw: 'sigmaW', sb: 'sigmaB', L: 'depth', act: 'activation' },
  // Parts a lesson link may lock or hide besides the fields: the walk-through buttons, the equation panel.
  controls: ['walk', 'equation'] as const,
});

/** The field keys of this island (for lock/hide lists). */
export type ProductKey = keyof typeof PRODUCT_CODEC.schema & string;
/** Fields and controls a lesson link may lock or hide. */
export type ProductLessonKey = ProductKey | (typeof PRODUCT_CODEC.controls)[number];
export type ProductState = StateOf<typeof PRODUCT_CODEC.schema>;
