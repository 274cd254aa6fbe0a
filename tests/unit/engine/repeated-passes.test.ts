// A training loop is repeated passes: forwardBackward called again and again on one network (other batches, with
// and without weight gradients) must give, bit for bit, what a fresh network gives on each batch: no buffer may
// carry anything from one pass into the next (a skip source's dJ/dA accumulates, so it must start at 0 each time).
// With skips from the input and between hidden layers, trainable and identity, with batch norm, both kernel sets.
import { afterEach, describe, expect, test } from 'vitest';
import {
  createNetwork, forwardBackward, setKernels, syntheticBatch, DEFAULT_NETWORK_CONFIG,
  type Network, type NetworkConfig,
} from '../../../src/engine/index.ts';

const BATCH = 12;
/** The batches of the loop (a repeat included) and whether each pass computes weight gradients. */
const PASSES: { dataSeed: number; weightGrads: boolean }[] = [
  { dataSeed: 1, weightGrads: true }, { dataSeed: 2, weightGrads: true }, { dataSeed: 3, weightGrads: false },
  { dataSeed: 1, weightGrads: true }, { dataSeed: 4, weightGrads: false }, { dataSeed: 5, weightGrads: true },
];

const NETWORKS: { name: string; over: Partial<NetworkConfig> }[] = [
  { name: 'identity skips, one from the input (d_in = n), tanh', over: { residual: 'identity', inputDim: 6, activation: 'tanh' } },
  { name: 'trainable random skips, relu', over: { residual: 'trainable', skipInit: 'random', activation: 'relu', init: 'he-normal' } },
  { name: 'batch norm, sigmoid', over: { batchNorm: true, activation: 'sigmoid' } },
  { name: 'batch norm and trainable skips from the input, elu', over: { batchNorm: true, residual: 'trainable', inputDim: 6, activation: 'elu' } },
  { name: 'batch norm and identity skips, gelu, float64', over: { batchNorm: true, residual: 'identity', activation: 'gelu', dtype: 'float64' } },
];

function config(over: Partial<NetworkConfig>): NetworkConfig {
  return { ...DEFAULT_NETWORK_CONFIG, depth: 5, width: 6, inputDim: 3, outputDim: 2, sigmaB: 0.1, seed: 9, ...over };
}

/** Every buffer a pass writes, by name (weight gradients only when the pass computed them). */
function state(net: Network, loss: number, weightGrads: boolean): Record<string, number[]> {
  const out: Record<string, number[]> = { loss: [loss], output: Array.from(net.output.data), inputGrad: Array.from(net.inputGrad.data) };
  for (const l of net.layers) {
    for (const [key, buf] of Object.entries({ Z: l.Z, A: l.A, dg: l.dg, delta: l.delta, dA: l.dA, dU: l.dU })) out[`${key}${l.index}`] = Array.from(buf);
    if (l.bn) {
      out[`xhat${l.index}`] = Array.from(l.bn.xhat);
      out[`gGamma${l.index}`] = Array.from(l.bn.gGamma);
      out[`gBeta${l.index}`] = Array.from(l.bn.gBeta);
    }
    if (weightGrads) {
      out[`gW${l.index}`] = Array.from(l.gW.data);
      out[`gb${l.index}`] = Array.from(l.gb);
      if (l.skip?.gW) out[`gS${l.index}`] = Array.from(l.skip.gW.data);
    }
  }
  return out;
}

describe('forwardBackward again and again on one network = a fresh network each time', () => {
  afterEach(() => { setKernels('auto'); });
  for (const kernels of ['wasm', 'js'] as const) {
    for (const { name, over } of NETWORKS) {
      const cfg = config(over);
      if (cfg.dtype === 'float64' && kernels === 'wasm') continue; // float64 networks always run the JS kernels
      test(`${name}, ${kernels} kernels`, () => {
        setKernels(kernels);
        const net = createNetwork(cfg, BATCH);
        expect(net.layers.some((l) => l.skip) || cfg.residual === 'none').toBe(true);
        PASSES.forEach(({ dataSeed, weightGrads }, k) => {
          const { input, target } = syntheticBatch(cfg, BATCH, dataSeed);
          const again = forwardBackward(net, input, target, { weightGrads });
          const fresh = createNetwork(cfg, BATCH);
          const once = forwardBackward(fresh, input, target, { weightGrads });
          const got = state(net, again, weightGrads);
          const want = state(fresh, once, weightGrads);
          for (const key of Object.keys(want)) expect(got[key], `pass ${k + 1}: ${key}`).toEqual(want[key]);
          expect(net.weightGrads).toBe(weightGrads);
        });
      });
    }
  }

  test('the checked networks do have skip sources among their hidden layers and at the input', () => {
    const fromInput = createNetwork(config(NETWORKS[0].over), BATCH);
    expect(fromInput.layers[1].skip?.from).toBe(-1);
    expect(fromInput.layers[3].skip?.from).toBe(1);
    expect(createNetwork(config(NETWORKS[1].over), BATCH).layers[1].skip).toBeNull(); // d_in ≠ n: no skip from the input
  });
});
