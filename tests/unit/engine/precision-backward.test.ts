// The backward pass as a format holds it (precision-backward.ts) and dynamic loss scaling (loss-scaling.ts).
// float64 with S = 1 must be the engine's own pass; powers of two must scale out exactly; a hand-made chain whose
// Δ^(l) is exactly 0.25^(L+1−l) shows each format's underflow layer, rescued by S and turned into overflow by too large an S.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createNetwork, diagnostics, formatBackward, forwardBackward, initialLossScale, lossScaleStep, setKernels, syntheticBatch,
  type ActivationName, type LossScaleState, type Network, type NumberFormat,
} from '../../../src/engine/index.ts';
import { checkConfig } from './helpers.ts';

/** float64 recomputation against the engine's float64 pass: only summation order may differ. */
const FLOAT64_TOLERANCE = 1e-12;
/** float32 rounding of the backward pass against the engine's float32 network (whose forward is float32 too). */
const FLOAT32_TOLERANCE = 1e-4;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

function seeded(activation: ActivationName, loss: 'mse' | 'cross-entropy', depth = 6) {
  const config = checkConfig({ activation, loss, depth, width: 7, inputDim: 3, outputDim: 3, init: 'normal', sigmaW: 1.3, sigmaB: 0.1 });
  const net = createNetwork(config, 5);
  const { input, target } = syntheticBatch(config, 5, 11);
  return { net, input, target };
}

describe('formatBackward against the engine\'s own passes', () => {
  for (const [activation, loss] of [['tanh', 'mse'], ['sigmoid', 'cross-entropy'], ['relu', 'mse'], ['gelu', 'cross-entropy']] as const) {
    it(`${activation}, ${loss}: S = 1 gives the engine's own ‖Δ^(l)‖ and ‖∂J/∂W‖ per layer`, () => {
      const { net, input, target } = seeded(activation, loss);
      const r = formatBackward(net, input, target, 'float64');
      const engine = diagnostics(net);   // the exact pass formatBackward ran
      expect(r.layers).toHaveLength(engine.length);
      r.layers.forEach((l, k) => {
        expect(l.layer).toBe(engine[k].layer);
        expect(engine[k].deltaNorm).toBeGreaterThan(0);
        expect(rel(l.deltaNorm, engine[k].deltaNorm)).toBeLessThan(FLOAT64_TOLERANCE);
        expect(rel(l.gradNorm, engine[k].gradNorm)).toBeLessThan(FLOAT64_TOLERANCE);
        expect(l.exactDeltaNorm).toBe(engine[k].deltaNorm);
        expect(l.zeros).toBe(l.exactZeros);
      });
      expect(r.firstZeroLayer).toBeNull();
      expect(r.overflow).toBe(false);
    });
  }

  it('loss scaling by 2^k scales out exactly (k = 10, −10, 40)', () => {
    const { net, input, target } = seeded('tanh', 'mse', 8);
    const base = formatBackward(net, input, target, 'float64');
    for (const k of [10, -10, 40]) {
      const scaled = formatBackward(net, input, target, 'float64', { lossScale: 2 ** k });
      expect(scaled.lossScale).toBe(2 ** k);
      scaled.layers.forEach((l, i) => {
        expect(l.deltaNorm).toBe(base.layers[i].deltaNorm);
        expect(l.gradNorm).toBe(base.layers[i].gradNorm);
      });
    }
    // A scale that is not a power of two rounds, but only at float64's last bits.
    const odd = formatBackward(net, input, target, 'float64', { lossScale: 1000 });
    odd.layers.forEach((l, i) => expect(rel(l.deltaNorm, base.layers[i].deltaNorm)).toBeLessThan(FLOAT64_TOLERANCE));
  });

  describe('in float32', () => {
    afterEach(() => { setKernels('auto'); });
    it('agrees with the engine\'s own float32 network (JS kernels: float64 accumulation, rounded on store)', () => {
      setKernels('js');
      const { net, input, target } = seeded('tanh', 'mse', 10);
      const r = formatBackward(net, input, target, 'float32');
      const f32 = createNetwork({ ...net.config, dtype: 'float32' }, 5);
      const in32 = { ...input, data: Float32Array.from(input.data) };
      const t32 = { ...target, data: Float32Array.from(target.data) };
      forwardBackward(f32, in32, t32);
      const engine = diagnostics(f32);
      r.layers.forEach((l, k) => {
        expect(l.deltaNorm).not.toBe(l.exactDeltaNorm);   // the rounding did something…
        expect(rel(l.deltaNorm, engine[k].deltaNorm)).toBeLessThan(FLOAT32_TOLERANCE);   // …what float32 storage does
        expect(rel(l.gradNorm, engine[k].gradNorm)).toBeLessThan(FLOAT32_TOLERANCE);
      });
    });
  });

  it('rejects what it does not cover, and bad scales', () => {
    const { net, input, target } = seeded('tanh', 'mse');
    expect(() => formatBackward(net, input, target, 'float16', { lossScale: 0 })).toThrow(RangeError);
    expect(() => formatBackward(net, input, target, 'float16', { lossScale: Infinity })).toThrow(RangeError);
    const f32 = createNetwork({ ...net.config, dtype: 'float32' }, 5);
    expect(() => formatBackward(f32, input, target, 'float16')).toThrow(/float64/);
    const bn = createNetwork({ ...net.config, batchNorm: true }, 5);
    expect(() => formatBackward(bn, input, target, 'float16')).toThrow(/batch norm/);
  });
});

/**
 * A linear chain of width 1: every weight 0.25, biases 0, input 0 and target −1 with MSE on one example, so
 * dJ/dY = 1 exactly and, by eq. (3) with g' = 1, Δ^(l) = 0.25^(L+1−l) exactly in float64.
 */
function quarterChain(depth: number): { net: Network; input: { rows: number; cols: number; data: Float64Array }; target: { rows: number; cols: number; data: Float64Array } } {
  const net = createNetwork(checkConfig({ depth, width: 1, inputDim: 1, outputDim: 1, activation: 'linear', loss: 'mse', sigmaB: 0 }), 1);
  for (const layer of net.layers) { layer.W.data.fill(0.25); layer.b.fill(0); }
  return { net, input: { rows: 1, cols: 1, data: new Float64Array([0]) }, target: { rows: 1, cols: 1, data: new Float64Array([-1]) } };
}

describe('formatBackward on the 0.25 chain: where each format gives up', () => {
  const L = 100;
  /** Δ^(l) = 0.25^m with m = L + 1 − l: the last m the format holds (0.25^(m+1) is at most half its smallest subnormal). */
  const lastNonZero: Record<NumberFormat, number> = { float64: 537, float32: 74, bfloat16: 66, float16: 12 };

  it('the chain is what it claims: exact Δ^(l) = 0.25^(L+1−l)', () => {
    const { net, input, target } = quarterChain(L);
    const r = formatBackward(net, input, target, 'float64');
    r.layers.forEach((l) => expect(l.exactDeltaNorm).toBe(0.25 ** (L + 1 - l.layer)));
  });

  for (const format of ['float16', 'bfloat16', 'float32'] as const) {
    it(`${format}: Δ is exact down to 0.25^${lastNonZero[format]}, then all zeros from the next layer down`, () => {
      const { net, input, target } = quarterChain(L);
      const r = formatBackward(net, input, target, format);
      const m0 = lastNonZero[format];
      expect(r.firstZeroLayer).toBe(L + 1 - (m0 + 1));
      for (const l of r.layers) {
        const m = L + 1 - l.layer;
        expect(l.deltaNorm).toBe(m <= m0 ? 0.25 ** m : 0);
        expect(l.allZero).toBe(m > m0);
        expect(l.exactZeros).toBe(0);
      }
      expect(r.overflow).toBe(false);
    });
  }

  it('float16 with S = 2^10 rescues five more layers (2^10 = 0.25^-5), unscaled exactly', () => {
    const { net, input, target } = quarterChain(L);
    const r = formatBackward(net, input, target, 'float16', { lossScale: 2 ** 10 });
    expect(r.firstZeroLayer).toBe(L + 1 - 18);
    for (const l of r.layers) {
      const m = L + 1 - l.layer;
      if (m <= 17) expect(l.deltaNorm).toBe(0.25 ** m);
    }
  });

  it('float16 with S = 2^16 overflows: 65536 is past 65504, so every Δ is Infinity; bfloat16 holds it', () => {
    const { net, input, target } = quarterChain(L);
    const r = formatBackward(net, input, target, 'float16', { lossScale: 2 ** 16 });
    expect(r.overflow).toBe(true);
    expect(r.layers.at(-1)!.nonFinite).toBe(1);
    expect(r.layers.at(-1)!.deltaNorm).toBe(Infinity);
    const bf = formatBackward(net, input, target, 'bfloat16', { lossScale: 2 ** 16 });
    expect(bf.overflow).toBe(false);
    expect(bf.layers.at(-1)!.deltaNorm).toBe(1);
  });
});

describe('dynamic loss scaling', () => {
  it('halves and skips on overflow, doubles after N clean steps, counts from 0 again after either', () => {
    const N = 3;
    let s: LossScaleState = initialLossScale(2 ** 16);
    const events: string[] = [];
    const scales: number[] = [];
    for (const finite of [false, true, true, true, true, false, true]) {
      const r = lossScaleStep(s, finite, { growthInterval: N });
      expect(r.applyUpdate).toBe(finite);
      s = r.state; events.push(r.event); scales.push(s.scale);
    }
    expect(events).toEqual(['skip', 'step', 'step', 'grow', 'step', 'skip', 'step']);
    expect(scales).toEqual([2 ** 15, 2 ** 15, 2 ** 15, 2 ** 16, 2 ** 16, 2 ** 15, 2 ** 15]);
    expect(s.cleanSteps).toBe(1);
  });

  it('stays within its bounds and rejects bad input', () => {
    expect(lossScaleStep({ scale: 1, cleanSteps: 0 }, false, { minScale: 1 }).state.scale).toBe(1);
    expect(lossScaleStep({ scale: 4, cleanSteps: 0 }, true, { growthInterval: 1, maxScale: 4 }).state.scale).toBe(4);
    expect(() => initialLossScale(0)).toThrow(RangeError);
    expect(() => lossScaleStep({ scale: 1, cleanSteps: 0 }, true, { growthInterval: 0 })).toThrow(RangeError);
  });

  it('on the float16 chain it comes down from 2^20 to 2^15, the largest S that does not overflow, and probes 2^16 again', () => {
    const { net, input, target } = quarterChain(30);
    let s = initialLossScale(2 ** 20);
    const scales: number[] = [];
    for (let step = 0; step < 10; step++) {
      const r = formatBackward(net, input, target, 'float16', { lossScale: s.scale });
      s = lossScaleStep(s, !r.overflow, { growthInterval: 3 }).state;
      scales.push(Math.log2(s.scale));
    }
    // 2^20 … 2^16 overflow (≥ 65520 rounds to Infinity), 2^15 is clean three times, grows to 2^16, overflows again.
    expect(scales).toEqual([19, 18, 17, 16, 15, 15, 15, 16, 15, 15]);
  });
});
