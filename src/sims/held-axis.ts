// A layer axis held while a depth slider moves (STACK.md trap 5): an axis re-fitted at each depth step would move
// every layer's mark sideways, so the reader could not follow one layer while dragging, and the page would redraw
// the whole chart. Instead the axis grows in whole steps of AXIS_STEP slots and keeps them while the layers drop
// by a few: a step adds or removes one layer's marks and the others stay where they were (the lines can be moved
// in place, charts/fast-lines.ts). Pure: the island keeps the previous axis; the build-time SVG passes none, and
// its axis (the layers themselves) is what the first live drawing takes too. Used by components and remedies.

/** The axis holds a multiple of this many layers (or all the layers of the deepest network). */
export const AXIS_STEP = 5;
/** Empty slots kept at most while the depth drops, before the axis shrinks to fit… */
export const AXIS_SLACK = 7;
/** …and never more than this share of the axis (at small depths the axis fits the layers). */
export const AXIS_EMPTY_SHARE = 0.25;

/** The slots an axis takes when it must move: the next multiple of AXIS_STEP, at most `max` (and at least the layers). */
export function steppedAxis(layers: number, max: number): number {
  return Math.max(layers, Math.min(max, Math.ceil(layers / AXIS_STEP) * AXIS_STEP));
}

/**
 * The number of slots for `layers` layers, of at most `max`. Without `previous` (the first drawing, the build-time
 * SVG): exactly the layers. With it: the previous axis while it still holds every layer and leaves at most
 * AXIS_SLACK slots, and at most AXIS_EMPTY_SHARE of them, empty; otherwise the stepped axis.
 */
export function heldAxis(layers: number, previous: number | null | undefined, max: number): number {
  if (previous == null) return layers;
  const empty = previous - layers;
  if (empty >= 0 && empty <= AXIS_SLACK && empty <= AXIS_EMPTY_SHARE * previous) return previous;
  return steppedAxis(layers, max);
}
