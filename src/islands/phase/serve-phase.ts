// The phase island's worker side: a request's rounds of one grid row each (sims/phase/model.ts phaseRounds),
// the theory posted once it is whole, every measured row posted as it is done ({ seq, result, partial: true }) so the grid fills in row by row, then the whole
// ({ seq, result }). Between two rows the worker's event loop takes a turn: a newer request stops the old one
// there ({ seq, skipped: true }), so a change of activation or depth never waits for a grid already left behind.
// The WebAssembly kernels are awaited first: every network of the grid then runs on them.
import { engineReady } from '../../engine/index';
import type { PhaseRequest, PhaseResult } from '../../sims/phase/model';
import { phaseRounds } from '../../sims/phase/rounds';
import type { WorkerReply } from '../kit/latest-worker';
import { nextTurn } from '../kit/serve-latest';

interface Scope {
  onmessage: ((e: MessageEvent<{ seq: number; req: PhaseRequest }>) => void) | null;
  postMessage: (msg: WorkerReply<PhaseResult>) => void;
}

/** Install the phase rounds as this worker's message handler. */
export function servePhase(turn: () => Promise<void> = nextTurn): void {
  const scope = globalThis as unknown as Scope;
  let latest = 0;
  const ready = engineReady();
  scope.onmessage = async (e) => {
    const { seq, req } = e.data;
    latest = seq;
    try {
      await ready;
      if (latest !== seq) { scope.postMessage({ seq, skipped: true }); return; }
      const it = phaseRounds(req);
      for (let step = it.next(); ; step = it.next()) {
        if (step.done) { scope.postMessage({ seq, result: step.value }); return; }
        if (step.value !== null) scope.postMessage({ seq, result: step.value, partial: true });
        await turn();
        if (latest !== seq) { scope.postMessage({ seq, skipped: true }); return; }
      }
    } catch (err) {
      scope.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
