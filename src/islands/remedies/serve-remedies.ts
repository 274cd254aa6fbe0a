// The remedies island's side of the islands' worker (../engine.worker.ts): two networks × SEEDS seeds off the
// main thread, in rounds of one seed: the first round answers at once as a preview, so a drag of the depth
// slider redraws without waiting, and a newer request stops the rounds of an old one (kit/serve-latest.ts).
import { serveRounds } from '../kit/serve-latest';
import { remediesRounds } from '../../sims/remedies/model';
import type { RemediesState } from '../../sims/remedies/defaults';

/** Install the remedies rounds as this worker's message handler. */
export function serveRemedies(): void {
  serveRounds((s: RemediesState) => remediesRounds(s));
}
