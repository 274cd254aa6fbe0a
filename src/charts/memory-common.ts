// Shared by the memory island's charts: each cell's colour and name, the fixed training-step axis.
import type { CellName } from '../engine/recurrent/types';

/** The RNN in the recurrent chart's measured hue (vermillion), the gated cell in its cell-path hue (blue). */
export const CELL_COLORS: Partial<Record<CellName, string>> = { rnn: 'var(--c-layer-last)', gru: 'var(--c-layer-first)', lstm: 'var(--c-layer-first)' };
/** A second cue besides colour: the RNN's line solid, the gated cell's dashed. */
export const CELL_DASH: Partial<Record<CellName, string>> = { rnn: 'none', gru: '6,3', lstm: '6,3' };

export const cellColor = (cell: CellName): string => CELL_COLORS[cell] ?? 'currentColor';
