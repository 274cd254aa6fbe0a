// What the memory island's live part (MemoryLive.svelte, loaded on demand) tells its shell (Memory.svelte).
import type { Table } from '../kit';
import type { MemoryFacts } from '../../sims/memory/caption';

export interface LiveStatus {
  playing: boolean;
  /** Training speed of the last slice, steps per second. */
  rate: number;
  facts: MemoryFacts;
  caption: string;
  table: Table;
  /** The worker could not start, or it reported an error. */
  noWorker: boolean;
  error: string;
}
