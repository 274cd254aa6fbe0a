// The backward pass as a number format holds it, beside the exact float64 one, with optional loss scaling.
// The forward pass is the engine's, in float64 (forwardBackward on a float64 network). The backward pass, eq. (3),
// is then recomputed with every stored value rounded to the format, r(·):
//   Δ^(L+1) = r(S · dJ/dY)                                   the loss multiplied by S (S = 1: no scaling)
//   G^(l)   = r(g'(Z^(l)))                                   the stored derivative
//   D^(l)   = r(Δ^(l+1) r(W^(l))ᵀ)                           products accumulate in float64, rounded once on store
//   Δ^(l)   = r(D^(l) ∘ G^(l))
//   ∂J/∂W^(l-1) = r(r(A^(l-1))ᵀ Δ^(l))                      the weight gradient, rounded the same way
// and what is reported is unscaled in float64 after the rounding, as mixed-precision training does it:
//   ‖Δ^(l)‖ = ‖Δ^(l) / S‖ and ‖∂J/∂W‖ = ‖∂J/∂W / S‖. With S a power of two and no overflow or underflow the
// division is exact, so the format's underflow (entries that became 0) and overflow (±Infinity, then NaN) show as they are.
// Plain stacks only (no batch norm, no residual links): the network the precision island draws.
import type { Buffer, Matrix, Network } from './types.ts';
import { forwardBackward } from './network.ts';
import { denseInputGrad, denseWeightGrad } from './layers/dense.ts';
import { frobenius } from './matrix.ts';
import { FORMAT_INFO, rounder, type NumberFormat } from './precision.ts';

/** One layer of the backward pass in a format. */
export interface FormatLayer {
  layer: number;              // 1..L hidden, L+1 the output layer
  exactDeltaNorm: number;     // ‖Δ^(l)‖ in float64 (the engine's pass)
  deltaNorm: number;          // ‖Δ^(l)‖ as the format holds it, divided by S
  exactGradNorm: number;      // ‖∂J/∂W‖ in float64
  gradNorm: number;           // ‖∂J/∂W‖ in the format, divided by S
  size: number;               // entries of Δ^(l) (batch × fan_out)
  zeros: number;              // entries of Δ^(l) that are exactly 0 in the format
  exactZeros: number;         // … and in float64 (ReLU's zeros): zeros − exactZeros were lost to underflow
  subnormal: number;          // non-zero entries below the format's smallest normal
  nonFinite: number;          // ±Infinity or NaN entries (overflow)
  allZero: boolean;           // every entry of Δ^(l) is exactly 0 in the format
}

/** The whole pass: per layer from the first hidden to the output, and the summary a reader looks for. */
export interface FormatBackwardResult {
  format: NumberFormat;
  lossScale: number;
  lossValue: number;
  layers: FormatLayer[];
  /** The first layer, going back from the output, whose Δ is all exact zeros (every layer below it is too); null if none. */
  firstZeroLayer: number | null;
  /** Some gradient (Δ or ∂J/∂W) holds ±Infinity or NaN: the step a loss scaler skips. */
  overflow: boolean;
}

export interface FormatBackwardOptions {
  /** S > 0 multiplying the loss (default 1); the gradients are divided by it after the format's rounding. */
  lossScale?: number;
}

function roundedCopy(src: Buffer, n: number, r: (x: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = r(src[i]);
  return out;
}

function roundInPlace(buf: Float64Array, r: (x: number) => number): void {
  for (let i = 0; i < buf.length; i++) buf[i] = r(buf[i]);
}

/** ‖v / S‖ with the division in float64, entry by entry. */
function unscaledNorm(v: Float64Array, S: number): number {
  if (S === 1) return frobenius(v);
  const u = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) u[i] = v[i] / S;
  return frobenius(u);
}

function countZeros(v: ArrayLike<number>, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) if (v[i] === 0) z++;
  return z;
}

/**
 * Forward and backward on one batch (float64 network, no batch norm or skips), then the backward pass again with
 * every stored value rounded to `format` and the loss scaled by `lossScale`. Leaves the network's buffers as
 * forwardBackward leaves them (the exact pass). Throws RangeError on an unsupported network or a bad scale.
 */
export function formatBackward(
  net: Network, input: Matrix, target: Matrix, format: NumberFormat, options: FormatBackwardOptions = {},
): FormatBackwardResult {
  const S = options.lossScale ?? 1;
  if (!(S > 0) || !Number.isFinite(S)) throw new RangeError(`lossScale must be a finite number > 0, got ${S}`);
  if (net.config.dtype !== 'float64') throw new RangeError('formatBackward needs a float64 network (its exact pass)');
  if (net.config.batchNorm || net.config.residual !== 'none') {
    throw new RangeError('formatBackward covers plain stacks only (no batch norm, no residual links)');
  }
  if (!(format in FORMAT_INFO)) throw new RangeError(`unknown format: ${format}`);
  const lossValue = forwardBackward(net, input, target);
  const r = rounder(format);
  const { batch, layers } = net;
  const L = layers.length;
  const out: FormatLayer[] = new Array(L);
  const minNormal = FORMAT_INFO[format].minNormal;

  const last = layers[L - 1];
  let delta = new Float64Array(batch * last.fanOut);
  for (let i = 0; i < delta.length; i++) delta[i] = r(S * last.delta[i]);
  let overflow = false;
  let firstZeroLayer: number | null = null;
  for (let k = L - 1; k >= 0; k--) {
    const layer = layers[k];
    const n = batch * layer.fanOut;
    // Weight gradient of this layer, from the rounded input activations.
    const Ain = k === 0 ? roundedCopy(input.data, batch * layer.fanIn, r) : roundedCopy(layers[k - 1].A, batch * layer.fanIn, r);
    const gW: Matrix = { rows: layer.fanIn, cols: layer.fanOut, data: new Float64Array(layer.fanIn * layer.fanOut) };
    denseWeightGrad(Ain, batch, delta, gW, null);
    roundInPlace(gW.data as Float64Array, r);

    let zeros = 0, subnormal = 0, nonFinite = 0;
    for (let i = 0; i < n; i++) {
      const v = delta[i];
      if (v === 0) zeros++;
      else if (!Number.isFinite(v)) nonFinite++;
      else if (Math.abs(v) < minNormal) subnormal++;
    }
    const gradNorm = unscaledNorm(gW.data as Float64Array, S);
    if (nonFinite > 0 || !Number.isFinite(gradNorm)) overflow = true;
    const allZero = zeros === n;
    if (allZero && firstZeroLayer === null) firstZeroLayer = layer.index;
    out[k] = {
      layer: layer.index,
      exactDeltaNorm: frobenius(layer.delta), deltaNorm: unscaledNorm(delta, S),
      exactGradNorm: frobenius(layer.gW.data), gradNorm,
      size: n, zeros, exactZeros: countZeros(layer.delta, n), subnormal, nonFinite, allZero,
    };

    if (k === 0) break;
    // Δ^(l) = r(r(Δ^(l+1) r(W)ᵀ) ∘ r(g'(Z^(l)))) for the hidden layer below.
    const below = layers[k - 1];
    const W: Matrix = { rows: layer.W.rows, cols: layer.W.cols, data: roundedCopy(layer.W.data, layer.W.data.length, r) };
    const dA = new Float64Array(batch * below.fanOut);
    denseInputGrad(delta, batch, W, dA, false);
    for (let i = 0; i < dA.length; i++) dA[i] = r(r(dA[i]) * r(below.dg[i]));
    delta = dA;
  }
  return { format, lossScale: S, lossValue, layers: out, firstZeroLayer, overflow };
}
