// The lesson's numbers for the activation-function figure: g and g' over z ∈ [−6, 6], with the regions
// where g' is nearly zero shaded (a gradient passing through such a unit is all but erased).
import { ACTIVATION_NAMES, type ActivationName } from '../../engine';

/** Island id: HTML id and URL prefix. */
export const ACTIVATIONS_ID = 'activations';

/** The lecture's example: the sigmoid, whose derivative never exceeds 1/4. */
export const FN_DEFAULT: ActivationName = 'sigmoid';
/** Every activation the engine has, in its order. */
export const FN_OPTIONS: readonly ActivationName[] = ACTIVATION_NAMES;

/** The z range drawn: wide enough that the sigmoid and tanh have visibly saturated. */
export const Z_MIN = -6;
export const Z_MAX = 6;
/** Samples over [Z_MIN, Z_MAX], endpoints included: a step of 0.025 puts samples on 0 and on every integer. */
export const SAMPLES = 481;

/** "Near zero" means |g'(z)| below this fraction of the activation's largest derivative. */
export const NEAR_ZERO_FRACTION = 0.05;

/** Fixed y domain of the g' panel, the same for every activation, so that switching compares heights honestly. */
export const DERIVATIVE_DOMAIN: readonly [number, number] = [-0.2, 1.2];
/** A derivative this close to the activation's maxDerivative counts as attaining it. */
export const PEAK_TOLERANCE = 1e-3;
/** Neighbouring samples this close to the peak mean g' is flat at its maximum (ReLU's plateau), not a single peak. */
export const PLATEAU_TOLERANCE = 1e-9;
