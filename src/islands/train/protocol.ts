// Messages between the train island and its training loop (a Web Worker, or the main-thread fallback).
// Every command carries the generation of the configuration it belongs to; replies from an older
// generation are dropped by the island, so the latest configuration always wins.
import type { TrainState } from '../../sims/train/defaults';
import type { TrainPoint, TrainSnapshot } from '../../sims/train/model';

export type TrainCommand =
  | { type: 'configure'; gen: number; state: TrainState }
  | { type: 'play'; gen: number }
  | { type: 'pause'; gen: number }
  | { type: 'step'; gen: number; steps: number };

export type TrainReply =
  | {
    type: 'snapshot'; gen: number; playing: boolean; snapshot: TrainSnapshot; stepsPerSecond: number;
    /** The training points, sent once per configuration (the island draws them under the boundary). */
    points?: TrainPoint[];
  }
  | { type: 'error'; gen: number; message: string };

/** The buffers of a snapshot, to transfer rather than copy. */
export function transferables(s: TrainSnapshot): ArrayBuffer[] {
  const list = [s.lossHistory.buffer, s.gradHistory.buffer];
  if (s.boundary) list.push(s.boundary.buffer);
  return list as ArrayBuffer[];
}
