// The memory island's Web Worker: it bundles the recurrent engine and the memory model, so the island's own chunk
// carries none of it; started on the reader's first "train" or "step". Snapshots' buffers are transferred.
import { MemoryLoop } from './loop';
import { snapshotBuffers } from '../../sims/memory/model';
import type { MemoryCommand, MemoryReply } from './protocol';

const scope = self as unknown as {
  postMessage(message: MemoryReply, transfer: ArrayBuffer[]): void;
  onmessage: ((e: MessageEvent<MemoryCommand>) => void) | null;
};
const loop = new MemoryLoop((reply) => scope.postMessage(reply, reply.type === 'snapshot' ? snapshotBuffers(reply.snapshot) : []));
scope.onmessage = (e) => loop.handle(e.data);
