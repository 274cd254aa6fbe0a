// URL codec of the memory island: ?memory.seqLen=20&memory.seed=3#memory (defaults omitted; T is an alias of seqLen).
import { defineCodec, intField, seedField, type StateOf } from '../url-state';
import { MEMORY_DEFAULTS as D, MEMORY_ID, SEQ_LEN_MAX, SEQ_LEN_MIN, type MemoryState } from './defaults';

const SCHEMA = {
  seqLen: intField(D.seqLen, SEQ_LEN_MIN, SEQ_LEN_MAX),
  seed: seedField(D.seed),
};

/** Codec of the memory island (schema version 1). */
export const MEMORY_CODEC = defineCodec(MEMORY_ID, SCHEMA, { renamedKeys: { T: 'seqLen', seq: 'seqLen' } });
/** The name tests/unit/sims/links.test.ts looks for. */
export const codec = MEMORY_CODEC;
export type MemoryKey = keyof typeof SCHEMA & string;

const _sameShape: StateOf<typeof SCHEMA> extends MemoryState ? (MemoryState extends StateOf<typeof SCHEMA> ? true : never) : never = true;
void _sameShape;
