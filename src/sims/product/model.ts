// State → plain data for the product island. One forward/backward pass (main thread, one frame at depth
// 100) gives, per hidden layer l = 1..L: mean g'(Z^(l)), the running product P_l of eq. (4) in float64
// (as log10) and as float32 really holds it, ‖Δ^(l)‖, and the numbers of eq. (3) for that layer.
// The seed band (BAND_SEEDS seeds, in a worker) and the mean-field line ‖Δ^(L)‖·χ₁^((L−l)/2) complete it:
// in the wide-network limit ‖Δ^(l)‖² shrinks or grows by χ₁ per layer (Schoenholz et al. 2017).
import {
  forwardBackward, diagnostics, meanField, summarizeSeeds,
  type InitName, type LayerDiagnostics, type NetworkConfig, type SeedSummary,
} from '../../engine';
import { BAND_SEEDS, BATCH, FLOAT32_MIN_NORMAL, INITS_USING_SIGMA_W, INPUT_DIM, OUTPUT_DIM, WIDTH } from './defaults';
import type { ProductState } from './state';
import { cachedBatch, cachedNetwork } from '../network-cache';

/** What a float32 holds: a normal number, a subnormal, exactly 0, ±∞, or NaN. */
export type Float32Kind = 'normal' | 'subnormal' | 'zero' | 'infinite' | 'nan';

export interface ProductLayer {
  layer: number;
  /** mean of g'(Z^(l)) over batch and units */
  meanDerivative: number;
  /** log10 of the eq. (4) product P_l = Π_{k=l..L} mean g'(Z^(k)), in float64 (−Infinity if a factor is 0) */
  log10Product: number;
  /** P_l with float32 rounding after every multiply */
  float32Product: number;
  float32Kind: Float32Kind;
  /** ‖Δ^(l)‖ (Frobenius over batch × units) from the float32 network */
  deltaNorm: number;
  deltaKind: Float32Kind;
  /** eq. (3) for this layer, Δ^(l) = Δ^(l+1) (W^(l))ᵀ ∘ g'(Z^(l)): the norms of its inputs */
  deltaNext: number;
  weightNext: number;
  /** log10 of P_{l+1} (0 for l = L, the empty product) */
  log10ProductNext: number;
  /** mean-field prediction of log10 ‖Δ^(l)‖ (NaN when ‖Δ^(L)‖ is not a positive finite number) */
  log10MeanField: number;
}

export interface ProductData {
  depth: number;
  layers: ProductLayer[];
  /** ‖Δ^(L+1)‖ at the output layer, where the recursion starts */
  outputDelta: number;
  chi1: number;
  qStar: number;
  /** σ_w the initialiser amounts to (weights N(0, σ_w²/fan_in)); the mean field uses it */
  sigmaWEffective: number;
  /** the first layer (layer 1), quoted in big type and in the caption */
  first: ProductLayer;
}

/** One layer of the seed band: quartiles and range of log10 ‖Δ^(l)‖ and of log10 P_l over BAND_SEEDS seeds. */
export interface ProductBandRow {
  layer: number;
  deltaQ1: number; deltaMedian: number; deltaQ3: number; deltaMin: number; deltaMax: number;
  productQ1: number; productQ3: number;
}

/** σ_w of the equivalent N(0, σ_w²/fan_in) init (fan_in = fan_out = WIDTH here). */
export function effectiveSigmaW(init: InitName, sigmaW: number): number {
  if (INITS_USING_SIGMA_W.includes(init)) return sigmaW;
  switch (init) {
    case 'he-normal': case 'he-uniform': return Math.SQRT2;
    case 'standard': return 1 / Math.sqrt(3);       // U(±1/√fan_in): variance 1/(3 fan_in)
    default: return 1;                              // xavier (fan_in = fan_out), lecun
  }
}

/** The engine configuration of a state. */
export function networkConfig(s: ProductState): NetworkConfig {
  return {
    depth: s.depth, width: WIDTH, inputDim: INPUT_DIM, outputDim: OUTPUT_DIM,
    activation: s.activation, init: s.init, sigmaW: s.sigmaW, sigmaB: s.sigmaB,
    batchNorm: false, residual: 'none', skipInit: 'identity', loss: 'mse', seed: s.seed, dtype: 'float32',
  };
}

/** Classify a number as float32 sees it. */
export function float32Kind(x: number): Float32Kind {
  if (Number.isNaN(x)) return 'nan';
  if (x === 0) return 'zero';
  if (!Number.isFinite(x)) return 'infinite';
  return Math.abs(x) < FLOAT32_MIN_NORMAL ? 'subnormal' : 'normal';
}

/** One forward/backward pass with the state's seed: per-layer diagnostics, hidden layers then output.
 *  The network is reused across σ_w/σ_b changes (network-cache.ts), so a drag costs one pass, not an allocation. */
export function runOnce(s: ProductState): LayerDiagnostics[] {
  const config = networkConfig(s);
  const net = cachedNetwork(config, BATCH);
  const { input, target } = cachedBatch(config, BATCH, s.seed);
  // Δ, g' and ‖W‖ are all this island reads: the weight gradients (a third of the pass) are left out.
  forwardBackward(net, input, target, { weightGrads: false });
  return diagnostics(net);
}

/** The island's data for a state (main thread). */
export function productModel(s: ProductState): ProductData {
  const diag = runOnce(s);
  const L = s.depth;
  const sigmaWEffective = effectiveSigmaW(s.init, s.sigmaW);
  const { chi1, qStar } = meanField(s.activation, sigmaWEffective, s.sigmaB);
  const anchor = diag[L - 1].deltaNorm;
  const anchorOk = anchor > 0 && Number.isFinite(anchor);
  const layers: ProductLayer[] = [];
  for (let k = 0; k < L; k++) {
    const d = diag[k];
    const next = diag[k + 1];
    layers.push({
      layer: d.layer,
      meanDerivative: d.meanDerivative,
      log10Product: d.log10Product,
      float32Product: d.float32Product,
      float32Kind: float32Kind(d.float32Product),
      deltaNorm: d.deltaNorm,
      deltaKind: float32Kind(d.deltaNorm),
      deltaNext: next.deltaNorm,
      weightNext: next.weightNorm,
      log10ProductNext: k + 1 < L ? next.log10Product : 0,
      log10MeanField: anchorOk ? Math.log10(anchor) + ((L - d.layer) / 2) * Math.log10(chi1) : NaN,
    });
  }
  return { depth: L, layers, outputDelta: diag[L].deltaNorm, chi1, qStar, sigmaWEffective, first: layers[0] };
}

/** log10 of a non-negative number; −Infinity for 0, NaN for NaN. */
function log10(x: number): number {
  return Math.log10(Math.abs(x));
}

/** The seed band (BAND_SEEDS seeds from the state's seed on), in one call. */
export function productBand(s: ProductState, seeds = BAND_SEEDS): ProductBandRow[] {
  const it = productBandRounds(s, seeds);
  let step = it.next();
  while (!step.done) step = it.next();
  return step.value;
}

/**
 * The same band in rounds of one seed's pass each, for a caller that yields to the page between them (the
 * island's LatestRounds): yields null after each seed but the last, then returns the band. Each seed's network
 * comes from the network cache, like the main pass's: after the first pause at a depth, a σ_w or σ_b change costs
 * the band eight passes (a few ms each), not eight network constructions (the weights' normal draws dominate).
 */
export function* productBandRounds(s: ProductState, seeds = BAND_SEEDS): Generator<null, ProductBandRow[]> {
  const config = networkConfig(s);
  const runs: LayerDiagnostics[][] = [];
  for (let k = 0; k < seeds; k++) {
    if (k > 0) yield null;
    const seeded = { ...config, seed: config.seed + k };
    const net = cachedNetwork(seeded, BATCH);
    const { input, target } = cachedBatch(seeded, BATCH, seeded.seed);
    forwardBackward(net, input, target, { weightGrads: false });
    runs.push(diagnostics(net));
  }
  return bandRows(summarizeSeeds(runs), s.depth);
}

function bandRows(summary: SeedSummary[], depth: number): ProductBandRow[] {
  return summary.slice(0, depth).map((r) => ({
    layer: r.layer,
    deltaQ1: log10(r.deltaNorm.q1), deltaMedian: log10(r.deltaNorm.median), deltaQ3: log10(r.deltaNorm.q3),
    deltaMin: log10(r.deltaNorm.min), deltaMax: log10(r.deltaNorm.max),
    productQ1: r.log10Product.q1, productQ3: r.log10Product.q3,
  }));
}

/**
 * The "float32 holds exactly 0 at the first layer" check of the lesson: true when the state's depth is one at
 * which float32 rounds P_1 to 0 while depth − 1 (same everything else) still holds a non-zero number.
 */
export function float32ZeroFound(s: ProductState, data: ProductData): boolean {
  if (data.first.float32Kind !== 'zero' || s.depth <= 1) return false;
  const shallower = runOnce({ ...s, depth: s.depth - 1 });
  return shallower[0].float32Product !== 0;
}
