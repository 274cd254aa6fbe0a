// The network export of ../shared/DESIGN.md ("vanishing-gradient.network/1"): everything needed to redo the
// forward pass, the loss and the gradients in NumPy or PyTorch. Matrices are { rows, cols, data } row-major.

import { activationParam } from '../../src/engine/activations.ts';
import type { Buffer, Matrix, Network } from '../../src/engine/index.ts';
import type { CliConfig } from './args.ts';

export const EXPORT_FORMAT = 'vanishing-gradient.network/1';

interface ExportMatrix { rows: number; cols: number; data: number[] }

function matrix(m: Matrix): ExportMatrix {
  return { rows: m.rows, cols: m.cols, data: Array.from(m.data.subarray(0, m.rows * m.cols)) };
}

const vector = (v: Buffer) => Array.from(v);

/** The export object (serialise with format.ts's jsonReplacer so Infinity/NaN survive as strings). */
export function exportNetwork(c: CliConfig, net: Network, input: Matrix, target: Matrix, lossValue: number): object {
  const { config } = net;
  const param = activationParam(config.activation, config.activationParam);
  const last = net.layers.length - 1;
  const { help: _help, json: _json, export: _export, ...flags } = c;
  return {
    format: EXPORT_FORMAT,
    config: { ...flags, inputDim: config.inputDim, outputDim: config.outputDim },
    loss: config.loss,
    lossValue,
    input: matrix(input),
    target: matrix(target),
    layers: net.layers.map((layer, k) => {
      const grad: Record<string, unknown> = { W: matrix(layer.gW), b: vector(layer.gb) };
      if (layer.bn) {
        grad.gamma = vector(layer.bn.gGamma);
        grad.beta = vector(layer.bn.gBeta);
      }
      if (layer.skip?.gW) grad.skipW = matrix(layer.skip.gW);
      return {
        W: matrix(layer.W),
        b: vector(layer.b),
        activation: k === last ? 'linear' : config.activation,
        ...(k !== last && param !== undefined ? { activationParam: param } : {}),
        batchNorm: layer.bn ? { gamma: vector(layer.bn.gamma), beta: vector(layer.bn.beta), eps: layer.bn.eps } : null,
        skip: layer.skip ? { from: layer.skip.from, W: layer.skip.W ? matrix(layer.skip.W) : 'identity' } : null,
        grad,
      };
    }),
  };
}
