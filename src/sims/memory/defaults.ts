// Lesson numbers of the "memory" island (chapter "further", through time): an Elman RNN and a GRU trained side by
// side, on the same batches, to remember the first of T symbols (Hochreiter & Schmidhuber 1997's experiment 2a:
// engine/recurrent/tasks.ts, 4 symbols then T − 1 distractors). Chosen by experiment so that at T = 100 the GRU
// learns it within a few hundred steps on every seed tried while the RNN, trained identically, never does, and
// at T = 10 the RNN learns it too: the failure is the distance (tests/unit/sims/memory-claims.test.ts).
import type { CellName, TaskName } from '../../engine/recurrent/types';

/** Island id: HTML id, URL prefix, i18n key. */
export const MEMORY_ID = 'memory';

export const TASK: TaskName = 'first-symbol';
/** The two cells trained side by side: the plain RNN, and the gated cell. */
export const CELLS: readonly [CellName, CellName] = ['rnn', 'gru'];
/** Hidden units, sequences per batch: small enough that a step of both cells at T = 100 costs ~4 ms in Node. */
export const HIDDEN = 8;
export const BATCH = 16;
/** Adam with global-norm clipping: a large step, which the GRU needs to learn within a reader's patience. */
export const OPTIMIZER = { name: 'adam', lr: 0.05, clip: 1 } as const;

export const SEQ_LEN_MIN = 1;
export const SEQ_LEN_MAX = 150;
export const SEED_MIN = 0;
export const SEED_MAX = 2 ** 31 - 1;

export interface MemoryState {
  /** T: the symbol to remember comes T − 1 steps before the end. */
  seqLen: number;
  seed: number;
}

export const MEMORY_DEFAULTS: MemoryState = { seqLen: 100, seed: 1 };

/** K, the symbols to remember: the engine's FIRST_SYMBOL_CLASSES, written here so the island's own chunk (which
 *  reads this file) imports no engine code; tests/unit/content-claims-memory.test.ts holds the two equal. */
export const SYMBOLS = 4;
/** The cross-entropy of a guess that has learnt nothing: ln K over K equally likely symbols. */
export const CHANCE_LOSS = Math.log(SYMBOLS);
/** A cell has learnt the task once its mean loss over a history column is below this (5 % of chance). */
export const SOLVED_LOSS = 0.05 * CHANCE_LOSS;

/** Training stops by itself after this many steps. */
export const MAX_STEPS = 1000;
/** Columns of the loss and accuracy histories, and rows (training steps) of each heat map. */
export const LOSS_COLUMNS = 256;
export const HEAT_ROWS = 64;
/** Steps run by the "step" button. */
export const STEP_BUTTON_STEPS = 10;
/** Snapshots posted per second at most while training. */
export const SNAPSHOTS_PER_SECOND = 10;
/** While training, read-outs and each chart are refreshed at most this often (ms), one chart per frame. */
export const CHART_REDRAW_MS = 250;
export const REDUCED_MOTION_REDRAW_MS = 1000;

/**
 * Fixed log10 domain of the heat maps' colour (STACK.md trap 5): from float32's smallest subnormal, 2^−149 ≈
 * 10^−44.85, to 1; a float32 gradient of exactly 0 has a colour of its own.
 */
export const GRAD_LOG10_DOMAIN: readonly [number, number] = [-45, 0];
/** Fixed loss axis (cross-entropy; chance is ln 4 ≈ 1.39; larger values are drawn at the top). */
export const LOSS_DOMAIN: readonly [number, number] = [0, 2];
