// Lesson numbers of the "phase diagram" island (chapter "further", section edge of chaos): the (σ_w², σ_b²)
// plane of a deep network at initialisation, coloured by the mean-field factor χ₁ (Poole et al. 2016,
// Schoenholz et al. 2017), with the engine's measured per-layer slope of ln ‖Δ^(l)‖² on a grid on top.
import type { ActivationName } from '../../engine/types';

/** Island id: HTML id, URL prefix, i18n key. */
export const PHASE_ID = 'phase';

/** Every activation the mean field covers (the engine's table; the product island's order). */
export const ACTIVATION_OPTIONS: readonly ActivationName[] = [
  'tanh', 'relu', 'leaky-relu', 'elu', 'gelu', 'softplus', 'silu', 'sigmoid', 'linear',
];
/** What the cells show: the theory's χ₁, the measured per-layer factor, or measured minus theory (in ln). */
export const VIEW_OPTIONS = ['theory', 'measured', 'residual'] as const;
export type PhaseView = (typeof VIEW_OPTIONS)[number];

/** The grid: σ_w² = SW2_FIRST + i·SW2_STEP (columns), σ_b² = j·SB2_STEP (rows). 16 × 16 points. */
export const COLUMNS = 16;
export const ROWS = 16;
export const SW2_FIRST = 0.25;
export const SW2_STEP = 0.25;
export const SB2_FIRST = 0;
export const SB2_STEP = 0.05;

/** Depth of the measured networks: ≥ 30 hidden layers (the issue), at most where a row still takes ~0.2 s. */
export const DEPTH_MIN = 30;
export const DEPTH_MAX = 60;
export const DEPTH_DEFAULT = 30;
/** Width = input dimension and batch of the measured networks, and the seeds per grid point (seed, seed+1, …). */
export const WIDTH = 32;
export const BATCH = 16;
export const SEEDS = 4;
/** Layers left out of the fit: the first FIT_SKIP_INPUT (the length map still settling toward q*) and the last
 *  FIT_SKIP_OUTPUT (next to the output layer, whose error is the loss's, not a hidden layer's). */
export const FIT_SKIP_INPUT = 5;
export const FIT_SKIP_OUTPUT = 1;
export const SEED_MIN = 0;
export const SEED_MAX = 2 ** 31 - 1;

/** The keyboard cursor's cell: column 0..COLUMNS−1 (σ_w²), row 0..ROWS−1 (σ_b²). */
export interface PhaseState {
  activation: ActivationName;
  view: PhaseView;
  depth: number;
  seed: number;
  col: number;
  row: number;
}

/** tanh, the theory's view, the cursor on the critical point σ_w² = 1, σ_b² = 0 (column 3, row 0). */
export const PHASE_DEFAULTS: PhaseState = { activation: 'tanh', view: 'theory', depth: DEPTH_DEFAULT, seed: 1, col: 3, row: 0 };

/** ξ contours drawn: ξ = −1/ln χ₁ = ±XI_LEVELS (positive: ordered, the gradient vanishes; negative: chaotic). */
export const XI_LEVELS: readonly number[] = [5, 20];
/** Colour scale of χ₁: log, diverging at 1, clamped to [1/CHI_SPAN, CHI_SPAN]. */
export const CHI_SPAN = 4;
/** Colour scale of the residual (measured − theory, per layer in ln ‖Δ‖²): linear, clamped to ±RESIDUAL_SPAN. */
export const RESIDUAL_SPAN = 0.3;

/** The product island's σ grid (src/sims/product/defaults.ts): a deep link snaps σ_w = √σ_w², σ_b = √σ_b² to it. */
export const PRODUCT_SIGMA_STEP = 0.05;

export const sw2At = (col: number): number => SW2_FIRST + col * SW2_STEP;
export const sb2At = (row: number): number => SB2_FIRST + row * SB2_STEP;
