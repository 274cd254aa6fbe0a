// URL codec of the "gradient components" island: ?components.depth=20&components.activation=tanh…
import { defineCodec, enumField, intField, seedField, type StateOf } from '../url-state';
import {
  ACTIVATION_DEFAULT, ACTIVATION_OPTIONS, COMPONENTS_ID, DEPTH_DEFAULT, DEPTH_MAX, DEPTH_MIN,
  INIT_DEFAULT, INIT_OPTIONS, SEED_DEFAULT,
} from './defaults';

/** Friendly spellings readers may type; they map to the engine's names. */
const ACTIVATION_ALIASES = { logistic: 'sigmoid', leakyrelu: 'leaky-relu', leaky_relu: 'leaky-relu', swish: 'silu' } as const;
const INIT_ALIASES = {
  xavier: 'xavier-normal', glorot: 'xavier-normal', he: 'he-normal', kaiming: 'he-normal', lecun: 'lecun-normal',
} as const;

export const COMPONENTS_CODEC = defineCodec(COMPONENTS_ID, {
  depth: intField(DEPTH_DEFAULT, DEPTH_MIN, DEPTH_MAX),
  activation: enumField(ACTIVATION_DEFAULT, ACTIVATION_OPTIONS, ACTIVATION_ALIASES),
  init: enumField(INIT_DEFAULT, INIT_OPTIONS, INIT_ALIASES),
  seed: seedField(SEED_DEFAULT),
}, { version: 1 });

/** The field keys of this island (for lock/hide lists). */
export type ComponentsKey = keyof typeof COMPONENTS_CODEC.schema & string;
export type ComponentsUrlState = StateOf<typeof COMPONENTS_CODEC.schema>;
