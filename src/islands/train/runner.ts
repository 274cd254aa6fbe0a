// Where the training loop runs: a module Web Worker when the browser has one, else the main thread in
// short slices (MAIN_THREAD_SLICE_MS) so no task comes near the 50 ms long-task budget.
import { MAIN_THREAD_SLICE_MS } from '../../sims/train/defaults';
import type { TrainCommand, TrainReply } from './protocol';

export interface TrainRunner {
  send(cmd: TrainCommand): void;
  close(): void;
  /** 'worker' or 'main-thread' (shown to the reader, who may wonder why the page is slower). */
  where: 'worker' | 'main-thread';
}

/** Starts a runner; `onreply` receives every snapshot or error. */
export async function startRunner(onreply: (reply: TrainReply) => void): Promise<TrainRunner> {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('../engine.worker.ts', import.meta.url), { type: 'module', name: 'train' });
      worker.onmessage = (e: MessageEvent<TrainReply>) => onreply(e.data);
      return { where: 'worker', send: (cmd) => worker.postMessage(cmd), close: () => worker.terminate() };
    } catch {
      // Fall through to the main thread (e.g. a CSP or browser without module workers).
    }
  }
  const { TrainLoop } = await import('./loop');
  // Deliver replies asynchronously, like a worker would, so the island never re-enters itself.
  const loop = new TrainLoop((reply) => queueMicrotask(() => onreply(reply)), MAIN_THREAD_SLICE_MS);
  let closed = false;
  return {
    where: 'main-thread',
    send: (cmd) => { if (!closed) loop.handle(cmd); },
    close: () => { closed = true; loop.dispose(); },
  };
}
