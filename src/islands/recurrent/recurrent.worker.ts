// The recurrent island's Web Worker (a sibling of ../engine.worker.ts): it bundles only the recurrent engine and
// model, so the island's own chunk carries none of it. One answer per request; a newer request wins (LatestWorker).
import { serveLatest } from '../kit/serve-latest';
import { computeRecurrent } from '../../sims/recurrent/model';
import type { RecurrentState } from '../../sims/recurrent/defaults';

serveLatest((req: RecurrentState) => computeRecurrent(req));
