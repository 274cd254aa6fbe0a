// What the recurrent mode computes: the model and its evaluation batch from the flags, optional training on fresh
// batches, then the final forward/backward through time on the evaluation batch and its per-step diagnostics.
import {
  createRecurrent, createRecurrentTrainer, forwardBackwardRecurrent, forwardRecurrent, makeSequenceBatch,
  recurrentAccuracy, recurrentDiagnostics, taskShape,
  type RecurrentDiagnostics, type RecurrentModel, type SequenceBatch,
} from '../../src/engine/index.ts';
import type { RecurrentCliConfig } from './recurrent-args.ts';
import { TRAIN_REPORTS, type TrainPoint } from './run.ts';

export interface RecurrentRun {
  model: RecurrentModel; data: SequenceBatch; lossValue: number; diagnostics: RecurrentDiagnostics; training: TrainPoint[];
}

/** The evaluation batch's loss (and first-symbol accuracy) without touching the gradients. */
function evaluate(model: RecurrentModel, data: SequenceBatch, step: number): TrainPoint {
  const loss = forwardRecurrent(model, data.input, data.target);
  const accuracy = recurrentAccuracy(model, data);
  return accuracy === undefined ? { step, loss } : { step, loss, accuracy };
}

/** Builds the model (seed), its evaluation batch (batch 0 of the seed), trains if asked, and does the final pass. */
export function runRecurrent(c: RecurrentCliConfig): RecurrentRun {
  const { inputDim, outputDim } = taskShape(c.task);
  const model = createRecurrent({
    cell: c.model, inputDim, hidden: c.hidden, outputDim, loss: c.loss, recurrentInit: c.recurrentInit,
    recurrentScale: c.recurrentScale, forgetBias: c.forgetBias, seed: c.seed, dtype: c.dtype,
  }, c.batch, c.seqLen);
  const data = makeSequenceBatch(c.task, c.seqLen, c.batch, c.seed, 0, c.dtype);
  const training: TrainPoint[] = [];
  if (c.train > 0) {
    const trainer = createRecurrentTrainer(model, c.task, { name: c.optimizer, lr: c.lr, clip: c.clip }, c.seed);
    const every = Math.max(1, Math.floor(c.train / TRAIN_REPORTS));
    for (let step = 0; step < c.train; step++) {
      if (step % every === 0) training.push(evaluate(model, data, step));
      trainer.step();
    }
  }
  // The reported (and exported) loss and gradients belong to the final parameters, on the evaluation batch.
  const lossValue = forwardBackwardRecurrent(model, data.input, data.target);
  if (c.train > 0) {
    // recurrentAccuracy's forward pass on the same input and parameters rewrites the same states; gradients are kept.
    const accuracy = recurrentAccuracy(model, data);
    training.push(accuracy === undefined ? { step: c.train, loss: lossValue } : { step: c.train, loss: lossValue, accuracy });
  }
  return { model, data, lossValue, diagnostics: recurrentDiagnostics(model), training };
}
