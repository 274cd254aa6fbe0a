// The components chart's layer axis: how many layer slots it holds (the hidden layers and the output layer),
// held while the depth slider moves (sims/held-axis.ts; for a band axis, STACK.md trap 5).
import { DEPTH_MAX } from './defaults';
import { heldAxis, steppedAxis } from '../held-axis';

export { AXIS_EMPTY_SHARE, AXIS_SLACK, AXIS_STEP } from '../held-axis';
/** Layers of the deepest network: its hidden layers and the output layer. */
export const MAX_LAYERS = DEPTH_MAX + 1;

/** The slots an axis takes when it must move: the next multiple of AXIS_STEP, at most MAX_LAYERS. */
export const steppedLayerAxis = (layers: number): number => steppedAxis(layers, MAX_LAYERS);

/** The number of slots for `layers` layers (sims/held-axis.ts heldAxis). */
export const layerAxis = (layers: number, previous?: number | null): number => heldAxis(layers, previous, MAX_LAYERS);
