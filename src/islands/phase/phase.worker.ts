// The phase island's Web Worker (a sibling of ../engine.worker.ts: no other island on its page computes in a
// worker, so it bundles only the engine and the phase model).
import { servePhase } from './serve-phase';

servePhase();
