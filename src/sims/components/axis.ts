// The components chart's layer axis (STACK.md trap 5, for a band axis): how many layer slots it holds (the hidden
// layers and the output layer). A depth step that re-fitted the axis would move every box of both panels
// sideways and recolour it, so the reader could not follow one layer while dragging (and the page would redo
// ~900 attributes per step, issue 11). Instead the axis grows in whole steps of AXIS_STEP slots and keeps them
// while the layers drop by a few: a step adds or removes one layer's marks and the others stay where they were.
// Pure: the island keeps the previous axis; the build-time SVG passes none (and the chart's default, the layers
// themselves, is what the first live drawing takes too).
import { DEPTH_MAX } from './defaults';

/** The axis holds a multiple of this many layers (or all the layers of the deepest network). */
export const AXIS_STEP = 5;
/** Empty slots kept at most while the depth drops, before the axis shrinks to fit… */
export const AXIS_SLACK = 7;
/** …and never more than this share of the axis (at small depths the axis fits the layers). */
export const AXIS_EMPTY_SHARE = 0.25;
/** Layers of the deepest network: its hidden layers and the output layer. */
export const MAX_LAYERS = DEPTH_MAX + 1;

/** The slots an axis takes when it must move: the next multiple of AXIS_STEP, at most MAX_LAYERS. */
export function steppedLayerAxis(layers: number): number {
  return Math.max(layers, Math.min(MAX_LAYERS, Math.ceil(layers / AXIS_STEP) * AXIS_STEP));
}

/**
 * The number of slots for `layers` layers. Without `previous` (the first drawing, the build-time SVG): exactly
 * the layers. With it: the previous axis while it still holds every layer and leaves at most AXIS_SLACK slots,
 * and at most AXIS_EMPTY_SHARE of them, empty; otherwise the stepped axis.
 */
export function layerAxis(layers: number, previous?: number | null): number {
  if (previous == null) return layers;
  const empty = previous - layers;
  if (empty >= 0 && empty <= AXIS_SLACK && empty <= AXIS_EMPTY_SHARE * previous) return previous;
  return steppedLayerAxis(layers);
}
