// URL codec of the activation figure: ?activations.fn=tanh (built on the shared codec; never throws).
import { defineCodec, enumField, type StateOf } from '../url-state';
import { ACTIVATIONS_ID, FN_DEFAULT, FN_OPTIONS } from './defaults';

/** Friendly spellings readers may type; they map to the engine's names. */
const FN_ALIASES = {
  logistic: 'sigmoid', sigmoide: 'sigmoid', leakyrelu: 'leaky-relu', leaky_relu: 'leaky-relu', swish: 'silu',
  identity: 'linear', lineal: 'linear', identidad: 'linear',
} as const;

export const ACTIVATIONS_CODEC = defineCodec(ACTIVATIONS_ID, {
  fn: enumField(FN_DEFAULT, FN_OPTIONS, FN_ALIASES),
}, { version: 1 });

/** The field keys of this island (for lock/hide lists). */
export type ActivationsKey = keyof typeof ACTIVATIONS_CODEC.schema & string;
export type ActivationsState = StateOf<typeof ACTIVATIONS_CODEC.schema>;
