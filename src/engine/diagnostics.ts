// Per-layer diagnostics after forwardBackward (layers 1..L hidden, L+1 output).
//   weightNorm = ‖W^(l-1)‖_F,  gradNorm = ‖∂J/∂W^(l-1)‖_F   (the weight gradient; NaN after a pass with weightGrads: false)
//   deltaNorm  = ‖Δ^(l)‖_F                                  (the backpropagated error; a different thing:
//                in the linear regime with equal widths ‖∂J/∂W‖ can stay flat while ‖Δ‖ vanishes)
//   *Rms       = norm / √(number of elements)
//   meanDerivative m_l = mean of g'(Z^(l)) over batch and units (1 for the output layer)
//   eq. (4) running product P_l = Π_{k=l..L} m_k from the last hidden layer back to l:
//     log10Product   = Σ log10 |m_k| in float64 (−Infinity if some m_k = 0)
//     float32Product = P_l with Math.fround after every multiply (0.25^75 = 0 exactly, 2^128 = Infinity)
//   flags (on float32Product): underflow = 0 while no factor is 0; subnormal = 0 < |P| < 2^-126;
//     overflow = ±Infinity; nan = any NaN among this layer's numbers.
//   forwardOverflow: the layer's activations A (the output Y for layer L+1) hold ±∞ or NaN, i.e. the forward pass
//     itself broke there (σ_w too large for the forward signal), before any backpropagation.
// Norms and the mean are sums in doubles (four interleaved partial sums, matrix.ts), read from the buffers
// at call time; nothing here allocates when `out` is passed, and nothing throws on Infinity or NaN.
import type { LayerDiagnostics, Network } from './types.ts';
import { FLOAT32_MIN_NORMAL } from './constants.ts';
import { allFinite, frobenius, sum } from './matrix.ts';

/** Product of the factors, rounded to float32 after every multiply (and each factor rounded first). */
export function float32Product(factors: ArrayLike<number>): number {
  let p = 1;
  for (let i = 0; i < factors.length; i++) p = Math.fround(p * Math.fround(factors[i]));
  return p;
}

function blank(): LayerDiagnostics {
  return {
    layer: 0, weightNorm: 0, weightRms: 0, gradNorm: 0, gradRms: 0, deltaNorm: 0, deltaRms: 0, meanDerivative: 0,
    log10Product: 0, float32Product: 0, underflow: false, subnormal: false, overflow: false, nan: false, forwardOverflow: false,
  };
}

/**
 * Per-layer diagnostics after forwardBackward; hidden layers 1..L then the output layer.
 * Pass the array returned by a previous call as `out` to refill its objects in place (no allocation per step).
 */
export function diagnostics(net: Network, out?: LayerDiagnostics[]): LayerDiagnostics[] {
  const layers = net.layers;
  const L = layers.length;
  const reuse = out !== undefined && out.length === L;
  const result: LayerDiagnostics[] = reuse ? out : new Array(L);
  let log10 = 0;
  let f32 = 1;
  let anyZero = false;
  for (let k = L - 1; k >= 0; k--) {
    const layer = layers[k];
    const m = layer.hidden ? sum(layer.dg) / layer.dg.length : 1;
    log10 += Math.log10(Math.abs(m));
    f32 = Math.fround(f32 * Math.fround(m));
    if (m === 0) anyZero = true;
    const weightNorm = frobenius(layer.W.data);
    const gradNorm = net.weightGrads ? frobenius(layer.gW.data) : NaN;
    const deltaNorm = frobenius(layer.delta);
    const nW = layer.W.data.length;
    const nD = layer.delta.length;
    const d: LayerDiagnostics = reuse ? result[k] : blank();
    d.layer = layer.index;
    d.weightNorm = weightNorm; d.weightRms = weightNorm / Math.sqrt(nW);
    d.gradNorm = gradNorm; d.gradRms = gradNorm / Math.sqrt(nW);
    d.deltaNorm = deltaNorm; d.deltaRms = deltaNorm / Math.sqrt(nD);
    d.meanDerivative = m;
    d.log10Product = log10;
    d.float32Product = f32;
    d.underflow = f32 === 0 && !anyZero;
    d.subnormal = f32 !== 0 && Math.abs(f32) < FLOAT32_MIN_NORMAL;
    d.overflow = f32 === Infinity || f32 === -Infinity;
    d.forwardOverflow = !allFinite(layer.A);
    d.nan = Number.isNaN(weightNorm) || (net.weightGrads && Number.isNaN(gradNorm)) || Number.isNaN(deltaNorm) || Number.isNaN(m)
      || Number.isNaN(f32) || Number.isNaN(log10);
    result[k] = d;
  }
  return result;
}

/** Absolute values of weights and gradient components per layer (for the weights-beside-gradients figure). */
export function componentMagnitudes(net: Network): { layer: number; weights: Float64Array; grads: Float64Array }[] {
  return net.layers.map((layer) => {
    const w = layer.W.data;
    const g = layer.gW.data;
    const weights = new Float64Array(w.length);
    const grads = new Float64Array(g.length);
    for (let i = 0; i < w.length; i++) { weights[i] = Math.abs(w[i]); grads[i] = Math.abs(g[i]); }
    return { layer: layer.index, weights, grads };
  });
}
