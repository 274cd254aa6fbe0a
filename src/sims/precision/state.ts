// The precision island's URL codec: ?precision.depth=30&precision.activation=tanh&precision.sigmaW=0.8
// &precision.init=xavier-normal&precision.format=bfloat16&precision.scale=12&precision.seed=3 (defaults omitted).
// `scale` is k of S = 2^k. The walk-through (play, step, restart) is a control a lesson link may lock or hide.
import { defineCodec, enumField, floatField, intField, seedField, type StateOf } from '../url-state';
import {
  ACTIVATION_OPTIONS, DEPTH_MAX, DEPTH_MIN, FORMAT_OPTIONS, INIT_OPTIONS, PRECISION_DEFAULTS as D, PRECISION_ID,
  SCALE_EXP_MAX, SCALE_EXP_MIN, SIGMA_W_MAX, SIGMA_W_MIN, SIGMA_W_STEP, type PrecisionState,
} from './defaults';

const SCHEMA = {
  depth: intField(D.depth, DEPTH_MIN, DEPTH_MAX),
  activation: enumField(D.activation, ACTIVATION_OPTIONS, { logistic: 'sigmoid', identity: 'linear' }),
  sigmaW: floatField(D.sigmaW, SIGMA_W_MIN, SIGMA_W_MAX, SIGMA_W_STEP),
  init: enumField(D.init, INIT_OPTIONS, { xavier: 'xavier-normal', glorot: 'xavier-normal', he: 'he-normal', kaiming: 'he-normal' }),
  format: enumField(D.format, FORMAT_OPTIONS, {
    fp64: 'float64', double: 'float64', fp32: 'float32', single: 'float32', fp16: 'float16', half: 'float16', bf16: 'bfloat16',
  }),
  scale: intField(D.scale, SCALE_EXP_MIN, SCALE_EXP_MAX),
  seed: seedField(D.seed),
};

/** Codec of the precision island (schema version 1). */
export const PRECISION_CODEC = defineCodec(PRECISION_ID, SCHEMA, { renamedKeys: { sw: 'sigmaW', dtype: 'format', k: 'scale' }, controls: ['walk'] as const });
/** The name tests/unit/sims/links.test.ts looks for. */
export const codec = PRECISION_CODEC;
export type PrecisionKey = keyof typeof SCHEMA & string;

const _sameShape: StateOf<typeof SCHEMA> extends PrecisionState ? (PrecisionState extends StateOf<typeof SCHEMA> ? true : never) : never = true;
void _sameShape;
