// Diagnostics: eq. (4)'s float32 product, flags, Δ vs ∂J/∂W, component magnitudes; Inf/NaN never throw.
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_NETWORK_CONFIG, componentMagnitudes, createNetwork, diagnostics, float32Product, forwardBackward, syntheticBatch,
} from '../../../src/engine/index.ts';
import type { NetworkConfig } from '../../../src/engine/index.ts';

describe('float32Product rounds after every multiply', () => {
  test('0.25^75 = 2^-150 rounds to exactly 0; 0.25^74 = 2^-148 is a subnormal', () => {
    expect(float32Product(new Array(75).fill(0.25))).toBe(0);
    expect(float32Product(new Array(74).fill(0.25))).toBe(2 ** -148);
  });
  test('2^127 is finite, 2^128 is Infinity', () => {
    expect(float32Product(new Array(127).fill(2))).toBe(2 ** 127);
    expect(float32Product(new Array(128).fill(2))).toBe(Infinity);
  });
  test('each factor is rounded to float32 first', () => {
    expect(float32Product([0.1])).toBe(Math.fround(0.1));
  });
});

describe('diagnostics', () => {
  // All weights and biases 0 with the sigmoid: every Z = 0, so every g′ = ¼ exactly.
  const zeroSigmoid = (depth: number): NetworkConfig => ({
    ...DEFAULT_NETWORK_CONFIG, depth, width: 4, activation: 'sigmoid', init: 'normal', sigmaW: 0, sigmaB: 0,
  });

  test('sigmoid at Z = 0, depth 75: mean g′ = ¼, log10 product = 75 log10 ¼, float32 product underflows to 0', () => {
    const config = zeroSigmoid(75);
    const net = createNetwork(config, 4);
    const { input, target } = syntheticBatch(config, 4, 1);
    forwardBackward(net, input, target);
    const d = diagnostics(net);
    expect(d).toHaveLength(76);
    expect(d.map((x) => x.layer)).toEqual(Array.from({ length: 76 }, (_, i) => i + 1));
    expect(d[75].meanDerivative).toBe(1);
    expect(d[75].log10Product).toBe(0);
    for (let l = 1; l <= 75; l++) {
      expect(d[l - 1].meanDerivative).toBe(0.25);
      expect(d[l - 1].log10Product).toBeCloseTo((76 - l) * Math.log10(0.25), 10);
    }
    expect(d[0].float32Product).toBe(0);
    expect(d[0].underflow).toBe(true);
    expect(d[1].float32Product).toBe(2 ** -148);
    expect(d[1].subnormal).toBe(true);
    expect(d[1].underflow).toBe(false);
    expect(d[74].subnormal || d[74].underflow || d[74].overflow || d[74].nan).toBe(false);
  });

  test('norms: ‖Δ‖ and ‖∂J/∂W‖ are distinct quantities, RMS = norm / √count', () => {
    const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 3, width: 6, dtype: 'float64' };
    const net = createNetwork(config, 5);
    const { input, target } = syntheticBatch(config, 5, 2);
    forwardBackward(net, input, target);
    const d = diagnostics(net);
    d.forEach((x, k) => {
      const layer = net.layers[k];
      expect(x.deltaNorm).toBeCloseTo(Math.hypot(...layer.delta), 12);
      expect(x.gradNorm).toBeCloseTo(Math.hypot(...layer.gW.data), 12);
      expect(x.weightNorm).toBeCloseTo(Math.hypot(...layer.W.data), 12);
      expect(x.deltaRms).toBeCloseTo(x.deltaNorm / Math.sqrt(5 * layer.fanOut), 12);
      expect(x.gradRms).toBeCloseTo(x.gradNorm / Math.sqrt(layer.fanIn * layer.fanOut), 12);
      expect(x.deltaNorm).not.toBe(x.gradNorm);
    });
    const mags = componentMagnitudes(net);
    expect(mags).toHaveLength(4);
    mags.forEach((m, k) => {
      expect(m.weights.length).toBe(net.layers[k].W.data.length);
      m.grads.forEach((g, i) => expect(g).toBe(Math.abs(net.layers[k].gW.data[i])));
    });
  });

  test('exploded float32 networks report Infinity/NaN instead of throwing', () => {
    const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 20, width: 8, activation: 'relu', init: 'normal', sigmaW: 1e4 };
    const net = createNetwork(config, 4);
    const { input, target } = syntheticBatch(config, 4, 3);
    const J = forwardBackward(net, input, target);
    expect(Number.isFinite(J)).toBe(false);
    const d = diagnostics(net);
    expect(d.some((x) => x.nan || !Number.isFinite(x.deltaNorm) || !Number.isFinite(x.gradNorm))).toBe(true);
  });

  test('linear network: g′ = 1, so the product stays exactly 1 at depth 200', () => {
    const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 200, width: 2, activation: 'linear' };
    const net = createNetwork(config, 2);
    const { input, target } = syntheticBatch(config, 2, 3);
    forwardBackward(net, input, target);
    expect(diagnostics(net).every((x) => x.float32Product === 1 && x.log10Product === 0)).toBe(true);
  });

  test('leaky ReLU with slope 4 (g′ ∈ {1, 4}): the float32 product overflows exactly where log10 passes log10(FLT_MAX)', () => {
    const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 120, width: 16, activation: 'leaky-relu', activationParam: 4, init: 'normal', sigmaW: 0.3 };
    const net = createNetwork(config, 8);
    const { input, target } = syntheticBatch(config, 8, 3);
    forwardBackward(net, input, target);
    const d = diagnostics(net);
    const LOG10_FLT_MAX = Math.log10(3.4028234663852886e38);
    expect(d[0].log10Product).toBeGreaterThan(LOG10_FLT_MAX + 1);
    for (const x of d) {
      if (x.log10Product > LOG10_FLT_MAX + 0.01) { expect(x.overflow).toBe(true); expect(x.float32Product).toBe(Infinity); }
      if (x.log10Product < LOG10_FLT_MAX - 0.01) { expect(x.overflow).toBe(false); expect(Number.isFinite(x.float32Product)).toBe(true); }
    }
  });
});

describe('diagnostics(net, out) refills the previous result in place', () => {
  test('same objects, same values as a fresh call', () => {
    const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 4, width: 6 };
    const net = createNetwork(config, 3);
    const { input, target } = syntheticBatch(config, 3, 5);
    forwardBackward(net, input, target);
    const first = diagnostics(net);
    const objects = [...first];
    net.layers[0].W.data[0] += 1;
    forwardBackward(net, input, target);
    const again = diagnostics(net, first);
    expect(again).toBe(first);
    again.forEach((d, i) => expect(d).toBe(objects[i]));
    expect(again).toEqual(diagnostics(net));
  });
});

describe('forwardOverflow: where the forward pass itself breaks', () => {
  // ReLU, weights N(0, σ_w²/n): each layer multiplies the activations' size by about σ_w/√2 = 3 here, so float32
  // (max ≈ 3.4·10³⁸) gives out after roughly 80 layers; the flag must sit on the first layer whose A is not finite.
  const config: NetworkConfig = { ...DEFAULT_NETWORK_CONFIG, depth: 120, width: 32, inputDim: 32, activation: 'relu', init: 'normal', sigmaW: 3 * Math.SQRT2, sigmaB: 0, seed: 3 };

  test('flags exactly the layers whose activations hold ±∞ or NaN, from the first one on', () => {
    const net = createNetwork(config, 8);
    const { input, target } = syntheticBatch(config, 8, 3);
    forwardBackward(net, input, target);
    const d = diagnostics(net);
    const first = d.findIndex((x) => x.forwardOverflow);
    expect(first).toBeGreaterThan(50);                                    // not at once: the signal grows layer by layer
    expect(first).toBeLessThan(120);
    for (let k = 0; k < d.length; k++) {
      const finite = Array.from(net.layers[k].A).every(Number.isFinite);
      expect(d[k].forwardOverflow, `layer ${k + 1}`).toBe(!finite);
    }
    expect(d.slice(first).every((x) => x.forwardOverflow)).toBe(true);   // once broken, it stays broken
  });

  test('a shallower copy, whose forward pass stays finite, has no flag', () => {
    const net = createNetwork({ ...config, depth: 40 }, 8);
    const { input, target } = syntheticBatch({ ...config, depth: 40 }, 8, 3);
    forwardBackward(net, input, target);
    expect(diagnostics(net).some((x) => x.forwardOverflow)).toBe(false);
  });
});
