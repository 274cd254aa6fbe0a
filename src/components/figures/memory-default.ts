// The memory island's default run, trained once per build (a few seconds: both cells, T = 100, the whole run)
// and shared by every page that shows the figure (both languages, the embed pages).
import { MAX_STEPS, MEMORY_DEFAULTS } from '../../sims/memory/defaults';
import { MemorySession, type MemorySnapshot } from '../../sims/memory/model';

let cached: MemorySnapshot | null = null;

/** The snapshot of the default state after MAX_STEPS steps. */
export function defaultRun(): MemorySnapshot {
  if (!cached) {
    const session = new MemorySession(MEMORY_DEFAULTS);
    session.train(MAX_STEPS);
    cached = session.snapshot();
  }
  return cached;
}
