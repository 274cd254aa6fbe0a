// Named numbers of the engine: defaults, epsilons and tolerances.
// Bare literals elsewhere are only 0, 1, 2 and indices.

/** Batch-norm epsilon added to the biased batch variance. */
export const BN_EPSILON = 1e-5;
/** Exponential-moving-average factor for batch-norm running statistics: r ← (1 − m) r + m · batch. */
export const BN_MOMENTUM = 0.1;

/** Default slope of leaky ReLU for z < 0. */
export const LEAKY_RELU_SLOPE = 0.01;
/** Default alpha of ELU. */
export const ELU_ALPHA = 1;

/** Momentum optimiser default coefficient. */
export const MOMENTUM_DEFAULT = 0.9;
/** Adam defaults (Kingma & Ba 2015). */
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

/** Smallest positive normal float32, 2^-126: below it a float32 is subnormal. */
export const FLOAT32_MIN_NORMAL = 2 ** -126;

/** Central finite-difference step for float64 gradient checks. */
export const GRAD_CHECK_STEP = 1e-5;
/** Maximum relative error accepted by float64 gradient checks. */
export const GRAD_CHECK_TOLERANCE = 1e-6;
/**
 * Norm floor of the relative error ‖a − n‖ / max(‖a‖, ‖n‖, floor): a gradient that is mathematically zero
 * (the bias before batch norm) is seen by central differences as roundoff noise of ~1e-10, so tensors with
 * norm below the floor are held to an absolute error of GRAD_CHECK_TOLERANCE · floor = 1e-9 instead.
 */
export const GRAD_CHECK_ABS_FLOOR = 1e-3;

/** Relative accuracy targeted by the erf/erfc series and continued fraction. */
export const ERF_TOLERANCE = 1e-17;
/** Iteration cap of the erf series / continued fraction. */
export const ERF_MAX_ITERATIONS = 500;
