// A snapshot of nothing trained yet, for the island to draw empty axes of a state the page was not built with,
// before its worker starts (no engine import: this runs on the main thread).
import { CELLS, type MemoryState } from './defaults';
import type { MemorySnapshot } from './model';

/** Both cells at step 0: empty histories, no read-outs. */
export function emptySnapshot(state: MemoryState): MemorySnapshot {
  return {
    state: { ...state }, step: 0,
    learners: CELLS.map((cell) => ({
      cell, step: 0, loss: new Float32Array(0), accuracy: new Float32Array(0), lossStride: 1,
      heat: new Float32Array(0), heatColumns: 0, heatStride: 1, solvedAt: null,
      lastLoss: Number.NaN, lastAccuracy: Number.NaN, lastGrad: new Float32Array(state.seqLen),
    })),
  };
}
