// The numbers the train island's caption quotes, computed from the state and the latest snapshot only,
// so the sentence and the charts never disagree.
import { CHANCE_LOSS, type TrainState } from './defaults';
import type { TrainSnapshot } from './model';

/** Within this distance of ln 2 the loss counts as "still at chance". */
export const STALL_MARGIN = 0.02;
/** Steps before the caption calls a run stalled (earlier, it is only "not yet learning"). */
export const STALL_AFTER_STEPS = 1000;

export interface TrainFacts {
  step: number;
  /** Recent mean loss, 3 decimals (null before the first step). */
  loss: number | null;
  /** Training-set accuracy in percent, integer (null before the boundary was evaluated). */
  accuracy: number | null;
  chance: number;
  /** Loss still within STALL_MARGIN of ln 2 after STALL_AFTER_STEPS steps. */
  stalled: boolean;
  diverged: boolean;
  /** log10 of ‖∂J/∂W‖ at layer 1 over that at the output layer, in the latest history column (rounded). */
  gradGap: number | null;
  depth: number;
}

/** Caption facts of a state and (optionally) its latest snapshot. */
export function trainFacts(state: TrainState, snap: TrainSnapshot | null): TrainFacts {
  const step = snap?.step ?? 0;
  const loss = snap && Number.isFinite(snap.loss) ? Number(snap.loss.toFixed(3)) : null;
  const accuracy = snap && Number.isFinite(snap.accuracy) ? Math.round(snap.accuracy * 100) : null;
  let gradGap: number | null = null;
  if (snap && snap.columns > 0) {
    const last = snap.columns - 1;
    const first = snap.gradHistory[last];
    const out = snap.gradHistory[(snap.layers - 1) * snap.columns + last];
    if (Number.isFinite(first) && Number.isFinite(out)) gradGap = Math.round(first - out);
  }
  return {
    step, loss, accuracy, chance: Number(CHANCE_LOSS.toFixed(3)),
    stalled: loss !== null && step >= STALL_AFTER_STEPS && Math.abs(loss - CHANCE_LOSS) < STALL_MARGIN,
    diverged: snap?.diverged ?? false,
    gradGap, depth: state.depth,
  };
}
