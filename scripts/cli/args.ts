// The simulate CLI's flag parser: pure (argv in, config or one-line error out), so every path is unit-tested.
// Accepts `--flag value` and `--flag=value`; the last occurrence of a flag wins.

import { ACTIVATION_NAMES } from '../../src/engine/activations.ts';
import { INIT_NAMES } from '../../src/engine/init.ts';
import { DATASET_NAMES } from '../../src/engine/data/datasets.ts';
import type { KernelChoice } from '../../src/engine/wasm/runtime.ts';
import { readFlags, type FlagTable } from './flags.ts';
import type { NumberFormat } from '../../src/engine/precision.ts';
import type {
  ActivationName, DatasetName, InitName, LossName, OptimizerName, ResidualMode, SkipInit,
} from '../../src/engine/types.ts';

/** Everything the CLI was asked to do. Keys are the flags in camelCase (this object is the export's "config"). */
export interface CliConfig {
  depth: number;
  width: number;
  activation: ActivationName;
  init: InitName;
  sigmaW: number;
  sigmaB: number;
  batchNorm: boolean;
  residual: ResidualMode;
  skipInit: SkipInit;
  seeds: number;
  batch: number;
  dataset: DatasetName;
  loss: LossName;
  seed: number;
  /** float32 and float64 are the engine's own pass; float16 and bfloat16 round the backward pass of a float64 network. */
  dtype: NumberFormat;
  /** S multiplying the loss (the gradients are divided by it after the format's rounding); float16 and bfloat16 only. */
  lossScale: number;
  /** The engine's kernel set for float32 (float64 always runs the JS kernels). */
  kernels: KernelChoice;
  train: number;
  optimizer: OptimizerName;
  lr: number;
  clip: number;
  json: boolean;
  export: string | null;
  help: boolean;
}

export type ParseResult = { ok: true; config: CliConfig } | { ok: false; error: string };

export const RESIDUAL_MODES: readonly ResidualMode[] = ['none', 'identity', 'trainable'];
export const SKIP_INITS: readonly SkipInit[] = ['identity', 'random'];
export const LOSS_NAMES: readonly LossName[] = ['mse', 'cross-entropy'];
export const DTYPES: readonly NumberFormat[] = ['float32', 'float64', 'float16', 'bfloat16'];
/** The dtypes whose backward pass is recomputed with rounding (formatBackward) rather than run by the engine. */
export const ROUNDED_DTYPES: readonly NumberFormat[] = ['float16', 'bfloat16'];
export const KERNEL_CHOICES: readonly KernelChoice[] = ['auto', 'wasm', 'js'];
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

/** Defaults when a flag is absent (loss and init have rules, see parseArgs). */
export const CLI_DEFAULTS = {
  depth: 10,
  width: 64,
  activation: 'sigmoid' as ActivationName,
  init: 'xavier-normal' as InitName,
  sigmaW: 1,
  sigmaB: 0,
  residual: 'none' as ResidualMode,
  skipInit: 'identity' as SkipInit,
  seeds: 1,
  batch: 64,
  dataset: 'spirals' as DatasetName,
  seed: 1,
  dtype: 'float32' as NumberFormat,
  lossScale: 1,
  kernels: 'auto' as KernelChoice,
  train: 0,
  optimizer: 'sgd' as OptimizerName,
  lr: 0.1,
  clip: 0,
};

/** Upper bounds that keep a typo from allocating gigabytes. */
export const CLI_LIMITS = { depth: 10_000, width: 8192, batch: 65_536, seeds: 1000, train: 10_000_000 };

const FLAGS: FlagTable<keyof CliConfig> = {
  '--depth': { key: 'depth', kind: { type: 'int', min: 1, max: CLI_LIMITS.depth, what: 'a positive integer' } },
  '--width': { key: 'width', kind: { type: 'int', min: 1, max: CLI_LIMITS.width, what: 'a positive integer' } },
  '--activation': { key: 'activation', kind: { type: 'enum', values: ACTIVATION_NAMES } },
  '--init': { key: 'init', kind: { type: 'enum', values: INIT_NAMES } },
  '--sigma-w': { key: 'sigmaW', kind: { type: 'float', min: 0, what: 'a number ≥ 0' } },
  '--sigma-b': { key: 'sigmaB', kind: { type: 'float', min: 0, what: 'a number ≥ 0' } },
  '--batch-norm': { key: 'batchNorm', kind: { type: 'bool' } },
  '--residual': { key: 'residual', kind: { type: 'enum', values: RESIDUAL_MODES } },
  '--skip-init': { key: 'skipInit', kind: { type: 'enum', values: SKIP_INITS } },
  '--seeds': { key: 'seeds', kind: { type: 'int', min: 1, max: CLI_LIMITS.seeds, what: 'a positive integer' } },
  '--batch': { key: 'batch', kind: { type: 'int', min: 1, max: CLI_LIMITS.batch, what: 'a positive integer' } },
  '--dataset': { key: 'dataset', kind: { type: 'enum', values: DATASET_NAMES } },
  '--loss': { key: 'loss', kind: { type: 'enum', values: LOSS_NAMES } },
  '--seed': { key: 'seed', kind: { type: 'int', min: 0, max: 2 ** 32 - 1, what: 'an integer from 0 to 4294967295' } },
  '--dtype': { key: 'dtype', kind: { type: 'enum', values: DTYPES } },
  '--loss-scale': { key: 'lossScale', kind: { type: 'scale', what: 'a number > 0 or a power of two written 2^k (e.g. 1024, 2^10, 2^-3)' } },
  '--kernels': { key: 'kernels', kind: { type: 'enum', values: KERNEL_CHOICES } },
  '--train': { key: 'train', kind: { type: 'int', min: 0, max: CLI_LIMITS.train, what: 'an integer ≥ 0 (steps)' } },
  '--optimizer': { key: 'optimizer', kind: { type: 'enum', values: OPTIMIZER_NAMES } },
  '--lr': { key: 'lr', kind: { type: 'float', min: 0, exclusiveMin: true, what: 'a number > 0' } },
  '--clip': { key: 'clip', kind: { type: 'float', min: 0, what: 'a number ≥ 0 (0 = off)' } },
  '--json': { key: 'json', kind: { type: 'bool' } },
  '--export': { key: 'export', kind: { type: 'string', what: 'a file path' } },
  '--help': { key: 'help', kind: { type: 'bool' } },
};
const ALIASES: Record<string, string> = { '-h': '--help' };

/** Every flag the CLI accepts, for messages and --help. */
export const FLAG_NAMES = Object.keys(FLAGS);

/** Parses the CLI's argv (without node and script): a full config, or one line naming the bad flag and what it accepts. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const read = readFlags(argv, FLAGS, ALIASES);
  if (!read.ok) return read;
  const { values: out, seen } = read;

  const dataset = (out.dataset as DatasetName | undefined) ?? CLI_DEFAULTS.dataset;
  const config: CliConfig = {
    ...CLI_DEFAULTS,
    // --sigma-w without --init means "N(0, σ_w²/fan_in)": that is what the lecture's σ_w experiments vary.
    init: seen.has('sigmaW') ? 'normal' : CLI_DEFAULTS.init,
    // Classification sets default to softmax cross-entropy, the regression set to MSE.
    loss: dataset === 'regression' ? 'mse' : 'cross-entropy',
    batchNorm: false,
    json: false,
    export: null,
    help: false,
    ...(out as Partial<CliConfig>),
  };

  if (config.help) return { ok: true, config };
  if (config.batchNorm && config.batch < 2) {
    return { ok: false, error: `--batch: batch norm needs at least 2 examples per batch (got ${config.batch})` };
  }
  if (config.seeds > 1 && (config.train > 0 || config.export !== null)) {
    return { ok: false, error: `--seeds: a summary over ${config.seeds} seeds cannot be combined with --train or --export (use --seed N)` };
  }
  if (ROUNDED_DTYPES.includes(config.dtype)) {
    const flag = config.batchNorm ? '--batch-norm' : config.residual !== 'none' ? '--residual' : config.seeds > 1 ? '--seeds' : null;
    if (flag) return { ok: false, error: `${flag}: not with --dtype ${config.dtype} (its rounded backward pass covers one seed of a plain stack)` };
  } else if (seen.has('lossScale') && config.lossScale !== 1) {
    return { ok: false, error: `--loss-scale: needs --dtype ${ROUNDED_DTYPES.join(' or ')} (float32 and float64 are the engine's own pass)` };
  }
  if (config.loss === 'cross-entropy' && dataset === 'regression') {
    return { ok: false, error: '--loss: cross-entropy needs a classification data set (allowed with --dataset regression: mse)' };
  }
  return { ok: true, config };
}
