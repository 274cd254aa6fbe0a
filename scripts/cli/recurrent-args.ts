// The simulate CLI's recurrent mode (`--model rnn|lstm|gru`): its flags, defaults and checks. Pure, like args.ts.
import { CELL_NAMES } from '../../src/engine/recurrent/model.ts';
import { TASK_NAMES } from '../../src/engine/recurrent/tasks.ts';
import type { CellName, RecurrentInit, TaskName } from '../../src/engine/recurrent/types.ts';
import type { Dtype, LossName, OptimizerName } from '../../src/engine/types.ts';
import { LOSS_NAMES, OPTIMIZER_NAMES, parseArgs, type ParseResult } from './args.ts';
import { readFlags, type FlagTable } from './flags.ts';

/** Everything a recurrent run was asked to do (keys are the flags in camelCase; the export's "config"). */
export interface RecurrentCliConfig {
  model: CellName;
  seqLen: number;
  hidden: number;
  task: TaskName;
  batch: number;
  recurrentInit: RecurrentInit;
  recurrentScale: number;
  /** LSTM only; null = PyTorch's draw. */
  forgetBias: number | null;
  loss: LossName;
  seed: number;
  dtype: Dtype;
  train: number;
  optimizer: OptimizerName;
  lr: number;
  clip: number;
  json: boolean;
  export: string | null;
  help: boolean;
}

export type RecurrentParseResult = { ok: true; config: RecurrentCliConfig } | { ok: false; error: string };

export const RECURRENT_INITS: readonly RecurrentInit[] = ['uniform', 'orthogonal'];
export const RECURRENT_DTYPES: readonly Dtype[] = ['float32', 'float64'];

export const RECURRENT_DEFAULTS = {
  seqLen: 50,
  hidden: 32,
  task: 'first-symbol' as TaskName,
  batch: 32,
  recurrentInit: 'uniform' as RecurrentInit,
  recurrentScale: 1,
  seed: 1,
  dtype: 'float32' as Dtype,
  train: 0,
  optimizer: 'adam' as OptimizerName,
  lr: 0.01,
  clip: 0,
};

/** Bounds that keep a typo from allocating gigabytes: T × B × (gates · H) stored values at most. */
export const RECURRENT_LIMITS = { seqLen: 10_000, hidden: 1024, batch: 4096, train: 1_000_000, values: 50_000_000 };

const FLAGS: FlagTable<keyof RecurrentCliConfig> = {
  '--model': { key: 'model', kind: { type: 'enum', values: CELL_NAMES } },
  '--seq-len': { key: 'seqLen', kind: { type: 'int', min: 1, max: RECURRENT_LIMITS.seqLen, what: 'a positive integer (steps)' } },
  '--hidden': { key: 'hidden', kind: { type: 'int', min: 1, max: RECURRENT_LIMITS.hidden, what: 'a positive integer' } },
  '--task': { key: 'task', kind: { type: 'enum', values: TASK_NAMES } },
  '--batch': { key: 'batch', kind: { type: 'int', min: 1, max: RECURRENT_LIMITS.batch, what: 'a positive integer' } },
  '--recurrent-init': { key: 'recurrentInit', kind: { type: 'enum', values: RECURRENT_INITS } },
  '--recurrent-scale': { key: 'recurrentScale', kind: { type: 'float', min: 0, what: 'a number ≥ 0' } },
  '--forget-bias': { key: 'forgetBias', kind: { type: 'float', min: -1e6, what: 'a number from -1e6 up' } },
  '--loss': { key: 'loss', kind: { type: 'enum', values: LOSS_NAMES } },
  '--seed': { key: 'seed', kind: { type: 'int', min: 0, max: 2 ** 32 - 1, what: 'an integer from 0 to 4294967295' } },
  '--dtype': { key: 'dtype', kind: { type: 'enum', values: RECURRENT_DTYPES } },
  '--train': { key: 'train', kind: { type: 'int', min: 0, max: RECURRENT_LIMITS.train, what: 'an integer ≥ 0 (steps)' } },
  '--optimizer': { key: 'optimizer', kind: { type: 'enum', values: OPTIMIZER_NAMES } },
  '--lr': { key: 'lr', kind: { type: 'float', min: 0, exclusiveMin: true, what: 'a number > 0' } },
  '--clip': { key: 'clip', kind: { type: 'float', min: 0, what: 'a number ≥ 0 (0 = off)' } },
  '--json': { key: 'json', kind: { type: 'bool' } },
  '--export': { key: 'export', kind: { type: 'string', what: 'a file path' } },
  '--help': { key: 'help', kind: { type: 'bool' } },
};

/** Every flag of the recurrent mode. */
export const RECURRENT_FLAG_NAMES = Object.keys(FLAGS);
/** Flags that only the recurrent mode knows: without --model they are a mistake worth naming. */
const RECURRENT_ONLY = RECURRENT_FLAG_NAMES.filter((f) => !['--batch', '--loss', '--seed', '--dtype', '--train', '--optimizer', '--lr', '--clip', '--json', '--export', '--help'].includes(f));

const flagName = (arg: string): string => (arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg);

/** True when argv asks for the recurrent mode (a --model flag, as `--model X` or `--model=X`). */
export function wantsRecurrent(argv: readonly string[]): boolean {
  return argv.some((a) => flagName(a) === '--model');
}

/** Parses the recurrent mode's argv: a full config, or one line naming the bad flag and what it accepts. */
export function parseRecurrentArgs(argv: readonly string[]): RecurrentParseResult {
  const read = readFlags(argv, FLAGS, { '-h': '--help' },
    (flag) => `unknown flag "${flag}" with --model (allowed: ${RECURRENT_FLAG_NAMES.join(' ')})`);
  if (!read.ok) return read;
  const out = read.values as Partial<RecurrentCliConfig>;
  const task = out.task ?? RECURRENT_DEFAULTS.task;
  const config: RecurrentCliConfig = {
    model: 'lstm',
    ...RECURRENT_DEFAULTS,
    forgetBias: null,
    // The adding problem is a regression (mse); first-symbol a classification (cross-entropy).
    loss: task === 'adding' ? 'mse' : 'cross-entropy',
    json: false, export: null, help: false,
    ...out,
  };
  if (config.help) return { ok: true, config };
  if (config.forgetBias !== null && config.model !== 'lstm') {
    return { ok: false, error: `--forget-bias: only with --model lstm (the forget gate is the LSTM's; got --model ${config.model})` };
  }
  if (config.task === 'adding' && config.loss === 'cross-entropy') {
    return { ok: false, error: '--loss: cross-entropy needs a classification task (allowed with --task adding: mse)' };
  }
  const gates = config.model === 'rnn' ? 1 : config.model === 'lstm' ? 4 : 3;
  if (config.seqLen * config.batch * gates * config.hidden > RECURRENT_LIMITS.values) {
    return { ok: false, error: `--seq-len: ${config.seqLen} steps × batch ${config.batch} × ${gates * config.hidden} gate values is too large (at most ${RECURRENT_LIMITS.values.toLocaleString('en')})` };
  }
  return { ok: true, config };
}

/** The whole CLI's parse: recurrent with --model, else the feedforward flags (which name a stray recurrent flag). */
export function parseAnyArgs(argv: readonly string[]): { recurrent: true; result: RecurrentParseResult } | { recurrent: false; result: ParseResult } {
  if (wantsRecurrent(argv)) return { recurrent: true, result: parseRecurrentArgs(argv) };
  const stray = argv.map(flagName).find((a) => RECURRENT_ONLY.includes(a));
  if (stray) return { recurrent: false, result: { ok: false, error: `${stray}: needs --model ${CELL_NAMES.join('|')} (a recurrent network)` } };
  return { recurrent: false, result: parseArgs(argv) };
}
