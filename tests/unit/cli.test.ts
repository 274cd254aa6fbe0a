// The simulate CLI: its pure flag parser, then the script end to end (JSON, errors, export, determinism).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_DEFAULTS, FLAG_NAMES, parseArgs, type CliConfig } from '../../scripts/cli/args.ts';

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
      '--batch', '32', '--dataset', 'regression', '--loss', 'mse', '--seed', '7', '--dtype', 'float64',
      '--train', '100', '--optimizer', 'adam', '--lr', '1e-3', '--clip', '5', '--json', '--export', 'out.json',
    ]);
    expect(c).toEqual({
      depth: 30, width: 128, activation: 'leaky-relu', init: 'he-uniform', sigmaW: 1.5, sigmaB: 0.05,
      batchNorm: true, residual: 'trainable', skipInit: 'random', seeds: 1, batch: 32, dataset: 'regression',
      loss: 'mse', seed: 7, dtype: 'float64', train: 100, optimizer: 'adam', lr: 0.001, clip: 5, json: true,
      export: 'out.json', help: false,
    });
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
    expect(fail(['--dtype', 'float16'])).toMatch(/--dtype.*float32, float64/);
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

  it('contradictory combinations', () => {
    expect(fail(['--batch-norm', '--batch', '1'])).toMatch(/--batch/);
    expect(fail(['--seeds', '3', '--train', '10'])).toMatch(/--seeds/);
    expect(fail(['--seeds', '3', '--export', 'x.json'])).toMatch(/--seeds/);
    expect(fail(['--dataset', 'regression', '--loss', 'cross-entropy'])).toMatch(/--loss/);
  });
});
