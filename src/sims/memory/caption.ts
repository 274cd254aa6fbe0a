// The numbers the memory island's caption and read-outs quote, from its state and latest snapshot only, so the
// sentence and the charts never disagree. Wording lives in src/i18n/memory.ts.
import type { CellName } from '../../engine/recurrent/types';
import type { MemoryState } from './defaults';
import type { LearnerSnapshot, MemorySnapshot } from './model';

export interface CellFacts {
  cell: CellName;
  /** Recent mean loss, 3 decimals (null before the first step). */
  loss: number | null;
  /** Accuracy over the last history column, whole percent (null before the first step). */
  accuracy: number | null;
  /** The step at which it learnt the task (null: not yet). */
  solvedAt: number | null;
  /** log10 (‖∂J/∂h_1‖ / ‖∂J/∂h_T‖) of the latest step, rounded (−Infinity: float32 holds an exact 0 at t = 1). */
  reach: number | null;
}

export interface MemoryFacts {
  seqLen: number;
  seed: number;
  step: number;
  cells: CellFacts[];
}

function cellFacts(l: LearnerSnapshot): CellFacts {
  const started = l.step > 0;
  const first = l.lastGrad[0];
  const last = l.lastGrad[l.lastGrad.length - 1];
  let reach: number | null = null;
  if (started) reach = first === -Infinity ? -Infinity : Number.isFinite(first - last) ? Math.round(first - last) : null;
  return {
    cell: l.cell,
    loss: started && Number.isFinite(l.lastLoss) ? Number(l.lastLoss.toFixed(3)) : null,
    accuracy: started && Number.isFinite(l.lastAccuracy) ? Math.round(l.lastAccuracy * 100) : null,
    solvedAt: l.solvedAt,
    reach,
  };
}

/** Caption facts of a state and its latest snapshot (null: nothing trained yet). */
export function memoryFacts(state: MemoryState, snap: MemorySnapshot | null): MemoryFacts {
  return {
    seqLen: state.seqLen, seed: state.seed, step: snap?.step ?? 0,
    cells: snap ? snap.learners.map(cellFacts) : [],
  };
}
