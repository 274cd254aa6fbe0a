// Inference: batch norm's running statistics after k training batches against the moving average computed here
// in float64 (r ← (1 − m) r + m · batch, the first batch setting r), predict in running mode against a float64
// forward pass with those statistics, and predict against forwardBackward's own forward pass for every
// activation, without and with skips and batch norm, in float64 and in float32 on both kernel sets.
import { afterEach, describe, expect, test } from 'vitest';
import {
  ACTIVATION_NAMES, createNetwork, createOptimizer, forwardBackward, predict, setKernels, syntheticBatch,
  DEFAULT_NETWORK_CONFIG, type Matrix, type Network, type NetworkConfig,
} from '../../../src/engine/index.ts';
import { BN_MOMENTUM } from '../../../src/engine/constants.ts';
import { featureStats, referenceForward, type FeatureStats } from './reference-forward.ts';

/** float64 engine against the float64 reference: only summation order differs. */
const FLOAT64_TOLERANCE = 1e-10;
/** float32 engine against the float64 reference, relative to the largest value (a few layers of float32 rounding). */
const FLOAT32_TOLERANCE = 1e-4;
/** predict against the training pass on other kernels (WebAssembly products vs JS) or other rounding of x̂. */
const SAME_PASS_FLOAT32_TOLERANCE = 1e-5;
const BATCH = 16;
const TRAIN_BATCHES = 5;
const LEARNING_RATE = 0.05;

type Setup = { dtype: 'float64' } | { dtype: 'float32'; kernels: 'wasm' | 'js' };
const SETUPS: Setup[] = [{ dtype: 'float64' }, { dtype: 'float32', kernels: 'js' }, { dtype: 'float32', kernels: 'wasm' }];
const setupName = (s: Setup) => (s.dtype === 'float64' ? 'float64' : `float32, ${s.kernels} kernels`);

function config(over: Partial<NetworkConfig>, setup: Setup): NetworkConfig {
  return { ...DEFAULT_NETWORK_CONFIG, depth: 4, width: 8, inputDim: 3, outputDim: 2, sigmaB: 0.2, seed: 13, dtype: setup.dtype, ...over };
}

function make(cfg: NetworkConfig, setup: Setup, batch = BATCH): Network {
  if (setup.dtype === 'float32') setKernels(setup.kernels);
  return createNetwork(cfg, batch);
}

/** Largest |a − b| over the largest |b| (at least 1). */
function maxError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0, m = 1;
  for (let i = 0; i < b.length; i++) { d = Math.max(d, Math.abs(a[i] - b[i])); m = Math.max(m, Math.abs(b[i])); }
  expect(a.length).toBe(b.length);
  return d / m;
}

const tolerance = (s: Setup) => (s.dtype === 'float64' ? FLOAT64_TOLERANCE : FLOAT32_TOLERANCE);

afterEach(() => { setKernels('auto'); });

describe('batch norm running statistics and predict after k training batches, against float64 oracles', () => {
  const NETS: { name: string; over: Partial<NetworkConfig> }[] = [
    { name: 'tanh + batch norm', over: { activation: 'tanh', batchNorm: true } },
    { name: 'relu + batch norm + identity skips', over: { activation: 'relu', init: 'he-normal', batchNorm: true, residual: 'identity' } },
  ];
  for (const setup of SETUPS) {
    for (const { name, over } of NETS) {
      test(`${name}, ${setupName(setup)}: running mean and variance follow the moving average; predict uses them`, () => {
        const cfg = config(over, setup);
        const net = make(cfg, setup);
        const opt = createOptimizer(net, { name: 'sgd', lr: LEARNING_RATE });
        const bnLayers = net.layers.map((l, k) => (l.bn ? k : -1)).filter((k) => k >= 0);
        expect(bnLayers.length).toBe(cfg.depth);
        const ema = new Map<number, FeatureStats>();
        for (let b = 0; b < TRAIN_BATCHES; b++) {
          const { input, target } = syntheticBatch(cfg, BATCH, 100 + b);
          forwardBackward(net, input, target);
          // The batch's statistics of every batch-norm layer's input U, from the float64 forward pass with the
          // parameters this pass saw (the optimiser step comes after).
          const ref = referenceForward(net, input.data, BATCH, 'batch');
          for (const k of bnLayers) {
            const batch = featureStats(ref.U[k], BATCH, net.layers[k].fanOut);
            const r = ema.get(k);
            ema.set(k, r === undefined ? batch : {
              mean: r.mean.map((v, j) => (1 - BN_MOMENTUM) * v + BN_MOMENTUM * batch.mean[j]),
              variance: r.variance.map((v, j) => (1 - BN_MOMENTUM) * v + BN_MOMENTUM * batch.variance[j]),
            });
          }
          opt.step(net);
        }
        for (const k of bnLayers) {
          const bn = net.layers[k].bn!;
          expect(bn.updates).toBe(TRAIN_BATCHES);
          expect(maxError(bn.runningMean, ema.get(k)!.mean)).toBeLessThan(tolerance(setup));
          expect(maxError(bn.runningVar, ema.get(k)!.variance)).toBeLessThan(tolerance(setup));
        }
        // predict on new points: running mode with the moving averages, batch mode with the points' own statistics.
        const rows = 7;
        const fresh = syntheticBatch(cfg, rows, 999).input;
        const running = referenceForward(net, fresh.data, rows, (k) => ema.get(k)!).A.at(-1)!;
        expect(maxError(predict(net, fresh).data, running)).toBeLessThan(tolerance(setup));
        const batch = referenceForward(net, fresh.data, rows, 'batch').A.at(-1)!;
        expect(maxError(predict(net, fresh, { batchNorm: 'batch' }).data, batch)).toBeLessThan(tolerance(setup));
        expect(maxError(running, batch)).toBeGreaterThan(100 * tolerance(setup)); // the two modes really differ here
      });
    }
  }
});

describe('predict gives forwardBackward\'s forward output, every activation, without and with skips and batch norm', () => {
  const VARIANTS: { name: string; over: Partial<NetworkConfig> }[] = [
    { name: 'plain', over: {} },
    { name: 'identity skips from the input', over: { residual: 'identity', inputDim: 8 } },
    { name: 'trainable random skips', over: { residual: 'trainable', skipInit: 'random' } },
    { name: 'batch norm', over: { batchNorm: true } },
    { name: 'batch norm + trainable skips from the input', over: { batchNorm: true, residual: 'trainable', inputDim: 8 } },
  ];
  for (const setup of SETUPS) {
    for (const activation of ACTIVATION_NAMES) {
      test(`${activation}, ${setupName(setup)}`, () => {
        for (const { name, over } of VARIANTS) {
          const cfg = config({ activation, ...over }, setup);
          const net = make(cfg, setup);
          const { input, target } = syntheticBatch(cfg, BATCH, 21);
          const before = cfg.batchNorm ? Float64Array.from(predict(net, input).data) : null; // no batch seen: batch statistics
          forwardBackward(net, input, target);
          const trained = Float64Array.from(net.output.data);
          const oracle = referenceForward(net, input.data, BATCH, 'batch').A.at(-1)!;
          expect(maxError(trained, oracle), `${name}: training forward vs float64`).toBeLessThan(tolerance(setup));
          const same = (m: Matrix | Float64Array, what: string) => {
            const got = 'data' in m ? m.data : m;
            // The same kernels (float64, or float32 on the JS kernels) and no batch norm: the very same numbers.
            if (!cfg.batchNorm && !(setup.dtype === 'float32' && setup.kernels === 'wasm')) expect(Array.from(got), `${name}: ${what}`).toEqual(Array.from(trained));
            else expect(maxError(got, trained), `${name}: ${what}`).toBeLessThan(setup.dtype === 'float64' ? FLOAT64_TOLERANCE : SAME_PASS_FLOAT32_TOLERANCE);
          };
          // After one batch the running averages are that batch's statistics, so both modes give the training output.
          same(predict(net, input), 'predict');
          same(predict(net, input, { batchNorm: 'batch' }), 'predict, batch statistics');
          if (before) same(before, 'predict before any training batch');
        }
      });
    }
  }
});
