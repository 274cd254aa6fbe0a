// State → plain data for the exploding island: one float32 network (one seed), per-layer ‖Δ^(l)‖ and
// ‖∂J/∂W^(l)‖ before and after global-norm clipping, equation (5)'s product of mean g' at layer 1, and the
// mean-field factor χ₁ that says whether the backward pass grows (χ₁ > 1) or shrinks.
import {
  clipByGlobalNorm, DEFAULT_NETWORK_CONFIG, diagnostics, forwardBackward, globalGradNorm,
  meanField,
} from '../../engine/index';
import type { Network, NetworkConfig } from '../../engine/types';
import { cachedBatch, cachedNetwork } from '../network-cache';
import { BATCH, EFFECTIVE_SIGMA_W, SIGMA_B, WIDTH, type ExplodingState } from './defaults';

/** One hidden layer: ‖Δ‖, the raw weight gradient and, with clipping on, the clipped one (the step). */
export interface ExplodingRow { layer: number; delta: number; gradRaw: number; gradClipped: number | null }

/** What float32 made of ‖Δ^(1)‖: a number, ∞ (overflow) or NaN (∞ − ∞, 0 · ∞ after an overflow). */
export type Float32Status = 'finite' | 'overflow' | 'nan';

export interface ExplodingSummary {
  depth: number;
  /** ‖Δ^(1)‖ and ‖Δ^(L)‖ (float32 buffers, norms in double). */
  deltaFirst: number;
  deltaLast: number;
  /** ‖Δ^(1)‖ / ‖Δ^(L)‖ and its geometric mean per layer. */
  ratio: number;
  gainPerLayer: number;
  status: Float32Status;
  /** Equation (5) at layer 1: product of the per-layer mean g'(Z), float32 (rounded every multiply) and log10. */
  product32: number;
  productLog10: number;
  /** Mean-field χ₁ = σ_w² E[g'(z)²] at the effective σ_w (NaN when undefined). */
  chi1: number;
  sigmaW: number;
  /** Global gradient norm before clipping, after clipping, and the cosine between them (null when off). */
  rawNorm: number;
  clippedNorm: number | null;
  cosine: number | null;
  /** Clipping was asked for but the norm is not finite: the engine leaves it and the update is skipped. */
  clipSkipped: boolean;
  /** The first layer (1..L, or L + 1 for the output) whose forward activations are ±∞ or NaN; null if none. */
  forwardOverflowLayer: number | null;
}

export interface ExplodingData { rows: ExplodingRow[]; summary: ExplodingSummary; state: ExplodingState }

/** σ_w the state amounts to: the slider for 'normal', the initialiser's own scale otherwise. */
export function effectiveSigmaW(state: ExplodingState): number {
  return EFFECTIVE_SIGMA_W[state.init] ?? state.sigmaW;
}

/** The engine configuration of the state. */
export function explodingConfig(state: ExplodingState): NetworkConfig {
  return {
    ...DEFAULT_NETWORK_CONFIG,
    depth: state.depth, width: WIDTH, activation: state.activation, init: state.init,
    sigmaW: state.sigmaW, sigmaB: SIGMA_B, batchNorm: false, residual: 'none', skipInit: 'identity',
    seed: state.seed, dtype: 'float32',
  };
}

/** The gradients before clipping, copied into one buffer kept between calls (a drag allocates nothing). */
let before = new Float64Array(0);

function copyGrads(net: Network): Float64Array {
  const n = net.params.reduce((s, p) => s + p.grad.length, 0);
  if (before.length !== n) before = new Float64Array(n);
  let k = 0;
  for (const p of net.params) for (let i = 0; i < p.grad.length; i++) before[k++] = p.grad[i];
  return before;
}

/** Cosine between the saved gradients and the network's current ones, in double. */
function cosineWithGrads(a: Float64Array, net: Network): number {
  let ab = 0; let aa = 0; let bb = 0; let k = 0;
  for (const p of net.params) {
    const g = p.grad;
    for (let i = 0; i < g.length; i++, k++) { ab += a[k] * g[i]; aa += a[k] * a[k]; bb += g[i] * g[i]; }
  }
  return ab / Math.sqrt(aa * bb);
}

function statusOf(x: number): Float32Status {
  return Number.isNaN(x) ? 'nan' : Number.isFinite(x) ? 'finite' : 'overflow';
}

/** One forward/backward pass, diagnostics, then (if clip > 0) global-norm clipping of the same gradients. */
export function computeExploding(state: ExplodingState): ExplodingData {
  const config = explodingConfig(state);
  const net = cachedNetwork(config, BATCH);
  const batch = cachedBatch(config, BATCH, state.seed);
  forwardBackward(net, batch.input, batch.target);
  const raw = diagnostics(net);
  const rawNorm = globalGradNorm(net);
  let clipped: ReturnType<typeof diagnostics> | null = null;
  let cos: number | null = null;
  let clippedNorm: number | null = null;
  if (state.clip > 0) {
    const saved = copyGrads(net);
    clipByGlobalNorm(net, state.clip);
    clipped = diagnostics(net);
    clippedNorm = globalGradNorm(net);
    cos = cosineWithGrads(saved, net);
  }
  const L = state.depth;
  const rows: ExplodingRow[] = raw.slice(0, L).map((d, i) => ({
    layer: d.layer, delta: d.deltaNorm, gradRaw: d.gradNorm, gradClipped: clipped ? clipped[i].gradNorm : null,
  }));
  const first = raw[0];
  const ratio = first.deltaNorm / raw[L - 1].deltaNorm;
  const sigmaW = effectiveSigmaW(state);
  return {
    rows,
    summary: {
      depth: L, deltaFirst: first.deltaNorm, deltaLast: raw[L - 1].deltaNorm, ratio,
      gainPerLayer: L > 1 ? ratio ** (1 / (L - 1)) : 1,
      status: statusOf(first.deltaNorm),
      product32: first.float32Product, productLog10: first.log10Product,
      chi1: meanField(state.activation, sigmaW, SIGMA_B).chi1, sigmaW,
      rawNorm, clippedNorm, cosine: cos,
      clipSkipped: state.clip > 0 && !Number.isFinite(rawNorm),
      forwardOverflowLayer: raw.find((d) => d.forwardOverflow)?.layer ?? null,
    },
    state,
  };
}
