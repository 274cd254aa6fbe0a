// Test helpers: seeded batches and central finite-difference gradient checks in float64.
import { createNetwork, forwardBackward, syntheticBatch } from '../../../src/engine/index.ts';
import type { Buffer, Matrix, Network, NetworkConfig } from '../../../src/engine/index.ts';
import { GRAD_CHECK_ABS_FLOOR, GRAD_CHECK_STEP } from '../../../src/engine/constants.ts';
import { DEFAULT_NETWORK_CONFIG } from '../../../src/engine/index.ts';

/** A float64 config for gradient checks: small, shallow, every knob overridable. */
export function checkConfig(over: Partial<NetworkConfig>): NetworkConfig {
  return {
    ...DEFAULT_NETWORK_CONFIG, depth: 3, width: 5, inputDim: 3, outputDim: 2,
    init: 'xavier-normal', sigmaB: 0.1, dtype: 'float64', seed: 7, ...over,
  };
}

/** Relative error ‖a − n‖ / max(‖a‖, ‖n‖, floor): a tensor whose gradient is (near) zero is compared absolutely. */
export function relativeError(a: ArrayLike<number>, n: ArrayLike<number>, floor = GRAD_CHECK_ABS_FLOOR): number {
  let d = 0, sa = 0, sn = 0;
  for (let i = 0; i < a.length; i++) { d += (a[i] - n[i]) ** 2; sa += a[i] ** 2; sn += n[i] ** 2; }
  return Math.sqrt(d) / Math.max(Math.sqrt(sa), Math.sqrt(sn), floor);
}

/**
 * Fourth-order central differences of the loss with respect to every entry of `value`:
 * g ≈ [8 (J(v+h) − J(v−h)) − (J(v+2h) − J(v−2h))] / (12 h), truncation error O(h⁴), so strongly curved
 * spots (batch norm of a nearly constant feature, where the scale is √ε) are still checked at 1e-6.
 */
function numericalGrad(net: Network, value: Buffer, input: Matrix, target: Matrix, h = GRAD_CHECK_STEP): Float64Array {
  const g = new Float64Array(value.length);
  const J = (i: number, v: number): number => { value[i] = v; return forwardBackward(net, input, target); };
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    const d1 = J(i, v + h) - J(i, v - h);
    const d2 = J(i, v + 2 * h) - J(i, v - 2 * h);
    value[i] = v;
    g[i] = (8 * d1 - d2) / (12 * h);
  }
  return g;
}

export interface GradCheckResult { name: string; error: number; norm: number }

/** Activations with a kink at 0, where central differences are meaningless. */
export const KINKED = new Set(['relu', 'leaky-relu', 'elu']);

/** Smallest |Z| over all hidden units of a config's network on the check batch (distance to the kink). */
export function minAbsPreactivation(config: NetworkConfig, batch: number, dataSeed = 3): number {
  const net = createNetwork(config, batch);
  const { input, target } = syntheticBatch(config, batch, dataSeed);
  forwardBackward(net, input, target);
  let m = Infinity;
  for (const layer of net.layers) if (layer.hidden) for (const z of layer.Z) m = Math.min(m, Math.abs(z));
  return m;
}

/** Compare every analytic gradient (all params and the input-side gradient) against central differences. */
export function gradCheck(config: NetworkConfig, batch: number, dataSeed = 3): GradCheckResult[] {
  const net = createNetwork(config, batch);
  const { input, target } = syntheticBatch(config, batch, dataSeed);
  forwardBackward(net, input, target);
  const analytic = net.params.map((p) => ({ name: p.name, value: p.value, grad: Float64Array.from(p.grad) }));
  const inputGrad = Float64Array.from(net.inputGrad.data);
  const results: GradCheckResult[] = analytic.map(({ name, value, grad }) => ({
    name, error: relativeError(grad, numericalGrad(net, value, input, target)), norm: Math.hypot(...grad),
  }));
  results.push({ name: 'input', error: relativeError(inputGrad, numericalGrad(net, input.data, input, target)), norm: Math.hypot(...inputGrad) });
  return results;
}

/** Median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
