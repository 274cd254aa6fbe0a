// State → plain data for the precision island: one float64 network (one seed) and its backward pass twice, exact
// and with every stored value rounded to the chosen format with the loss multiplied by S = 2^k (engine's
// formatBackward); per layer ‖Δ^(l)‖ both ways, the format's bands (where one stored value becomes subnormal, 0
// or ∞, in units of the unscaled gradient: the format's limits divided by S), the first layer whose Δ is all
// exact zeros, the layers that overflow; and dynamic loss scaling (engine's lossScaleStep) as a walk of steps.
import {
  DEFAULT_NETWORK_CONFIG, FORMAT_INFO, formatBackward, lossScaleStep, rounder,
  type FormatBackwardResult, type LossScaleEvent, type NetworkConfig, type NumberFormat,
} from '../../engine/index';
import { cachedBatch, cachedNetwork } from '../network-cache';
import {
  BATCH, SCALE_EXP_MAX, SCALE_EXP_MIN, SIGMA_B, SIGMOID_MAX_SLOPE, WALK_GROWTH_INTERVAL, WALK_STEPS, WIDTH,
  type PrecisionState,
} from './defaults';

/** One layer (1..L hidden, L + 1 the output layer): ‖Δ^(l)‖ exact and as the format holds it (unscaled). */
export interface PrecisionRow {
  layer: number;
  exact: number;
  /** 0 when every entry underflowed, ∞ or NaN after an overflow. */
  value: number;
  size: number;
  /** Entries the format turned into 0 that were not 0 in float64 (ReLU's own zeros are not counted). */
  lost: number;
  subnormal: number;
  nonFinite: number;
  allZero: boolean;
  /** Δ^(l) or ∂J/∂W^(l−1) holds ±∞ or NaN. */
  overflow: boolean;
}

/**
 * Where one stored value stops being an ordinary number, in units of the unscaled gradient (the format's limits
 * divided by S): below `zeroBelow` it rounds to 0 (half the smallest subnormal; exactly half rounds to even, 0),
 * from there to `normalFrom` it is subnormal (fewer significant bits), above `overflowAbove` it is ∞.
 */
export interface FormatBands { zeroBelow: number; normalFrom: number; overflowAbove: number }

export interface PrecisionData {
  state: PrecisionState;
  /** S = 2^state.scale. */
  lossScale: number;
  rows: PrecisionRow[];
  bands: FormatBands;
  /** The first layer going back from the output whose Δ is all exact zeros (every layer below it is too); null if none. */
  firstZeroLayer: number | null;
  /** … and where it is without loss scaling (S = 1), to say what S changed. */
  firstZeroLayerUnscaled: number | null;
  /** Layers whose gradients hold ∞ or NaN (the step a loss scaler skips), from the output down. */
  overflowLayers: number[];
  overflow: boolean;
  /** Layers where some entry of Δ underflowed to 0 but not all. */
  partlyLost: number;
  /** The smallest L for which 0.25^L (sigmoid's best derivative, multiplied in the format) is 0. */
  quarterPowerZero: number;
}

/** The engine configuration of the state: a float64 network (the exact pass); the format is applied on top. */
export function precisionConfig(state: PrecisionState): NetworkConfig {
  return {
    ...DEFAULT_NETWORK_CONFIG,
    depth: state.depth, width: WIDTH, activation: state.activation, init: state.init,
    sigmaW: state.sigmaW, sigmaB: SIGMA_B, batchNorm: false, residual: 'none', skipInit: 'identity',
    seed: state.seed, dtype: 'float64',
  };
}

/** The bands of a format at loss scale S, in units of the unscaled gradient. */
export function formatBands(format: NumberFormat, lossScale: number): FormatBands {
  const f = FORMAT_INFO[format];
  return { zeroBelow: f.minSubnormal / 2 / lossScale, normalFrom: f.minNormal / lossScale, overflowAbove: f.maxFinite / lossScale };
}

/** The smallest L ≥ 1 with factor^L = 0 in the format, the product rounded after every multiply (formatProduct). */
export function powerZeroDepth(format: NumberFormat, factor: number, maxL = 10000): number {
  const r = rounder(format);
  const f = r(factor);
  let p = 1;
  for (let L = 1; L <= maxL; L++) {
    p = r(p * f);
    if (p === 0) return L;
  }
  return Infinity;
}

/** Passes kept by (state without k, k): the walk revisits a few scales, the caption asks for S = 1 again. */
const MEMO_CAPACITY = 48;
const memo = new Map<string, FormatBackwardResult>();

/** The backward pass of the state in its format at S = 2^k (memoized). */
export function passAt(state: PrecisionState, k: number): FormatBackwardResult {
  const key = `${state.depth}|${state.activation}|${state.sigmaW}|${state.init}|${state.format}|${state.seed}|${k}`;
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const config = precisionConfig(state);
  const net = cachedNetwork(config, BATCH);
  const batch = cachedBatch(config, BATCH, state.seed);
  const result = formatBackward(net, batch.input, batch.target, state.format, { lossScale: 2 ** k });
  memo.set(key, result);
  if (memo.size > MEMO_CAPACITY) memo.delete(memo.keys().next().value as string);
  return result;
}

/** The island's data for a state (the walk passes its own k). */
export function computePrecision(state: PrecisionState, k: number = state.scale): PrecisionData {
  const pass = passAt(state, k);
  const rows: PrecisionRow[] = pass.layers.map((l) => ({
    layer: l.layer, exact: l.exactDeltaNorm, value: l.deltaNorm, size: l.size,
    lost: Math.max(0, l.zeros - l.exactZeros), subnormal: l.subnormal, nonFinite: l.nonFinite, allZero: l.allZero,
    overflow: l.nonFinite > 0 || !Number.isFinite(l.gradNorm),
  }));
  const overflowLayers = rows.filter((r) => r.overflow).map((r) => r.layer).reverse();
  return {
    state: k === state.scale ? state : { ...state, scale: k },
    lossScale: pass.lossScale,
    rows,
    bands: formatBands(state.format, pass.lossScale),
    firstZeroLayer: pass.firstZeroLayer,
    firstZeroLayerUnscaled: k === 0 ? pass.firstZeroLayer : passAt(state, 0).firstZeroLayer,
    overflowLayers,
    overflow: pass.overflow,
    partlyLost: rows.filter((r) => r.lost > 0 && !r.allZero).length,
    quarterPowerZero: powerZeroDepth(state.format, SIGMOID_MAX_SLOPE),
  };
}

/** One step of dynamic loss scaling: the scale it ran at, what the pass gave, and what the scaler did. */
export interface WalkStep {
  /** 1-based. */
  step: number;
  /** k of the S this step ran at. */
  k: number;
  overflow: boolean;
  firstZeroLayer: number | null;
  /** 'skip': overflow, update skipped, S halved; 'step': clean; 'grow': the N-th clean step in a row, S doubled. */
  event: LossScaleEvent;
  /** k of S after the step, and the clean steps counted towards the next growth. */
  nextK: number;
  cleanSteps: number;
}

/**
 * Dynamic loss scaling from S = 2^state.scale, `steps` steps on the same network and batch: each step's
 * backward pass in the format at the current S; overflow → skip and halve, N clean steps in a row → double.
 */
export function dynamicWalk(state: PrecisionState, steps = WALK_STEPS, growthInterval = WALK_GROWTH_INTERVAL): WalkStep[] {
  const out: WalkStep[] = [];
  let scaler = { scale: 2 ** state.scale, cleanSteps: 0 };
  for (let step = 1; step <= steps; step++) {
    const k = Math.round(Math.log2(scaler.scale));
    const pass = passAt(state, k);
    const next = lossScaleStep(scaler, !pass.overflow, {
      growthInterval, minScale: 2 ** SCALE_EXP_MIN, maxScale: 2 ** SCALE_EXP_MAX,
    });
    scaler = next.state;
    out.push({
      step, k, overflow: pass.overflow, firstZeroLayer: pass.firstZeroLayer, event: next.event,
      nextK: Math.round(Math.log2(scaler.scale)), cleanSteps: scaler.cleanSteps,
    });
  }
  return out;
}
