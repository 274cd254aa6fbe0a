// The remedies island's URL codec: ?remedies.depth=50&remedies.relu=1&remedies.batchNorm=1
// &remedies.residual=identity&remedies.skipInit=random&remedies.seed=3 (defaults omitted).
import { boolField, defineCodec, enumField, intField, seedField, type StateOf } from '../url-state';
import {
  DEPTH_MAX, DEPTH_MIN, REMEDIES_DEFAULTS as D, REMEDIES_ID, RESIDUAL_MODES, SKIP_INITS,
  type RemediesState,
} from './defaults';

const SCHEMA = {
  depth: intField(D.depth, DEPTH_MIN, DEPTH_MAX),
  relu: boolField(D.relu),
  batchNorm: boolField(D.batchNorm),
  residual: enumField(D.residual, RESIDUAL_MODES, { skip: 'identity', resnet: 'identity', off: 'none' }),
  skipInit: enumField(D.skipInit, SKIP_INITS, { eye: 'identity', normal: 'random' }),
  seed: seedField(D.seed),
};

/** Codec of the remedies island (schema version 1). */
export const REMEDIES_CODEC = defineCodec(REMEDIES_ID, SCHEMA, { renamedKeys: { bn: 'batchNorm', skip: 'residual' } });

/** Control keys a lesson link may lock or hide. */
export type RemediesKey = keyof typeof SCHEMA & string;

// The codec's state type and the island's state type must stay the same shape.
const _sameShape: StateOf<typeof SCHEMA> extends RemediesState ? (RemediesState extends StateOf<typeof SCHEMA> ? true : never) : never = true;
void _sameShape;

/** The name tests/unit/sims/links.test.ts looks for. */
export const codec = REMEDIES_CODEC;
