// The phase island's URL codec: ?phase.activation=relu&phase.view=residual&phase.depth=40&phase.seed=3
// &phase.col=7&phase.row=2 (defaults omitted; col and row are the keyboard cursor's grid point).
import { defineCodec, enumField, intField, seedField, type StateOf } from '../url-state';
import {
  ACTIVATION_OPTIONS, COLUMNS, DEPTH_MAX, DEPTH_MIN, PHASE_DEFAULTS as D, PHASE_ID, ROWS, VIEW_OPTIONS,
  type PhaseState,
} from './defaults';

const SCHEMA = {
  activation: enumField(D.activation, ACTIVATION_OPTIONS, {
    logistic: 'sigmoid', identity: 'linear', leakyrelu: 'leaky-relu', leaky_relu: 'leaky-relu', swish: 'silu',
  }),
  view: enumField(D.view, VIEW_OPTIONS, { theoretical: 'theory', theoria: 'theory', teoria: 'theory', 'teoría': 'theory', measure: 'measured', diff: 'residual' }),
  depth: intField(D.depth, DEPTH_MIN, DEPTH_MAX),
  seed: seedField(D.seed),
  col: intField(D.col, 0, COLUMNS - 1),
  row: intField(D.row, 0, ROWS - 1),
};

/** Codec of the phase island (schema version 1). */
export const PHASE_CODEC = defineCodec(PHASE_ID, SCHEMA, { renamedKeys: { act: 'activation', L: 'depth' } });
/** The name tests/unit/sims/links.test.ts looks for. */
export const codec = PHASE_CODEC;
export type PhaseKey = keyof typeof SCHEMA & string;

const _sameShape: StateOf<typeof SCHEMA> extends PhaseState ? (PhaseState extends StateOf<typeof SCHEMA> ? true : never) : never = true;
void _sameShape;
