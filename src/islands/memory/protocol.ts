// Messages between the memory island and its training worker. Every command carries the generation of the
// configuration it belongs to; the island drops replies of an older one, so the latest configuration wins.
import type { MemoryState } from '../../sims/memory/defaults';
import type { MemorySnapshot } from '../../sims/memory/model';

export type MemoryCommand =
  | { type: 'configure'; gen: number; state: MemoryState }
  | { type: 'play'; gen: number }
  | { type: 'pause'; gen: number }
  | { type: 'step'; gen: number; steps: number };

export type MemoryReply =
  | { type: 'snapshot'; gen: number; playing: boolean; snapshot: MemorySnapshot; stepsPerSecond: number }
  | { type: 'error'; gen: number; message: string };
