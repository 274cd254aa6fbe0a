// The remedies island's side of the islands' worker (../engine.worker.ts): two networks × SEEDS seeds off the
// main thread, in rounds of one seed: the first round answers at once as a preview, so a drag of the depth
// slider redraws without waiting, and a newer request stops the rounds of an old one (kit/serve-latest.ts).
import { remediesRounds } from '../../sims/remedies/model';
import { DEPTH_MAX, DEPTH_MIN, type RemediesState } from '../../sims/remedies/defaults';
import { nextTurn, serveRounds } from '../kit/serve-latest';

/** The depth slider's neighbours: their previews are made ahead, once a state's rounds are done. */
export function remediesAhead(s: RemediesState): RemediesState[] {
  return [s.depth + 1, s.depth - 1].filter((d) => d >= DEPTH_MIN && d <= DEPTH_MAX).map((depth) => ({ ...s, depth }));
}

/** Install the remedies rounds as this worker's message handler. */
export function serveRemedies(): void {
  serveRounds((s: RemediesState) => remediesRounds(s), nextTurn, remediesAhead);
}
