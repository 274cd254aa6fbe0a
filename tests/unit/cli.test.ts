// The simulate CLI: its pure flag parser, then the script end to end (JSON, errors, export, determinism).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_DEFAULTS, FLAG_NAMES, parseArgs, type CliConfig } from '../../scripts/cli/args.ts';
import { simulate } from './cli-run';

function ok(argv: string[]): CliConfig {
  const r = parseArgs(argv);
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r.config;
}

function fail(argv: string[]): string {
  const r = parseArgs(argv);
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  expect(r.error).not.toContain('\n');
  return r.error;
}

describe('parseArgs: valid flags', () => {
  it('gives the documented defaults with no flags', () => {
    const c = ok([]);
    expect(c).toMatchObject({ ...CLI_DEFAULTS, loss: 'cross-entropy', batchNorm: false, json: false, export: null, help: false });
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const c = ok([
      '--depth', '30', '--width=128', '--activation', 'leaky-relu', '--init', 'he-uniform', '--sigma-w', '1.5',
      '--sigma-b=0.05', '--batch-norm', '--residual', 'trainable', '--skip-init', 'random', '--seeds', '1',
      '--batch', '32', '--dataset', 'regression', '--loss', 'mse', '--seed', '7', '--dtype', 'float64', '--kernels=js',
      '--train', '100', '--optimizer', 'adam', '--lr', '1e-3', '--clip', '5', '--json', '--export', 'out.json',
    ]);
    expect(c).toEqual({
      depth: 30, width: 128, activation: 'leaky-relu', init: 'he-uniform', sigmaW: 1.5, sigmaB: 0.05,
      batchNorm: true, residual: 'trainable', skipInit: 'random', seeds: 1, batch: 32, dataset: 'regression',
      loss: 'mse', seed: 7, dtype: 'float64', lossScale: 1, kernels: 'js', train: 100, optimizer: 'adam', lr: 0.001, clip: 5, json: true,
      export: 'out.json', help: false,
    });
  });

  it('--dtype float16 | bfloat16 and --loss-scale as a number or 2^k', () => {
    expect(ok(['--dtype', 'float16'])).toMatchObject({ dtype: 'float16', lossScale: 1 });
    expect(ok(['--dtype', 'bfloat16', '--loss-scale', '2^10']).lossScale).toBe(1024);
    expect(ok(['--dtype', 'float16', '--loss-scale=2^-3']).lossScale).toBe(0.125);
    expect(ok(['--dtype', 'float16', '--loss-scale', '1000']).lossScale).toBe(1000);
    expect(ok(['--dtype', 'float16', '--loss-scale', '2.5e3']).lossScale).toBe(2500);
    expect(ok(['--dtype', 'float32', '--loss-scale', '1']).lossScale).toBe(1);
  });

  it('--sigma-w without --init selects the normal init it scales; the regression set defaults to MSE', () => {
    expect(ok(['--sigma-w', '2.5']).init).toBe('normal');
    expect(ok(['--sigma-w', '2.5', '--init', 'orthogonal']).init).toBe('orthogonal');
    expect(ok([]).init).toBe('xavier-normal');
    expect(ok(['--dataset', 'regression']).loss).toBe('mse');
    expect(ok(['--dataset', 'xor', '--loss', 'mse']).loss).toBe('mse');
  });

  it('lets the last occurrence win, and accepts -h and --help', () => {
    expect(ok(['--depth', '3', '--depth', '4']).depth).toBe(4);
    expect(ok(['-h']).help).toBe(true);
    expect(ok(['--depth', '3', '--help']).help).toBe(true);
  });
});

describe('parseArgs: every error path names the flag and what it accepts', () => {
  it('unknown flag, with the list of flags', () => {
    const e = fail(['--deepth', '3']);
    expect(e).toContain('--deepth');
    for (const f of FLAG_NAMES) expect(e).toContain(f);
  });

  it('unexpected positional argument', () => {
    expect(fail(['30'])).toContain('unexpected argument "30"');
  });

  it('unknown names for each enumerated flag, listing the allowed ones', () => {
    expect(fail(['--activation', 'sigmoidd'])).toMatch(/--activation.*"sigmoidd".*sigmoid, tanh, relu/);
    expect(fail(['--init', 'kaiming'])).toMatch(/--init.*he-normal/);
    expect(fail(['--residual', 'yes'])).toMatch(/--residual.*none, identity, trainable/);
    expect(fail(['--skip-init', 'zero'])).toMatch(/--skip-init.*identity, random/);
    expect(fail(['--dataset', 'mnist'])).toMatch(/--dataset.*spirals, circles, xor, moons, regression/);
    expect(fail(['--loss', 'hinge'])).toMatch(/--loss.*mse, cross-entropy/);
    expect(fail(['--dtype', 'float8'])).toMatch(/--dtype.*float32, float64, float16, bfloat16/);
    expect(fail(['--kernels', 'gpu'])).toMatch(/--kernels.*auto, wasm, js/);
    expect(fail(['--optimizer', 'rmsprop'])).toMatch(/--optimizer.*sgd, momentum, adam/);
  });

  it('depth 0, negative or fractional width, bad counts', () => {
    expect(fail(['--depth', '0'])).toMatch(/--depth: "0" is not a positive integer/);
    expect(fail(['--width', '-4'])).toMatch(/--width: "-4" is not a positive integer/);
    expect(fail(['--width', '2.5'])).toMatch(/--width/);
    expect(fail(['--depth', '1e9'])).toMatch(/--depth.*at most/);
    expect(fail(['--seeds', '0'])).toMatch(/--seeds/);
    expect(fail(['--batch', 'x'])).toMatch(/--batch/);
    expect(fail(['--seed', '-1'])).toMatch(/--seed: "-1" is not an integer from 0/);
    expect(fail(['--train', '-5'])).toMatch(/--train/);
  });

  it('σ that is not a number (or negative, or infinite), bad rates', () => {
    expect(fail(['--sigma-w', 'abc'])).toMatch(/--sigma-w: "abc" is not a number ≥ 0/);
    expect(fail(['--sigma-w', '-1'])).toMatch(/--sigma-w: "-1"/);
    expect(fail(['--sigma-b', 'Infinity'])).toMatch(/--sigma-b/);
    expect(fail(['--sigma-b', 'NaN'])).toMatch(/--sigma-b/);
    expect(fail(['--sigma-w='])).toMatch(/--sigma-w/);
    expect(fail(['--lr', '0'])).toMatch(/--lr: "0" is not a number > 0/);
    expect(fail(['--clip', '-2'])).toMatch(/--clip/);
  });

  it('missing values, values on switches, empty export path', () => {
    expect(fail(['--depth'])).toMatch(/--depth: needs a value/);
    expect(fail(['--activation', '--json'])).toMatch(/--activation: needs a value \(one of sigmoid/);
    expect(fail(['--json=yes'])).toMatch(/--json: takes no value/);
    expect(fail(['--export='])).toMatch(/--export/);
  });

  it('--loss-scale that is not positive, not a number or not 2^(integer), or without a rounded dtype', () => {
    for (const bad of ['0', '-2', 'abc', '2^x', '2^1.5', '2^', '2^99999', 'Infinity', '2**10']) {
      expect(fail(['--dtype', 'float16', '--loss-scale', bad])).toMatch(/^--loss-scale: ".*" is not a number > 0 or a power of two written 2\^k/);
    }
    expect(fail(['--dtype', 'float16', '--loss-scale'])).toMatch(/--loss-scale: needs a value/);
    expect(fail(['--loss-scale', '2^10'])).toMatch(/--loss-scale: needs --dtype float16 or bfloat16/);
    expect(fail(['--dtype', 'float64', '--loss-scale', '8'])).toMatch(/--loss-scale: needs --dtype/);
  });

  it('float16 and bfloat16 cover one seed of a plain stack', () => {
    expect(fail(['--dtype', 'float16', '--batch-norm'])).toMatch(/--batch-norm: not with --dtype float16/);
    expect(fail(['--dtype', 'bfloat16', '--residual', 'identity'])).toMatch(/--residual: not with --dtype bfloat16/);
    expect(fail(['--dtype', 'float16', '--seeds', '3'])).toMatch(/--seeds: not with --dtype float16/);
  });

  it('contradictory combinations', () => {
    expect(fail(['--batch-norm', '--batch', '1'])).toMatch(/--batch/);
    expect(fail(['--seeds', '3', '--train', '10'])).toMatch(/--seeds/);
    expect(fail(['--seeds', '3', '--export', 'x.json'])).toMatch(/--seeds/);
    expect(fail(['--dataset', 'regression', '--loss', 'cross-entropy'])).toMatch(/--loss/);
  });
});

// ─── End to end: the script as a reader runs it ───────────────────────────────────────────────────────────

/** Relative tolerance between the engine's float32 loss and a float64 recomputation from the export. */
const FLOAT32_LOSS_TOLERANCE = 1e-4;
/** The same with --dtype float64: only summation order differs. */
const FLOAT64_LOSS_TOLERANCE = 1e-12;
/** Output-layer gradient recomputed from the export, relative to its norm. */
const GRAD_TOLERANCE = 1e-4;

const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


interface ExportMatrix { rows: number; cols: number; data: (number | string)[] }
interface ExportLayer {
  W: ExportMatrix; b: number[]; activation: string; activationParam?: number;
  batchNorm: null | { gamma: number[]; beta: number[]; eps: number };
  skip: null | { from: number; W: ExportMatrix | 'identity' };
  grad: { W: ExportMatrix; b: number[]; gamma?: number[]; beta?: number[]; skipW?: ExportMatrix };
}
interface ExportDoc {
  format: string; config: Record<string, unknown>; loss: 'mse' | 'cross-entropy'; lossValue: number;
  input: ExportMatrix; target: ExportMatrix; layers: ExportLayer[];
}

/** Activations written independently of the engine, as a reader would in NumPy. */
const G: Record<string, (z: number, a?: number) => number> = {
  linear: (z) => z,
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: Math.tanh,
  relu: (z) => Math.max(0, z),
  'leaky-relu': (z, a = 0.01) => (z > 0 ? z : a * z),
  elu: (z, a = 1) => (z > 0 ? z : a * (Math.exp(z) - 1)),
  softplus: (z) => Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0),
  silu: (z) => z / (1 + Math.exp(-z)),
};

/** Row-major product of a (r × k, as a flat array) and m. */
function matmulPlain(a: number[], r: number, m: ExportMatrix): number[] {
  const out = new Array(r * m.cols).fill(0);
  for (let i = 0; i < r; i++)
    for (let k = 0; k < m.rows; k++)
      for (let j = 0; j < m.cols; j++) out[i * m.cols + j] += a[i * m.rows + k] * (m.data[k * m.cols + j] as number);
  return out;
}

/** Forward pass and loss from the export alone, in float64; also returns the last hidden A and dJ/dY. */
function replay(doc: ExportDoc): { loss: number; lastA: number[]; dY: number[] } {
  const B = doc.input.rows;
  const x = doc.input.data as number[];
  const outs: number[][] = [];
  let prev = x;
  for (const layer of doc.layers) {
    const n = layer.W.cols;
    let z = matmulPlain(prev, B, layer.W).map((v, o) => v + layer.b[o % n]);
    if (layer.batchNorm) {
      const { gamma, beta, eps } = layer.batchNorm;
      const zz = z.slice();
      for (let j = 0; j < n; j++) {
        let mean = 0;
        for (let i = 0; i < B; i++) mean += zz[i * n + j] / B;
        let v = 0;
        for (let i = 0; i < B; i++) v += (zz[i * n + j] - mean) ** 2 / B; // biased variance
        for (let i = 0; i < B; i++) z[i * n + j] = gamma[j] * (zz[i * n + j] - mean) / Math.sqrt(v + eps) + beta[j];
      }
    }
    if (layer.skip) {
      const src = layer.skip.from < 0 ? x : outs[layer.skip.from];
      const add = layer.skip.W === 'identity' ? src : matmulPlain(src, B, layer.skip.W);
      z = z.map((v, o) => v + add[o]);
    }
    const a = z.map((v) => G[layer.activation](v, layer.activationParam));
    outs.push(a);
    prev = a;
  }
  const y = prev;
  const t = doc.target.data as number[];
  const d = doc.target.cols;
  const dY = new Array(B * d).fill(0);
  let loss = 0;
  for (let i = 0; i < B; i++) {
    if (doc.loss === 'mse') {
      for (let k = 0; k < d; k++) {
        const r = y[i * d + k] - t[i * d + k];
        loss += 0.5 * r * r;
        dY[i * d + k] = r / B;
      }
    } else {
      const row = y.slice(i * d, i * d + d);
      const max = Math.max(...row);
      const logSum = Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
      for (let k = 0; k < d; k++) {
        const logP = row[k] - max - logSum;
        loss -= t[i * d + k] * logP;
        dY[i * d + k] = (Math.exp(logP) - t[i * d + k]) / B;
      }
    }
  }
  return { loss: loss / B, lastA: outs[outs.length - 2], dY };
}

function exportAndReplay(args: string[]): { doc: ExportDoc; loss: number } {
  const file = join(dir, `export-${args.join('_').replace(/[^a-z0-9_.-]/gi, '')}.json`);
  simulate([...args, '--export', file]);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as ExportDoc;
  expect(doc.format).toBe('vanishing-gradient.network/1');
  const { loss, lastA, dY } = replay(doc);
  // The output layer's weight gradient, (A^(L))ᵀ dJ/dY, recomputed from the export.
  const out = doc.layers[doc.layers.length - 1];
  const B = doc.input.rows;
  let diff = 0;
  let norm = 0;
  for (let k = 0; k < out.W.rows; k++) {
    for (let j = 0; j < out.W.cols; j++) {
      let g = 0;
      for (let i = 0; i < B; i++) g += lastA[i * out.W.rows + k] * dY[i * out.W.cols + j];
      diff += (g - (out.grad.W.data[k * out.W.cols + j] as number)) ** 2;
      norm += g * g;
    }
  }
  expect(Math.sqrt(diff / norm)).toBeLessThan(GRAD_TOLERANCE);
  return { doc, loss };
}

describe('simulate end to end', () => {
  it('--json: layers from the first hidden to the output, with the promised keys', () => {
    const doc = JSON.parse(simulate(['--depth', '5', '--width', '16', '--activation', 'tanh', '--json']));
    expect(doc.layers).toHaveLength(6);
    doc.layers.forEach((l: Record<string, unknown>, k: number) => {
      expect(l.layer).toBe(k + 1);
      for (const key of ['layer', 'weightNorm', 'gradNorm', 'deltaRms', 'meanDerivative', 'log10Product', 'float32Product']) {
        expect(l).toHaveProperty(key);
      }
    });
    expect(doc.config.depth).toBe(5);
    expect(typeof doc.lossValue).toBe('number');
  });

  it('--json gives the float32 underflow of 0.25^L as the number 0, beside a finite float64 log10', () => {
    // Sigmoid at depth 80: the running product of mean g' (< 0.25 each) underflows float32 to exactly 0,
    // while its float64 log10 stays finite.
    const doc = JSON.parse(simulate(['--depth', '80', '--width', '8', '--batch', '8', '--json']));
    expect(doc.layers[0].float32Product).toBe(0);
    expect(doc.layers[0].underflow).toBe(true);
    expect(doc.layers[0].log10Product).toBeLessThan(-45);
    expect(JSON.stringify(doc)).not.toContain('null');
  });

  it('--json encodes non-finite values as strings, in a run whose float32 forward pass overflows', () => {
    // Linear, σ_w = 30, depth 26: the signal grows about 30× per layer and passes float32's 3.4e38 at the output,
    // so the loss and the last gradients are Infinity, and ∞ − ∞ makes the earlier ones NaN. JSON has neither:
    // written as numbers they would silently become null.
    const args = ['--depth', '26', '--width', '8', '--activation', 'linear', '--sigma-w', '30', '--dataset', 'regression', '--batch', '8'];
    const text = simulate([...args, '--json']);
    expect(text).not.toContain('null');
    const doc = JSON.parse(text);
    expect(doc.lossValue).toBe('Infinity');
    expect(doc.layers.some((l: { forwardOverflow: boolean }) => l.forwardOverflow)).toBe(true);
    const last = doc.layers.at(-1);
    expect(last.deltaNorm).toBe('Infinity');
    expect(last.gradNorm).toBe('Infinity');
    expect(doc.layers[0].deltaNorm).toBe('NaN');
    expect(doc.layers[0].gradNorm).toBe('NaN');
    // The same in the export file, whose matrices hold the non-finite entries themselves.
    const file = join(dir, 'overflow.json');
    simulate([...args, '--export', file]);
    const exported = readFileSync(file, 'utf8');
    expect(exported).not.toMatch(/[[,]null[\],]/); // no null among numbers (a layer without batch norm has "batchNorm": null)
    const parsed = JSON.parse(exported);
    expect(parsed.lossValue).toBe('Infinity');
    expect(parsed.layers.at(-1).grad.W.data).toContain('Infinity');
  });

  it('the same seed gives identical JSON; another seed does not', () => {
    const args = ['--depth', '4', '--width', '8', '--activation', 'relu', '--sigma-w', '1.4', '--json'];
    const a = simulate([...args, '--seed', '3']);
    expect(simulate([...args, '--seed', '3'])).toBe(a);
    expect(simulate([...args, '--seed', '4'])).not.toBe(a);
  });

  it('bad flags: exit code 2, one line naming the flag and the allowed values, no stack trace', () => {
    for (const [args, pattern] of [
      [['--activation', 'sigmoidd'], /--activation.*sigmoid, tanh/],
      [['--depth', '0'], /--depth/],
      [['--sigma-w', 'abc'], /--sigma-w/],
      [['--bogus'], /unknown flag "--bogus"/],
      [['--dtype', 'float16', '--loss-scale', '2^x'], /--loss-scale: "2\^x"/],
    ] as const) {
      const r = spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a runtime error (an unwritable --export path): exit code 1, one line naming the path, no stack trace', () => {
    const file = join(dir, 'no-such-folder', 'out.json');
    const r = spawnSync('npx', ['tsx', 'scripts/simulate.ts', '--depth', '2', '--width', '4', '--export', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^simulate: .*ENOENT/);
    expect(r.stderr).toContain(file);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--export reproduces: the loss and output gradient recomputed in plain float64 JS from the file match', () => {
    const { doc, loss } = exportAndReplay(['--depth', '4', '--width', '8', '--activation', 'tanh', '--batch', '16']);
    expect(doc.layers).toHaveLength(5);
    expect(doc.input).toMatchObject({ rows: 16, cols: 2 });
    expect(doc.target).toMatchObject({ rows: 16, cols: 2 });
    expect(doc.layers[0].W).toMatchObject({ rows: 2, cols: 8 });
    expect(doc.layers[4].activation).toBe('linear');
    expect(doc.config).toMatchObject({ depth: 4, width: 8, activation: 'tanh', batch: 16 });
    expect(Math.abs(loss - doc.lossValue) / doc.lossValue).toBeLessThan(FLOAT32_LOSS_TOLERANCE);
  });

  it('--export with batch norm, identity and trainable random skips, mse, float64: loss to 1e-12', () => {
    const bn = exportAndReplay(['--depth', '5', '--width', '6', '--activation', 'elu', '--batch-norm',
      '--residual', 'identity', '--dataset', 'regression', '--batch', '12', '--dtype', 'float64']);
    expect(bn.doc.layers[1].batchNorm).not.toBeNull();
    expect(bn.doc.layers[3].skip).toEqual({ from: 1, W: 'identity' });
    expect(Math.abs(bn.loss - bn.doc.lossValue) / bn.doc.lossValue).toBeLessThan(FLOAT64_LOSS_TOLERANCE);
    const skip = exportAndReplay(['--depth', '4', '--width', '6', '--activation', 'leaky-relu', '--residual',
      'trainable', '--skip-init', 'random', '--batch', '10', '--dtype', 'float64', '--train', '3', '--optimizer', 'adam', '--lr', '0.01']);
    expect(skip.doc.layers[2].grad.skipW).toBeDefined();
    expect(skip.doc.layers[0].activationParam).toBe(0.01);
    expect(Math.abs(skip.loss - skip.doc.lossValue) / skip.doc.lossValue).toBeLessThan(FLOAT64_LOSS_TOLERANCE);
  });

  it('prints a table by default, a summary with --seeds, a training log with --train', () => {
    const table = simulate(['--depth', '3', '--width', '8']);
    expect(table).toMatch(/layer\s+‖W‖\s+‖∂J\/∂W‖\s+‖Δ‖ rms\s+mean g'\s+log10 Π g'\s+float32 Π g'/);
    expect(table).toMatch(/4 \(out\)/);
    expect(simulate(['--depth', '3', '--width', '8', '--seeds', '3'])).toMatch(/median \[min, max\] over 3 seeds/);
    const trained = simulate(['--depth', '2', '--width', '16', '--train', '50', '--optimizer', 'adam', '--lr', '0.01', '--dataset', 'xor']);
    expect(trained).toMatch(/step\s+loss\s+accuracy/);
    expect(simulate(['--help'])).toMatch(/"Infinity"/);
  });

  it('--kernels: the header names the kernels that ran, and both sets give the same table to float32 rounding', () => {
    const flags = ['--depth', '20', '--width', '24', '--activation', 'tanh'];
    const head = (out: string) => out.split('\n')[0];
    expect(head(simulate(flags))).toMatch(/float32 \(WebAssembly SIMD kernels\)/);
    expect(head(simulate([...flags, '--kernels', 'js']))).toMatch(/float32 \(JS kernels\)/);
    expect(head(simulate([...flags, '--dtype', 'float64']))).toMatch(/, float64, /);
    const json = (k: string) => JSON.parse(simulate([...flags, '--kernels', k, '--json']));
    const [wasm, js] = [json('wasm'), json('js')];
    expect(wasm.config.kernels).toBe('wasm');
    expect(Math.abs(wasm.lossValue - js.lossValue)).toBeLessThan(1e-5 * js.lossValue);
    wasm.layers.forEach((l: { gradNorm: number; deltaRms: number }, k: number) => {
      expect(Math.abs(l.gradNorm - js.layers[k].gradNorm)).toBeLessThan(1e-4 * js.layers[k].gradNorm);
      expect(Math.abs(l.deltaRms - js.layers[k].deltaRms)).toBeLessThan(1e-4 * js.layers[k].deltaRms);
    });
  });
});
