// The recurrent island's Web Worker (a sibling of ../engine.worker.ts): it bundles only the recurrent engine and
// model, so the island's own chunk carries none of it. One answer per request; a newer request wins (LatestWorker).
// The T slider's neighbours are computed ahead while the worker is idle (serveAhead): a step of T is answered from
// what is kept (~100 ms a state at T = 200 otherwise).
import { serveAhead } from '../kit/serve-latest';
import { stepNeighbours } from '../kit/ahead';
import { computeRecurrent } from '../../sims/recurrent/model';
import { SEQ_LEN_MAX, SEQ_LEN_MIN, type RecurrentState } from '../../sims/recurrent/defaults';

serveAhead((req: RecurrentState) => computeRecurrent(req),
  (req) => stepNeighbours(req.seqLen, 1, SEQ_LEN_MIN, SEQ_LEN_MAX).map((seqLen) => ({ ...req, seqLen })));
