// The train island's side of the islands' worker (../engine.worker.ts): runs the training loop off the main
// thread and transfers its snapshots.
import { SNAPSHOTS_PER_SECOND } from '../../sims/train/defaults';
import { TrainLoop } from './loop';
import { transferables, type TrainCommand, type TrainReply } from './protocol';

/** A worker trains in slices as long as the snapshot interval: one snapshot per slice. */
const WORKER_SLICE_MS = 1000 / SNAPSHOTS_PER_SECOND;

/** Install the training loop as this worker's message handler. */
export function serveTrain(): void {
  const scope = self as unknown as {
    postMessage(message: TrainReply, transfer: ArrayBuffer[]): void;
    onmessage: ((e: MessageEvent<TrainCommand>) => void) | null;
  };
  const loop = new TrainLoop((reply) => {
    scope.postMessage(reply, reply.type === 'snapshot' ? transferables(reply.snapshot) : []);
  }, WORKER_SLICE_MS);
  scope.onmessage = (e) => loop.handle(e.data);
}
