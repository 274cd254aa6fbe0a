// npm run bench: speed of one training step (forward + backward + diagnostics) of the engine on both of its
// kernel sets (the JS kernels and the WebAssembly SIMD kernels, interleaved run by run on networks with the same
// weights), beside a naive i-j-k reference written here, in the same run; and a check that the hot loop
// allocates nothing.
// FLOPs: 3 matrix products per layer per step (A W, Δ Wᵀ, Aᵀ Δ), each 2·B·in·out. Every layer is
// width × width (the input and output dimensions are the width too), so a step is 6·B·n²·(L+1) FLOPs.
// Prints a markdown table for the README (progress goes to stderr). Allocation is checked by the growth of
// process.memoryUsage().heapUsed over many steps after warm-up and a forced gc() (exposed via v8 flags).
// Steps are timed by process CPU time (robust to other processes on a shared machine) and by wall time.
// Before any timing, every activation (with and without batch norm) runs in this process, so the engine's
// call sites are as polymorphic as on a page that switches activations; bytes/step is then measured per
// configuration (forwardBackward + diagnostics refilling its previous result). The load average is printed
// first so the figures carry their context.

import v8 from 'node:v8';
import vm from 'node:vm';
import os from 'node:os';
import {
  ACTIVATIONS, ACTIVATION_NAMES, createNetwork, createOptimizer, diagnostics, forwardBackward, kernelInfo, setKernels,
  syntheticBatch, type KernelSet,
  type LayerDiagnostics, type Matrix, type Network, type NetworkConfig,
} from '../src/engine/index.ts';
import type { ActivationName } from '../src/engine/types.ts';

const SHAPES: [depth: number, width: number, batch: number][] = [[10, 32, 64], [30, 64, 64], [100, 32, 32], [100, 64, 128], [50, 256, 128]];
interface Variant { label: string; activation: ActivationName; batchNorm: boolean }
const VARIANTS: Variant[] = [
  { label: 'sigmoid', activation: 'sigmoid', batchNorm: false },
  { label: 'relu', activation: 'relu', batchNorm: false },
  { label: 'sigmoid + BN', activation: 'sigmoid', batchNorm: true },
];
/** The narrow deep shape is the islands' (product, exploding): tanh there, as in the issue that set the targets. */
const VARIANTS_FOR: Record<string, Variant[]> = { '100×32×32': [{ label: 'tanh', activation: 'tanh', batchNorm: false }] };
/** Each timing takes at least this many runs and goes on until this much time has passed. */
const MIN_RUNS = 5;
const MIN_RUNS_NAIVE = 3;
const MIN_SECONDS = 0.3;
const WARMUP_RUNS = 2;
/** Above this many FLOPs per step, warm-up is cut to one run (engine) and none (naive): loops are hot after a layer. */
const NAIVE_WARMUP_LIMIT = 1e9;
/** Steps before (so the JIT has settled) and between heap readings for the allocation check. */
const ALLOCATION_WARMUP = 300;
const ALLOCATION_STEPS = 300;
/** The allocation check's network: depth, width, batch. */
const ALLOCATION_SHAPE = [30, 64, 64] as const;
const BN_EPS = 1e-5;
const SEED = 1;

/** V8's gc(), made callable without a command-line flag. */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}

/** Median milliseconds of fn, as CPU time of this process and as wall time, over ≥ minRuns runs and MIN_SECONDS. */
function time(fn: () => void, minRuns: number, warmup = WARMUP_RUNS): { cpu: number; wall: number } {
  for (let i = 0; i < warmup; i++) fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  const start = performance.now();
  while (cpu.length < minRuns || performance.now() - start < MIN_SECONDS * 1000) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/** Median CPU and wall ms of two steps timed alternately (a, b, a, b, …), so drifting load hits both alike. */
function timePair(a: () => void, b: () => void, minRuns: number, warmup = WARMUP_RUNS): [{ cpu: number; wall: number }, { cpu: number; wall: number }] {
  for (let i = 0; i < warmup; i++) { a(); b(); }
  const runs = [{ cpu: [] as number[], wall: [] as number[] }, { cpu: [] as number[], wall: [] as number[] }];
  const start = performance.now();
  while (runs[0].cpu.length < minRuns || performance.now() - start < 2 * MIN_SECONDS * 1000) {
    [a, b].forEach((fn, k) => {
      const c = process.cpuUsage();
      const t = performance.now();
      fn();
      runs[k].wall.push(performance.now() - t);
      const d = process.cpuUsage(c);
      runs[k].cpu.push((d.user + d.system) / 1000);
    });
  }
  const summary = (r: { cpu: number[]; wall: number[] }) => ({ cpu: median(r.cpu), wall: median(r.wall) });
  return [summary(runs[0]), summary(runs[1])];
}

/** A network made on one kernel set (its buffers stay on that set), with the seeded batch. */
function networkOn(kernels: KernelSet, cfg: NetworkConfig, batch: number): Network {
  setKernels(kernels);
  const net = createNetwork(cfg, batch);
  setKernels('auto');
  return net;
}

function config(depth: number, width: number, activation: ActivationName, batchNorm: boolean): NetworkConfig {
  return {
    depth, width, inputDim: width, outputDim: width, activation, init: 'xavier-normal', sigmaW: 1, sigmaB: 0,
    batchNorm, residual: 'none', skipInit: 'identity', loss: 'mse', seed: SEED, dtype: 'float32',
  };
}

// ─── The naive reference: what a first implementation looks like ─────────────────────────────────────────
// Row-major Float32Arrays, a fresh array for every intermediate, i-j-k loops, transposes as copies.

function naiveMatmul(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
      c[i * n + j] = s;
    }
  }
  return c;
}

function naiveTranspose(a: Float32Array, rows: number, cols: number): Float32Array {
  const t = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return t;
}

/** One naive forward + backward (+ per-layer norms) of the same network: same math, no engineering. */
function naiveStep(net: Network, x: Matrix, t: Matrix): number {
  const B = net.batch;
  const g = ACTIVATIONS[net.config.activation];
  const acts: Float32Array[] = [x.data as Float32Array];
  const derivs: Float32Array[] = [];
  const bnSaved: { xhat: Float32Array; invStd: Float32Array }[] = [];
  for (const layer of net.layers) {
    const n = layer.fanOut;
    let z = naiveMatmul(acts[acts.length - 1], layer.W.data as Float32Array, B, layer.fanIn, n);
    z = z.map((v, o) => v + layer.b[o % n]);
    if (layer.bn) {
      const xhat = new Float32Array(B * n);
      const invStd = new Float32Array(n);
      for (let j = 0; j < n; j++) {
        let mean = 0;
        for (let i = 0; i < B; i++) mean += z[i * n + j] / B;
        let v = 0;
        for (let i = 0; i < B; i++) v += (z[i * n + j] - mean) ** 2 / B;
        invStd[j] = 1 / Math.sqrt(v + BN_EPS);
        for (let i = 0; i < B; i++) xhat[i * n + j] = (z[i * n + j] - mean) * invStd[j];
      }
      z = xhat.map((v, o) => layer.bn!.gamma[o % n] * v + layer.bn!.beta[o % n]);
      bnSaved.push({ xhat, invStd });
    }
    if (layer.hidden) {
      acts.push(z.map((v) => g.f(v)));
      derivs.push(z.map((v) => g.df(v)));
    } else acts.push(z);
  }
  const y = acts[acts.length - 1];
  let delta = y.map((v, o) => (v - t.data[o]) / B);
  let loss = 0;
  for (let o = 0; o < y.length; o++) loss += 0.5 * (y[o] - t.data[o]) ** 2 / B;
  let norms = 0;
  for (let k = net.layers.length - 1; k >= 0; k--) {
    const layer = net.layers[k];
    const n = layer.fanOut;
    if (layer.bn) {
      const { xhat, invStd } = bnSaved.pop()!;
      const dxhat = delta.map((v, o) => v * layer.bn!.gamma[o % n]);
      const du = new Float32Array(B * n);
      for (let j = 0; j < n; j++) {
        let s1 = 0;
        let s2 = 0;
        for (let i = 0; i < B; i++) { s1 += dxhat[i * n + j]; s2 += dxhat[i * n + j] * xhat[i * n + j]; }
        for (let i = 0; i < B; i++) du[i * n + j] = (invStd[j] / B) * (B * dxhat[i * n + j] - s1 - xhat[i * n + j] * s2);
      }
      delta = du;
    }
    const gW = naiveMatmul(naiveTranspose(acts[k], B, layer.fanIn), delta, layer.fanIn, B, n);
    const dA = naiveMatmul(delta, naiveTranspose(layer.W.data as Float32Array, layer.fanIn, n), B, n, layer.fanIn);
    norms += Math.hypot(...gW.subarray(0, 8));
    if (k > 0) delta = dA.map((v, o) => v * derivs[k - 1][o]);
  }
  return loss + norms;
}

// ─── Measurements ─────────────────────────────────────────────────────────────────────────────────────────

/** Bytes of heap growth per call of fn over ALLOCATION_STEPS calls after warm-up and a full GC. */
function bytesPerStep(fn: () => void, warmup = ALLOCATION_WARMUP, steps = ALLOCATION_STEPS): number {
  for (let i = 0; i < warmup; i++) fn();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < steps; i++) fn();
  const after = process.memoryUsage().heapUsed;
  return (after - before) / steps;
}

/** Every activation, with and without batch norm, on both kernel sets, a few steps each (small network): polymorphic call sites. */
function touchAllActivations(): void {
  for (const activation of ACTIVATION_NAMES) {
    for (const batchNorm of [false, true]) {
      const cfg = config(4, 16, activation, batchNorm);
      for (const kernels of ['js', 'wasm'] as const) {
        const net = networkOn(kernels, cfg, 16);
        const { input, target } = syntheticBatch(cfg, 16, SEED);
        let out: LayerDiagnostics[] | undefined;
        for (let i = 0; i < 50; i++) { forwardBackward(net, input, target); out = diagnostics(net, out); }
      }
    }
  }
}

interface Row {
  shape: string; label: string; bytes: number; jsMs: number; ms: number; wallMs: number; gflops: number; jsGflops: number;
  naiveMs: number; bnRatio?: number;
}

function main(): void {
  const started = performance.now();
  const load = os.loadavg().map((x) => x.toFixed(2)).join(', ');
  process.stderr.write(`bench: load average ${load} (${os.cpus().length} CPUs)\n`);
  const info = kernelInfo();
  if (!info.wasmAvailable) {
    process.stderr.write(`bench: the WebAssembly kernels are not available here (${info.reason}); run npm run build:wasm\n`);
    process.exit(1);
  }
  touchAllActivations();
  const rows: Row[] = [];
  for (const [depth, width, batch] of SHAPES) {
    const flops = 6 * batch * width * width * (depth + 1);
    let plainSigmoidMs = NaN;
    for (const v of VARIANTS_FOR[`${depth}×${width}×${batch}`] ?? VARIANTS) {
      const cfg = config(depth, width, v.activation, v.batchNorm);
      const wasm = networkOn('wasm', cfg, batch);
      const js = networkOn('js', cfg, batch);
      const { input, target } = syntheticBatch(cfg, batch, SEED);
      const big = flops > NAIVE_WARMUP_LIMIT;
      let out: LayerDiagnostics[] | undefined;
      let jsOut: LayerDiagnostics[] | undefined;
      const step = () => { forwardBackward(wasm, input, target); out = diagnostics(wasm, out); };
      const jsStep = () => { forwardBackward(js, input, target); jsOut = diagnostics(js, jsOut); };
      const [jsTime, wasmTime] = timePair(jsStep, step, MIN_RUNS, big ? 1 : WARMUP_RUNS);
      const allocSteps = Math.max(5, Math.min(ALLOCATION_STEPS, Math.round(1e9 / flops)));
      const bytes = bytesPerStep(step, allocSteps, allocSteps);
      const naiveMs = time(() => { naiveStep(js, input, target); }, MIN_RUNS_NAIVE, big ? 0 : 1).cpu;
      const ms = wasmTime.cpu;
      if (v.label === 'sigmoid') plainSigmoidMs = ms;
      rows.push({
        shape: `${depth} | ${width} | ${batch}`, label: v.label, bytes, jsMs: jsTime.cpu, ms, wallMs: wasmTime.wall,
        gflops: flops / ms / 1e6, jsGflops: flops / jsTime.cpu / 1e6, naiveMs, bnRatio: v.batchNorm ? ms / plainSigmoidMs : undefined,
      });
      process.stderr.write(`bench: ${depth}×${width}×${batch} ${v.label}: JS ${jsTime.cpu.toFixed(2)} ms, WebAssembly ${ms.toFixed(2)} ms (naive ${naiveMs.toFixed(2)} ms), ${bytes.toFixed(0)} B/step\n`);
    }
  }

  // Allocation, after the timings (so the engine's call sites have seen every activation, as on a page that
  // switches them): forwardBackward alone per variant, a training step with Adam and clipping, diagnostics.
  const [aDepth, aWidth, aBatch] = ALLOCATION_SHAPE;
  const allocation = ACTIVATION_NAMES.flatMap((activation) => [false, true].map((batchNorm) => {
    const cfg = config(aDepth, aWidth, activation, batchNorm);
    const net = createNetwork(cfg, aBatch);
    const { input, target } = syntheticBatch(cfg, aBatch, SEED);
    return `${activation}${batchNorm ? ' + BN' : ''} ${bytesPerStep(() => { forwardBackward(net, input, target); }).toFixed(0)}`;
  }));
  const cfg = config(aDepth, aWidth, 'sigmoid', false);
  const net = createNetwork(cfg, aBatch);
  const { input, target } = syntheticBatch(cfg, aBatch, SEED);
  const opt = createOptimizer(net, { name: 'adam', lr: 1e-3, clip: 1 });
  const trainBytes = bytesPerStep(() => { forwardBackward(net, input, target); opt.step(net); });
  let diagOut: LayerDiagnostics[] | undefined;
  const diagBytes = bytesPerStep(() => { diagOut = diagnostics(net, diagOut); });

  const f = (x: number, d = 2) => x.toFixed(d);
  const lines = [
    `Load average at start: ${load} (${os.cpus().length} CPUs).`,
    '',
    '| depth | width | batch | activation | JS kernels ms/step | JS GFLOP/s | WebAssembly ms/step | (wall ms) | WebAssembly GFLOP/s | WebAssembly / JS speed-up | naive ms/step | WebAssembly / naive | BN / plain | bytes/step |',
    '|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.shape} | ${r.label} | ${f(r.jsMs)} | ${f(r.jsGflops)} | ${f(r.ms)} | ${f(r.wallMs)} | ${f(r.gflops)} | **${f(r.jsMs / r.ms, 1)}×** | ${f(r.naiveMs)} | ${f(r.naiveMs / r.ms, 1)}× | ${r.bnRatio === undefined ? '' : `${f(r.bnRatio)}×`} | ${f(r.bytes, 0)} |`),
    '',
    `Step = forwardBackward + diagnostics, float32, median of ≥ ${MIN_RUNS} runs (naive: ≥ ${MIN_RUNS_NAIVE}) after warm-up, ` +
      'the two kernel sets timed alternately on networks with the same weights, ' +
      'timed as CPU time of the process (process.cpuUsage: other load on the machine does not inflate it; wall time beside it); ' +
      'GFLOP/s counts 3 products of 2·B·in·out per layer. "naive" is an allocating i-j-k implementation of the same step ' +
      'inside scripts/bench.ts; "BN / plain" is sigmoid + batch norm over plain sigmoid.',
    `Allocation, bytes per step (depth ${aDepth}, width ${aWidth}, batch ${aBatch}; growth of process.memoryUsage().heapUsed ` +
      `over ${ALLOCATION_STEPS} steps, after ${ALLOCATION_WARMUP} warm-up steps and a forced gc()): forwardBackward: ` +
      `${allocation.join(', ')}; forwardBackward + Adam step with clipping (sigmoid): ${trainBytes.toFixed(0)}; ` +
      `diagnostics(net, out) refilling its previous result: ${diagBytes.toFixed(0)} per call. ` +
      'The table\'s bytes/step is forwardBackward + diagnostics(net, out) per configuration, measured after its timing ' +
      '(all activations had run first); the allocation figures are for the WebAssembly kernels (the default). ' +
      `For scale, one step's buffers hold ${((aDepth + 1) * aWidth * aBatch * 7 * 4 / 1e6).toFixed(1)} MB.`,
    `Node ${process.version}, ${((performance.now() - started) / 1000).toFixed(0)} s in total.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
