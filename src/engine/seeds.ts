// The same configuration over k seeds (seed, seed+1, …, seed+k−1): per-layer median, quartiles and range of
// each diagnostic. Seed s drives both the weights and the batch: without a data set the input is a
// standard-normal batch × d_in matrix and the target standard normal (mse) or one-hot of a uniform class
// (cross-entropy), drawn from a stream derived from s; with a data set, makeDataset(name, batch, s).
// Quantiles use linear interpolation between order statistics (type 7, as NumPy's default).
import type { Band, DatasetName, LayerDiagnostics, Matrix, NetworkConfig, SeedSummary } from './types.ts';
import { createNetwork, forwardBackward } from './network.ts';
import { diagnostics } from './diagnostics.ts';
import { zeros } from './matrix.ts';
import { Random, deriveSeed } from './random.ts';
import { makeDataset } from './data/datasets.ts';

/** Stream tag of the synthetic input batch (kept apart from the weight stream). */
const DATA_STREAM = 1;

/** A seeded standard-normal input batch and matching targets for a config. */
export function syntheticBatch(config: NetworkConfig, batch: number, seed: number): { input: Matrix; target: Matrix } {
  const rng = new Random(deriveSeed(seed, DATA_STREAM));
  const input = zeros(batch, config.inputDim, config.dtype);
  for (let i = 0; i < input.data.length; i++) input.data[i] = rng.normal();
  const target = zeros(batch, config.outputDim, config.dtype);
  if (config.loss === 'cross-entropy') {
    for (let i = 0; i < batch; i++) target.data[i * config.outputDim + rng.int(config.outputDim)] = 1;
  } else {
    for (let i = 0; i < target.data.length; i++) target.data[i] = rng.normal();
  }
  return { input, target };
}

/** Quantile q ∈ [0, 1] of sorted values, by linear interpolation. */
function quantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median, quartiles and range; NaNs sort last and propagate only if every value is NaN. */
export function band(values: number[]): Band {
  const finite = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (finite.length === 0) return { median: NaN, q1: NaN, q3: NaN, min: NaN, max: NaN };
  return {
    median: quantile(finite, 0.5), q1: quantile(finite, 0.25), q3: quantile(finite, 0.75),
    min: finite[0], max: finite[finite.length - 1],
  };
}

/** Options of a multi-seed run. */
export interface SeedRunOptions { batch: number; dataset?: DatasetName; weightGrads?: boolean }

/**
 * One seed of runSeeds: the network and batch of `seed`, one forward/backward pass, its diagnostics.
 * `weightGrads: false` skips the weight gradients (gradNorm is then NaN), for callers that read Δ only.
 */
export function seedRun(config: NetworkConfig, seed: number, opts: SeedRunOptions): LayerDiagnostics[] {
  const net = createNetwork({ ...config, seed }, opts.batch);
  let data: { input: Matrix; target: Matrix };
  if (opts.dataset) {
    const ds = makeDataset(opts.dataset, opts.batch, seed, config.dtype);
    if (ds.input.cols !== config.inputDim || ds.target.cols !== config.outputDim) {
      throw new RangeError(`dataset ${opts.dataset} is ${ds.input.cols} → ${ds.target.cols}; the network is ${config.inputDim} → ${config.outputDim}`);
    }
    data = ds;
  } else {
    data = syntheticBatch(config, opts.batch, seed);
  }
  forwardBackward(net, data.input, data.target, { weightGrads: opts.weightGrads ?? true });
  return diagnostics(net);
}

/** Per-layer median and quartile/min-max bands of each numeric diagnostic over several seedRun results. */
export function summarizeSeeds(runs: LayerDiagnostics[][]): SeedSummary[] {
  if (runs.length === 0) throw new RangeError('summarizeSeeds needs at least one run');
  return runs[0].map((d, k) => {
    const pick = (key: 'deltaNorm' | 'deltaRms' | 'gradNorm' | 'log10Product' | 'meanDerivative'): Band =>
      band(runs.map((r) => r[k][key]));
    return {
      layer: d.layer, deltaNorm: pick('deltaNorm'), deltaRms: pick('deltaRms'), gradNorm: pick('gradNorm'),
      log10Product: pick('log10Product'), meanDerivative: pick('meanDerivative'),
    };
  });
}

/**
 * Same config over k seeds (config.seed, config.seed + 1, …): summarizeSeeds of one seedRun per seed.
 * `weightGrads: false` skips the weight gradients (their gradNorm band is then NaN), for callers that read Δ only.
 */
export function runSeeds(config: NetworkConfig, opts: SeedRunOptions & { seeds: number }): SeedSummary[] {
  if (!Number.isInteger(opts.seeds) || opts.seeds < 1) throw new RangeError(`seeds must be an integer >= 1, got ${opts.seeds}`);
  const runs: LayerDiagnostics[][] = [];
  for (let s = 0; s < opts.seeds; s++) runs.push(seedRun(config, config.seed + s, opts));
  return summarizeSeeds(runs);
}
