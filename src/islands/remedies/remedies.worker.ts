// Web Worker of the remedies island: two networks × SEEDS seeds (~80 ms at depth 100) off the main thread,
// in rounds of one seed: the first round (~15 ms) answers at once as a preview, so a drag of the depth slider
// redraws without waiting, and a newer request stops the rounds of an old one (kit/serve-latest.ts).
import { serveRounds } from '../kit/serve-latest';
import { remediesRounds } from '../../sims/remedies/model';
import type { RemediesState } from '../../sims/remedies/defaults';

serveRounds((s: RemediesState) => remediesRounds(s));
