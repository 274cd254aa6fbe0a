// The recurrent export of ../shared/DESIGN.md ("vanishing-gradient.recurrent/1", docs/export-format.md): the input as
// T × B × d (PyTorch's batch_first = false), the target, the loss, and every parameter under PyTorch's state_dict name
// and shape with its gradient beside it, so torch.nn.RNN / LSTM / GRU and a torch.nn.Linear head load them as they are.
import { recurrentShapes, type RecurrentModel, type SequenceBatch } from '../../src/engine/index.ts';
import type { RecurrentCliConfig } from './recurrent-args.ts';

export const RECURRENT_EXPORT_FORMAT = 'vanishing-gradient.recurrent/1';

interface Tensor { shape: number[]; data: number[] }

/** The export object (serialise with format.ts's jsonReplacer so Infinity/NaN survive as strings). */
export function exportRecurrent(c: RecurrentCliConfig, m: RecurrentModel, data: SequenceBatch, lossValue: number): object {
  const { help: _help, json: _json, export: _export, ...flags } = c;
  const { inputDim, hidden, outputDim } = m.config;
  const shapes = recurrentShapes(m);
  const parameters: Record<string, Tensor & { grad: number[] }> = {};
  for (const p of m.params) parameters[p.name] = { shape: shapes[p.name], data: Array.from(p.value), grad: Array.from(p.grad) };
  return {
    format: RECURRENT_EXPORT_FORMAT,
    config: flags,
    cell: m.config.cell,
    task: data.task,
    inputSize: inputDim, hiddenSize: hidden, outputSize: outputDim,
    input: { shape: [m.seqLen, m.batch, inputDim], data: Array.from(data.input) } satisfies Tensor,
    target: { shape: [m.batch, outputDim], data: Array.from(data.target) } satisfies Tensor,
    loss: m.config.loss,
    lossValue,
    parameters,
    // ‖∂J/∂h_t‖ over the batch for t = 1 … T (index t − 1): the figure's curve.
    hGradNorm: Array.from(m.hGradNorm.subarray(1)),
  };
}
