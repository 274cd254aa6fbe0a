// The exploding island's URL codec: ?exploding.depth=30&exploding.activation=relu&exploding.sigmaW=2
// &exploding.init=he-normal&exploding.clip=1&exploding.seed=3 (defaults omitted).
import { defineCodec, enumField, floatField, intField, seedField, type StateOf } from '../url-state';
import {
  ACTIVATION_OPTIONS, CLIP_MAX, CLIP_MIN, CLIP_STEP, DEPTH_MAX, DEPTH_MIN, EXPLODING_DEFAULTS as D, EXPLODING_ID,
  INIT_OPTIONS, SIGMA_W_MAX, SIGMA_W_MIN, SIGMA_W_STEP, type ExplodingState,
} from './defaults';

const SCHEMA = {
  depth: intField(D.depth, DEPTH_MIN, DEPTH_MAX),
  activation: enumField(D.activation, ACTIVATION_OPTIONS, { logistic: 'sigmoid', identity: 'linear' }),
  sigmaW: floatField(D.sigmaW, SIGMA_W_MIN, SIGMA_W_MAX, SIGMA_W_STEP),
  init: enumField(D.init, INIT_OPTIONS, { xavier: 'xavier-normal', glorot: 'xavier-normal', he: 'he-normal', kaiming: 'he-normal' }),
  clip: floatField(D.clip, CLIP_MIN, CLIP_MAX, CLIP_STEP),
  seed: seedField(D.seed),
};

/** Codec of the exploding island (schema version 1). */
export const EXPLODING_CODEC = defineCodec(EXPLODING_ID, SCHEMA, { renamedKeys: { sw: 'sigmaW' } });
/** The name tests/unit/sims/links.test.ts looks for. */
export const codec = EXPLODING_CODEC;
export type ExplodingKey = keyof typeof SCHEMA & string;

const _sameShape: StateOf<typeof SCHEMA> extends ExplodingState ? (ExplodingState extends StateOf<typeof SCHEMA> ? true : never) : never = true;
void _sameShape;
