// What the simulate CLI computes: a network from the parsed flags, its batch, diagnostics over one or k seeds,
// and optional training. No printing here (see format.ts), so it is testable and reusable.

import {
  createNetwork, createOptimizer, datasetShape, diagnostics, formatBackward, forwardBackward, makeDataset,
  type Dataset, type Dtype, type FormatBackwardResult, type LayerDiagnostics, type Network, type NetworkConfig,
} from '../../src/engine/index.ts';
import { band } from '../../src/engine/seeds.ts';
import type { Band } from '../../src/engine/types.ts';
import type { CliConfig } from './args.ts';

/** How many loss lines a training run prints (about). */
export const TRAIN_REPORTS = 10;

/** The network's storage: float16 and bfloat16 runs are float64 networks whose backward pass is then rounded. */
export function engineDtype(c: CliConfig): Dtype {
  return c.dtype === 'float32' ? 'float32' : 'float64';
}

/** The engine config for the CLI flags: dimensions come from the data set. */
export function networkConfig(c: CliConfig): NetworkConfig {
  const { inputDim, outputDim } = datasetShape(c.dataset);
  return {
    depth: c.depth, width: c.width, inputDim, outputDim, activation: c.activation, init: c.init,
    sigmaW: c.sigmaW, sigmaB: c.sigmaB, batchNorm: c.batchNorm, residual: c.residual, skipInit: c.skipInit,
    loss: c.loss, seed: c.seed, dtype: engineDtype(c),
  };
}

/** The batch for a seed: the first B examples of the data set generated from that seed (as runSeeds does). */
export function batchFor(c: CliConfig, seed: number): Dataset {
  return makeDataset(c.dataset, c.batch, seed, engineDtype(c));
}

/** One row of the training log. */
export interface TrainPoint { step: number; loss: number; accuracy?: number }

/** A single-seed run: the network after the last forward/backward, its batch, diagnostics and training log. */
export interface SingleRun {
  net: Network; data: Dataset; lossValue: number; layers: LayerDiagnostics[]; training: TrainPoint[];
  /** float16 and bfloat16: the final backward pass as the format holds it, loss-scaled, beside float64. */
  format: FormatBackwardResult | null;
}

/** Fraction of rows whose largest output is the labelled class. */
function accuracy(net: Network, data: Dataset): number | undefined {
  if (!data.labels) return undefined;
  const { rows, cols, data: y } = net.output;
  let correct = 0;
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let k = 1; k < cols; k++) if (y[i * cols + k] > y[i * cols + best]) best = k;
    if (best === data.labels[i]) correct++;
  }
  return correct / rows;
}

/** Builds the network, trains it full-batch if asked (on the B examples), then does the final forward/backward. */
export function runSingle(c: CliConfig): SingleRun {
  const net = createNetwork(networkConfig(c), c.batch);
  const data = batchFor(c, c.seed);
  const training: TrainPoint[] = [];
  if (c.train > 0) {
    const opt = createOptimizer(net, { name: c.optimizer, lr: c.lr, clip: c.clip });
    const every = Math.max(1, Math.floor(c.train / TRAIN_REPORTS));
    for (let step = 0; step < c.train; step++) {
      const loss = forwardBackward(net, data.input, data.target);
      if (step % every === 0) training.push({ step, loss, accuracy: accuracy(net, data) });
      opt.step(net);
    }
  }
  // The reported (and exported) loss and gradients belong to the final parameters.
  const lossValue = forwardBackward(net, data.input, data.target);
  if (c.train > 0) training.push({ step: c.train, loss: lossValue, accuracy: accuracy(net, data) });
  const layers = diagnostics(net);
  const format = c.dtype === 'float16' || c.dtype === 'bfloat16'
    ? formatBackward(net, data.input, data.target, c.dtype, { lossScale: c.lossScale })
    : null;
  return { net, data, lossValue, layers, training, format };
}

/** Numeric diagnostics summarised over seeds. */
export const SUMMARY_KEYS = [
  'weightNorm', 'weightRms', 'gradNorm', 'gradRms', 'deltaNorm', 'deltaRms', 'meanDerivative', 'log10Product',
  'float32Product',
] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

/** One layer over k seeds: the band of every numeric diagnostic. */
export interface LayerSummary { layer: number; bands: Record<SummaryKey, Band> }

/** The same flags over seeds seed, seed+1, …, seed+k−1 (weights and batch both follow the seed). */
export function runSeedsSummary(c: CliConfig): { lossValue: Band; layers: LayerSummary[] } {
  const runs: LayerDiagnostics[][] = [];
  const losses: number[] = [];
  const base = networkConfig(c);
  for (let s = 0; s < c.seeds; s++) {
    const seed = c.seed + s;
    const net = createNetwork({ ...base, seed }, c.batch);
    const data = batchFor(c, seed);
    losses.push(forwardBackward(net, data.input, data.target));
    runs.push(diagnostics(net));
  }
  const layers = runs[0].map((d, k) => {
    const bands = {} as Record<SummaryKey, Band>;
    for (const key of SUMMARY_KEYS) bands[key] = band(runs.map((r) => r[k][key]));
    return { layer: d.layer, bands };
  });
  return { lossValue: band(losses), layers };
}
