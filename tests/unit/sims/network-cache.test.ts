import { describe, expect, it } from 'vitest';
import { createNetwork, DEFAULT_NETWORK_CONFIG, type InitName, type NetworkConfig } from '../../../src/engine';
import { cachedNetwork, clearNetworkCache } from '../../../src/sims/network-cache';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { computeExploding } from '../../../src/sims/exploding/model';
import { EXPLODING_DEFAULTS } from '../../../src/sims/exploding/defaults';

const BATCH = 8;
const config = (init: InitName, sigmaW: number, sigmaB: number, seed = 3): NetworkConfig => ({
  ...DEFAULT_NETWORK_CONFIG, depth: 6, width: 8, inputDim: 5, outputDim: 2, activation: 'tanh', init, sigmaW, sigmaB, seed,
});

function params(c: NetworkConfig, make: (c: NetworkConfig, b: number) => ReturnType<typeof createNetwork>): number[][] {
  return make(c, BATCH).layers.flatMap((l) => [Array.from(l.W.data), Array.from(l.b)]);
}

describe('network cache', () => {
  it('at σ_w = 1, σ_b = 0 gives createNetwork’s weights bit for bit, whatever was cached before', () => {
    for (const init of ['normal', 'uniform', 'orthogonal', 'he-normal', 'xavier-uniform'] as InitName[]) {
      cachedNetwork(config(init, 2.5, 0.7), BATCH); // same shape, other scale: must not leak
      expect(params(config(init, 1, 0), cachedNetwork)).toEqual(params(config(init, 1, 0), createNetwork));
    }
  });

  it('at other σ_w, σ_b every weight is createNetwork’s within one float32 rounding', () => {
    for (const init of ['normal', 'uniform', 'orthogonal', 'he-normal'] as InitName[]) {
      for (const [sw, sb] of [[0.35, 0.05], [2.45, 1.3], [3.95, 0]]) {
        const got = params(config(init, sw, sb), cachedNetwork).flat();
        const want = params(config(init, sw, sb), createNetwork).flat();
        expect(got.length).toBe(want.length);
        for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThanOrEqual(2 ** -22 * Math.abs(want[i]));
      }
    }
  });

  it('does not cache batch norm or skip links (fresh network each call)', () => {
    const c = { ...config('normal', 1.5, 0), batchNorm: true };
    expect(cachedNetwork(c, BATCH)).not.toBe(cachedNetwork(c, BATCH));
    const shared = config('normal', 1.5, 0);
    expect(cachedNetwork(shared, BATCH)).toBe(cachedNetwork({ ...shared, sigmaW: 0.5 }, BATCH));
  });

  it('the islands’ models give the same data whatever they computed before (no state leaks between inputs)', () => {
    const p = { ...PRODUCT_CODEC.defaults(), depth: 60, sigmaW: 1.35, sigmaB: 0.2 };
    const e = { ...EXPLODING_DEFAULTS, depth: 40, sigmaW: 2.3, clip: 1 };
    clearNetworkCache();
    const firstP = productModel(p);
    const firstE = computeExploding(e);
    for (const sigmaW of [0.4, 2.9, 1.35]) { productModel({ ...p, sigmaW }); computeExploding({ ...e, sigmaW }); }
    expect(productModel(p)).toEqual(firstP);
    expect(computeExploding(e)).toEqual(firstE);
  });
});
