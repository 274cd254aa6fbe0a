// The recurrent island's URL codec: ?recurrent.seqLen=100&recurrent.cell=lstm&recurrent.hidden=16
// &recurrent.init=orthogonal&recurrent.scale=1.2&recurrent.forgetBias=2&recurrent.seed=3 (defaults omitted).
import { defineCodec, enumField, floatField, intField, seedField, type StateOf } from '../url-state';
import {
  CELL_OPTIONS, FORGET_BIAS_MAX, FORGET_BIAS_MIN, FORGET_BIAS_STEP, HIDDEN_MAX, HIDDEN_MIN, INIT_OPTIONS,
  RECURRENT_DEFAULTS as D, RECURRENT_ID, SCALE_MAX, SCALE_MIN, SCALE_STEP, SEQ_LEN_MAX, SEQ_LEN_MIN, type RecurrentState,
} from './defaults';

const SCHEMA = {
  seqLen: intField(D.seqLen, SEQ_LEN_MIN, SEQ_LEN_MAX),
  cell: enumField(D.cell, CELL_OPTIONS, { elman: 'rnn', vanilla: 'rnn' }),
  hidden: intField(D.hidden, HIDDEN_MIN, HIDDEN_MAX),
  init: enumField(D.init, INIT_OPTIONS, { pytorch: 'uniform', default: 'uniform', ortho: 'orthogonal' }),
  scale: floatField(D.scale, SCALE_MIN, SCALE_MAX, SCALE_STEP),
  forgetBias: floatField(D.forgetBias, FORGET_BIAS_MIN, FORGET_BIAS_MAX, FORGET_BIAS_STEP),
  seed: seedField(D.seed),
};

/** Codec of the recurrent island (schema version 1). */
export const RECURRENT_CODEC = defineCodec(RECURRENT_ID, SCHEMA, { renamedKeys: { T: 'seqLen', seq: 'seqLen', H: 'hidden', bf: 'forgetBias' } });
/** The name tests/unit/sims/links.test.ts looks for. */
export const codec = RECURRENT_CODEC;
export type RecurrentKey = keyof typeof SCHEMA & string;

const _sameShape: StateOf<typeof SCHEMA> extends RecurrentState ? (RecurrentState extends StateOf<typeof SCHEMA> ? true : never) : never = true;
void _sameShape;
