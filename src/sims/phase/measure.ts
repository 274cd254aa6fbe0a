// The measured half of the phase diagram: at each grid point, SEEDS float32 networks of the engine at
// initialisation (width WIDTH, depth ≥ 30), one forward/backward pass each, and the least-squares slope of the
// seeds' mean ln ‖Δ^(l)‖² over the hidden layers, counted toward the input. The mean field says it is ln χ₁.
import { DEFAULT_NETWORK_CONFIG, forwardBackward } from '../../engine/index';
import type { ActivationName, NetworkConfig } from '../../engine/types';
import { cachedBatch, cachedNetwork } from '../network-cache';
import { BATCH, COLUMNS, FIT_SKIP_INPUT, FIT_SKIP_OUTPUT, SEEDS, WIDTH, sw2At } from './defaults';

/** ‖Δ^(l)‖ below this is left out of the fit: float32 elements that small are subnormal or zero. */
const NORM_FLOOR = 1e-30;
/** Fewer usable layers than this: no slope (NaN). */
const MIN_FITTED = 5;

export interface MeasureOptions { activation: ActivationName; depth: number; seed: number }

/** The engine configuration of one grid point and seed. */
export function phaseConfig(o: MeasureOptions, sw2: number, sb2: number, seed: number): NetworkConfig {
  return {
    ...DEFAULT_NETWORK_CONFIG,
    depth: o.depth, width: WIDTH, inputDim: WIDTH, outputDim: 1, activation: o.activation, init: 'normal',
    sigmaW: Math.sqrt(sw2), sigmaB: Math.sqrt(sb2), batchNorm: false, residual: 'none', skipInit: 'identity',
    seed, dtype: 'float32',
  };
}

/** Sum of squares of a buffer, in doubles. */
function squaredNorm(d: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i] * d[i];
  return s;
}

/** Per hidden layer l = 1..L, the mean over seeds of ln ‖Δ^(l)‖² (NaN where a seed's norm is 0, tiny or not finite). */
export function meanLogDelta(o: MeasureOptions, sw2: number, sb2: number): Float64Array {
  const out = new Float64Array(o.depth);
  for (let s = 0; s < SEEDS; s++) {
    const config = phaseConfig(o, sw2, sb2, o.seed + s);
    const net = cachedNetwork(config, BATCH);
    const batch = cachedBatch(config, BATCH, config.seed);
    forwardBackward(net, batch.input, batch.target, { weightGrads: false });
    for (let l = 0; l < o.depth; l++) {
      const n2 = squaredNorm(net.layers[l].delta);
      out[l] += n2 > NORM_FLOOR * NORM_FLOOR && Number.isFinite(n2) ? Math.log(n2) / SEEDS : NaN;
    }
  }
  return out;
}

/** Least-squares slope of ln ‖Δ^(l)‖² per layer toward the input, over l = FIT_SKIP_INPUT+1 .. L−FIT_SKIP_OUTPUT. */
export function fitSlope(logDelta: Float64Array): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let l = FIT_SKIP_INPUT + 1; l <= logDelta.length - FIT_SKIP_OUTPUT; l++) {
    const y = logDelta[l - 1];
    if (Number.isFinite(y)) { xs.push(l); ys.push(y); }
  }
  if (xs.length < MIN_FITTED) return NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  // ln ‖Δ^(l)‖² ≈ const + (L − l) ln χ₁: the slope in l is −ln χ₁
  return -num / den;
}

/** The measured slopes of one row (σ_b² fixed) at the COLUMNS grid points. */
export function measureRow(o: MeasureOptions, sb2: number): Float64Array {
  const out = new Float64Array(COLUMNS);
  for (let c = 0; c < COLUMNS; c++) out[c] = fitSlope(meanLogDelta(o, sw2At(c), sb2));
  return out;
}
