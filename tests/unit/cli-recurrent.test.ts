// The simulate CLI's recurrent mode (--model rnn|lstm|gru): its flags, its table and JSON, and the export in PyTorch's
// layout, checked by a float64 forward pass written here from PyTorch's equations (torch.nn.RNN / LSTM / GRU docs)
// that reads nothing but the exported JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnyArgs, parseRecurrentArgs, RECURRENT_DEFAULTS, RECURRENT_FLAG_NAMES, type RecurrentCliConfig } from '../../scripts/cli/recurrent-args.ts';
import { jsonReplacer } from '../../scripts/cli/format.ts';
import { exportRecurrent } from '../../scripts/cli/recurrent-export.ts';
import { describeRecurrent, recurrentNotes, recurrentTable } from '../../scripts/cli/recurrent-format.ts';
import { runRecurrent } from '../../scripts/cli/recurrent-run.ts';
import { simulate } from './cli-run';

function ok(argv: string[]): RecurrentCliConfig {
  const r = parseRecurrentArgs(argv);
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r.config;
}

function fail(argv: string[]): string {
  const r = parseAnyArgs(argv).result;
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  expect(r.error).not.toContain('\n');
  return r.error;
}

describe('parseRecurrentArgs', () => {
  it('defaults, every flag in both forms, and the loss that follows the task', () => {
    expect(ok(['--model', 'rnn'])).toMatchObject({ ...RECURRENT_DEFAULTS, model: 'rnn', forgetBias: null, loss: 'cross-entropy' });
    expect(ok(['--model=lstm', '--seq-len', '100', '--hidden=8', '--task', 'adding', '--batch', '4', '--recurrent-init',
      'orthogonal', '--recurrent-scale', '0.9', '--forget-bias', '-1.5', '--seed', '3', '--dtype', 'float64', '--train', '7',
      '--optimizer', 'sgd', '--lr', '0.5', '--clip', '1', '--json', '--export', 'x.json'])).toEqual({
      model: 'lstm', seqLen: 100, hidden: 8, task: 'adding', batch: 4, recurrentInit: 'orthogonal', recurrentScale: 0.9,
      forgetBias: -1.5, loss: 'mse', seed: 3, dtype: 'float64', train: 7, optimizer: 'sgd', lr: 0.5, clip: 1, json: true,
      export: 'x.json', help: false,
    });
    expect(ok(['--model', 'gru', '--loss', 'mse']).loss).toBe('mse');
    expect(parseAnyArgs(['--model', 'gru']).recurrent).toBe(true);
    expect(parseAnyArgs(['--depth', '3']).recurrent).toBe(false);
  });

  it('every error names the flag and what it accepts, in one line', () => {
    expect(fail(['--model', 'transformer'])).toMatch(/--model: unknown value "transformer" \(allowed: rnn, lstm, gru\)/);
    expect(fail(['--model', 'rnn', '--seq-len', '0'])).toMatch(/--seq-len: "0" is not a positive integer/);
    expect(fail(['--model', 'rnn', '--seq-len', '2.5'])).toMatch(/--seq-len/);
    expect(fail(['--model', 'rnn', '--seq-len', '1e9'])).toMatch(/--seq-len.*at most 10000/);
    expect(fail(['--model', 'rnn', '--hidden', 'abc'])).toMatch(/--hidden: "abc"/);
    expect(fail(['--model', 'rnn', '--task', 'copy'])).toMatch(/--task.*adding, first-symbol/);
    expect(fail(['--model', 'rnn', '--recurrent-scale', '-1'])).toMatch(/--recurrent-scale: "-1" is not a number ≥ 0/);
    expect(fail(['--model', 'lstm', '--forget-bias', 'NaN'])).toMatch(/--forget-bias: "NaN"/);
    expect(fail(['--model', 'gru', '--forget-bias', '1'])).toMatch(/--forget-bias: only with --model lstm/);
    expect(fail(['--model', 'lstm', '--task', 'adding', '--loss', 'cross-entropy'])).toMatch(/--loss: cross-entropy needs a classification task/);
    expect(fail(['--model', 'lstm', '--dtype', 'float16'])).toMatch(/--dtype.*float32, float64/);
    expect(fail(['--model', 'lstm', '--seq-len', '10000', '--batch', '4096', '--hidden', '1024'])).toMatch(/--seq-len: .* too large/);
    expect(fail(['--model'])).toMatch(/--model: needs a value \(one of rnn, lstm, gru\)/);
    const unknown = fail(['--model', 'rnn', '--depth', '3']);
    expect(unknown).toMatch(/unknown flag "--depth" with --model/);
    for (const f of RECURRENT_FLAG_NAMES) expect(unknown).toContain(f);
    expect(fail(['--seq-len', '20'])).toMatch(/--seq-len: needs --model rnn\|lstm\|gru/);
    expect(fail(['--depth', '3', '--forget-bias=1'])).toMatch(/--forget-bias: needs --model/);
  });
});

// ─── End to end ───────────────────────────────────────────────────────────────────────────────────────────

const dir = mkdtempSync(join(tmpdir(), 'simulate-rnn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Tensor { shape: number[]; data: number[] }
interface RecurrentExport {
  format: string; cell: 'rnn' | 'lstm' | 'gru'; task: string; config: Record<string, unknown>;
  inputSize: number; hiddenSize: number; outputSize: number;
  input: Tensor; target: Tensor; loss: 'mse' | 'cross-entropy'; lossValue: number;
  parameters: Record<string, Tensor & { grad: number[] }>; hGradNorm: number[];
}

const sig = (v: number) => 1 / (1 + Math.exp(-v));

/** The loss from the export alone, in float64, from PyTorch's equations; `P` may replace the exported parameters. */
function reference(e: RecurrentExport, P: Record<string, number[]> = Object.fromEntries(Object.entries(e.parameters).map(([k, v]) => [k, v.data]))): number {
  const [T, B, d] = e.input.shape;
  const H = e.hiddenSize, O = e.outputSize;
  const x = e.input.data;
  const [Wi, Wh, bi, bh] = [P.weight_ih_l0, P.weight_hh_l0, P.bias_ih_l0, P.bias_hh_l0];
  const rows = Wi.length / d; // gates · H
  let loss = 0;
  for (let b = 0; b < B; b++) {
    let h = new Array(H).fill(0);
    let c = new Array(H).fill(0);
    for (let t = 0; t < T; t++) {
      const xi = (k: number) => { let s = bi[k]; for (let j = 0; j < d; j++) s += Wi[k * d + j] * x[(t * B + b) * d + j]; return s; };
      const hh = (k: number) => { let s = bh[k]; for (let j = 0; j < H; j++) s += Wh[k * H + j] * h[j]; return s; };
      const gi = Array.from({ length: rows }, (_, k) => xi(k));
      const gh = Array.from({ length: rows }, (_, k) => hh(k));
      if (e.cell === 'rnn') h = h.map((_, j) => Math.tanh(gi[j] + gh[j]));
      else if (e.cell === 'lstm') {
        // i, f, g, o
        const i = (j: number) => sig(gi[j] + gh[j]), f = (j: number) => sig(gi[H + j] + gh[H + j]);
        const g = (j: number) => Math.tanh(gi[2 * H + j] + gh[2 * H + j]), o = (j: number) => sig(gi[3 * H + j] + gh[3 * H + j]);
        c = c.map((cj, j) => f(j) * cj + i(j) * g(j));
        h = c.map((cj, j) => o(j) * Math.tanh(cj));
      } else {
        // r, z, n; n = tanh(W_in x + b_in + r ∘ (W_hn h + b_hn)); h' = (1 − z) n + z h
        h = h.map((hj, j) => {
          const r = sig(gi[j] + gh[j]), z = sig(gi[H + j] + gh[H + j]);
          const n = Math.tanh(gi[2 * H + j] + r * gh[2 * H + j]);
          return (1 - z) * n + z * hj;
        });
      }
    }
    const y = Array.from({ length: O }, (_, k) => P['head.bias'][k] + h.reduce((s, hj, j) => s + P['head.weight'][k * H + j] * hj, 0));
    const tb = e.target.data.slice(b * O, (b + 1) * O);
    if (e.loss === 'mse') loss += y.reduce((s, yk, k) => s + 0.5 * (yk - tb[k]) ** 2, 0);
    else {
      const m = Math.max(...y);
      const lse = m + Math.log(y.reduce((s, yk) => s + Math.exp(yk - m), 0));
      loss -= y.reduce((s, yk, k) => s + tb[k] * (yk - lse), 0);
    }
  }
  return loss / B;
}

/** The export the CLI writes for these flags, made in this process (one test compares it with the script's file). */
function exported(args: string[]): RecurrentExport {
  const c = ok(args);
  const run = runRecurrent(c);
  return JSON.parse(JSON.stringify(exportRecurrent(c, run.model, run.data, run.lossValue), jsonReplacer)) as RecurrentExport;
}

/** The --json document of a run, made in this process as recurrent-main.ts makes it. */
function jsonOf(args: string[]) {
  const run = runRecurrent(ok(args));
  return JSON.parse(JSON.stringify({ lossValue: run.lossValue, training: run.training, spectralRadius: run.diagnostics.spectralRadius, steps: run.diagnostics.steps }, jsonReplacer));
}

/** The reference's central difference at the `count` largest exported gradient entries of every parameter. */
function spotCheck(e: RecurrentExport, count: number): number {
  const P = Object.fromEntries(Object.entries(e.parameters).map(([k, v]) => [k, v.data.slice()]));
  let worst = 0;
  for (const [name, p] of Object.entries(e.parameters)) {
    const order = p.grad.map((g, i) => [Math.abs(g), i]).sort((a, b) => b[0] - a[0]).slice(0, count);
    for (const [, i] of order) {
      const v = P[name][i];
      const step = 1e-6;
      P[name][i] = v + step; const up = reference(e, P);
      P[name][i] = v - step; const down = reference(e, P);
      P[name][i] = v;
      worst = Math.max(worst, Math.abs((up - down) / (2 * step) - p.grad[i]) / Math.abs(p.grad[i]));
    }
  }
  return worst;
}

const GATES = { rnn: 1, lstm: 4, gru: 3 };

describe('simulate --model end to end', () => {
  it.each(['rnn', 'lstm', 'gru'] as const)('%s --export: PyTorch names and shapes, and the JSON alone reproduces the loss and gradients', (cell) => {
    const e = exported(['--model', cell, '--seq-len', '9', '--hidden', '5', '--batch', '3', '--task', 'adding', '--seed', '4']);
    expect(e.format).toBe('vanishing-gradient.recurrent/1');
    expect([e.cell, e.task, e.loss, e.inputSize, e.hiddenSize, e.outputSize]).toEqual([cell, 'adding', 'mse', 2, 5, 1]);
    expect(e.input.shape).toEqual([9, 3, 2]);
    expect(e.input.data).toHaveLength(9 * 3 * 2);
    expect(e.target.shape).toEqual([3, 1]);
    const G = GATES[cell];
    const shapes = Object.fromEntries(Object.entries(e.parameters).map(([k, v]) => [k, v.shape]));
    expect(shapes).toEqual({
      weight_ih_l0: [G * 5, 2], weight_hh_l0: [G * 5, 5], bias_ih_l0: [G * 5], bias_hh_l0: [G * 5], 'head.weight': [1, 5], 'head.bias': [1],
    });
    for (const p of Object.values(e.parameters)) {
      const n = p.shape.reduce((a, b) => a * b, 1);
      expect(p.data).toHaveLength(n);
      expect(p.grad).toHaveLength(n);
    }
    expect(e.hGradNorm).toHaveLength(9);
    // float32 run, float64 replay: agreement to float32 rounding
    expect(Math.abs(reference(e) - e.lossValue) / e.lossValue).toBeLessThan(1e-5);
    expect(spotCheck(e, 3)).toBeLessThan(1e-3);
  });

  it('float64, trained, cross-entropy, forget bias and orthogonal init: the loss to 1e-12, gradients to 1e-6', () => {
    const lstm = exported(['--model', 'lstm', '--seq-len', '7', '--hidden', '4', '--batch', '3', '--forget-bias', '2',
      '--dtype', 'float64', '--train', '3', '--lr', '0.05']);
    expect(lstm.loss).toBe('cross-entropy');
    expect(lstm.config).toMatchObject({ model: 'lstm', forgetBias: 2, train: 3 });
    expect(Math.abs(reference(lstm) - lstm.lossValue) / lstm.lossValue).toBeLessThan(1e-12);
    expect(spotCheck(lstm, 2)).toBeLessThan(1e-6);
    const gru = exported(['--model', 'gru', '--seq-len', '6', '--hidden', '4', '--batch', '2', '--recurrent-init', 'orthogonal',
      '--recurrent-scale', '1.3', '--dtype', 'float64']);
    expect(Math.abs(reference(gru) - gru.lossValue) / gru.lossValue).toBeLessThan(1e-12);
    expect(spotCheck(gru, 2)).toBeLessThan(1e-6);
  });

  it('the script writes that export to the file', () => {
    const args = ['--model', 'lstm', '--seq-len', '5', '--hidden', '3', '--batch', '2', '--seed', '6'];
    const file = join(dir, 'lstm.json');
    expect(simulate([...args, '--export', file])).toContain(`exported to ${file}`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(exported(args));
  });

  it('the table: per-step norms from t = T back to 1, the RNN theory columns, the LSTM cell column; JSON has every step', () => {
    const text = simulate(['--model', 'rnn', '--seq-len', '12', '--hidden', '8', '--batch', '4']);
    expect(text.split('\n')[0]).toBe('rnn, T 12, hidden 8, PyTorch init, first-symbol × 4, cross-entropy, float32, seed 1');
    expect(text).toMatch(/ρ\(W_hh\) = /);
    expect(text).toMatch(/t\s+‖∂J\/∂h_t‖\s+log10 ‖∂J\/∂h_t‖\s+mean tanh'\s+ρ · mean tanh'\s+log10 Π\s+float32 Π/);
    const rows = text.split('\n').filter((l) => /^\d+ /.test(l)).map((l) => Number(l.split(/\s+/)[0]));
    expect(rows).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const lstm = ok(['--model', 'lstm', '--seq-len', '100', '--hidden', '4', '--batch', '2']);
    const d = runRecurrent(lstm).diagnostics;
    expect(describeRecurrent(lstm)).toBe('lstm, T 100, hidden 4, PyTorch init, first-symbol × 2, cross-entropy, float32, seed 1');
    expect(recurrentNotes(d, 'lstm').join('\n')).toMatch(/‖∂J\/∂c_t‖[\s\S]*1 step in 3 shown \(and t = 1\); --json has all 100/);
    const lstmRows = recurrentTable(d, 'lstm').split('\n').slice(2).map((l) => Number(l.split(/\s+/)[0]));
    expect(lstmRows.slice(0, 3)).toEqual([100, 97, 94]);
    expect(lstmRows.at(-1)).toBe(1);
    const doc = jsonOf(['--model', 'gru', '--seq-len', '30', '--hidden', '4', '--batch', '2']);
    expect(doc.steps).toHaveLength(30);
    expect(doc.spectralRadius).toBeNull();
    expect(doc.steps[0]).not.toHaveProperty('theory');
  });

  it('float32 underflow: at T = 200 with a small W_hh the gradient is exactly 0 and the float32 product underflows', () => {
    const text = simulate(['--model', 'rnn', '--seq-len', '200', '--hidden', '8', '--batch', '4',
      '--recurrent-init', 'orthogonal', '--recurrent-scale', '0.5', '--json']);
    const doc = JSON.parse(text);
    expect(JSON.stringify(doc.steps)).not.toContain('null'); // -Infinity is the string "-Infinity", not null
    expect(doc).toMatchObject({ cell: 'rnn', loss: 'cross-entropy', config: { model: 'rnn', seqLen: 200 } });
    const first = doc.steps.at(-1);
    expect(first.step).toBe(1);
    expect(first.gradNorm).toBe(0);                 // 0.5^199 ≈ 1e-60 of ‖∂J/∂h_T‖ is below float32's 1.4e-45
    expect(first.log10GradNorm).toBe('-Infinity');
    expect(first.theory.underflow).toBe(true);
    expect(first.theory.log10Product).toBeLessThan(199 * Math.log10(0.5));
    expect(doc.spectralRadius).toBeCloseTo(0.5, 6); // of the float32-rounded W_hh
  });

  it('seeded: the same flags give the same JSON, another seed another', () => {
    const args = ['--model', 'lstm', '--seq-len', '10', '--hidden', '4', '--batch', '3', '--train', '4'];
    const a = jsonOf([...args, '--seed', '2']);
    expect(a.training).toHaveLength(5);
    expect(jsonOf([...args, '--seed', '2'])).toEqual(a);
    expect(jsonOf([...args, '--seed', '5'])).not.toEqual(a);
  });

  it('bad flags exit 2 with one line and no stack trace', () => {
    for (const [args, pattern] of [
      [['--model', 'lsmt'], /--model: unknown value "lsmt"/],
      [['--seq-len', '20'], /--seq-len: needs --model/],
    ] as const) {
      const r = spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
  });
});
