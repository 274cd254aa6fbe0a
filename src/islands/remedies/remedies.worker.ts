// Web Worker of the remedies island: runs the model (two networks × SEEDS seeds, ~100–700 ms) off the
// main thread. One message in (a state), one message out (the model's data for that state).
import { computeRemedies } from '../../sims/remedies/model';
import type { RemediesState } from '../../sims/remedies/defaults';

self.onmessage = (e: MessageEvent<RemediesState>) => {
  self.postMessage(computeRemedies(e.data));
};
