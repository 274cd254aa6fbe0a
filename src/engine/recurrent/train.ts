// Training a recurrent model on a sequence task: each step draws a fresh batch (batch index 1, 2, … of the data
// seed, tasks.ts), runs forwardBackwardRecurrent and one optimiser step (sgd, momentum or adam, with optional
// global-norm clipping: ../optim/). Deterministic: the same model seed, data seed and options give the same losses.
import { createOptimizer, type Optimizer, type OptimizerOptions } from '../optim/index.ts';
import type { RecurrentModel, SequenceBatch, TaskName } from './types.ts';
import { forwardBackwardRecurrent, forwardRecurrent } from './bptt.ts';
import { makeSequenceBatch, taskShape } from './tasks.ts';

export interface RecurrentTrainer {
  readonly model: RecurrentModel;
  /** Steps taken so far. */
  readonly steps: number;
  /** One update on a fresh batch; returns that batch's loss before the update. */
  step(): number;
}

/** A trainer for `model` on `task`; batches come from `dataSeed` (default: the model's seed). */
export function createRecurrentTrainer(
  model: RecurrentModel, task: TaskName, optimizer: OptimizerOptions, dataSeed = model.config.seed,
): RecurrentTrainer {
  const shape = taskShape(task);
  const { inputDim, outputDim, loss } = model.config;
  if (shape.inputDim !== inputDim || shape.outputDim !== outputDim) {
    throw new RangeError(`task ${task} is ${shape.inputDim} → ${shape.outputDim}; the model is ${inputDim} → ${outputDim}`);
  }
  if (task === 'adding' && loss !== 'mse') throw new RangeError('the adding task needs the mse loss');
  const opt: Optimizer = createOptimizer(model, optimizer);
  let steps = 0;
  return {
    model,
    get steps() { return steps; },
    step(): number {
      steps++;
      const batch = makeSequenceBatch(task, model.seqLen, model.batch, dataSeed, steps, model.config.dtype);
      const value = forwardBackwardRecurrent(model, batch.input, batch.target);
      opt.step(model);
      return value;
    },
  };
}

/** Fraction of a first-symbol batch whose largest output is the remembered symbol (after a forward pass). */
export function recurrentAccuracy(model: RecurrentModel, batch: SequenceBatch): number | undefined {
  if (!batch.labels) return undefined;
  forwardRecurrent(model, batch.input, batch.target);
  const O = model.config.outputDim;
  const y = model.output;
  let correct = 0;
  for (let b = 0; b < model.batch; b++) {
    let best = 0;
    for (let k = 1; k < O; k++) if (y[b * O + k] > y[b * O + best]) best = k;
    if (best === batch.labels[b]) correct++;
  }
  return correct / model.batch;
}
