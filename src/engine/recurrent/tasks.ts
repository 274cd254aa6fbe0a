// Seeded sequence tasks that need memory over T steps (Hochreiter & Schmidhuber 1997). Input T × B × d
// (batch_first = false: element (s, b, c) is input[(s B + b) d + c]), target B × O.
//   adding        d = 2, O = 1, mse. Channel 0: values U[0, 1) at every step; channel 1: a marker, 1 at exactly two
//                 steps, the first among steps 0 … max(1, ⌊T/10⌋) − 1, the second among ⌊T/2⌋ … T − 1 (T = 1: one
//                 marker). Target: the sum of the two marked values. The first marked value must be kept ~0.9 T steps.
//   first-symbol  d = K + D, O = K (K = 4 symbols, D = 4 distractors), cross-entropy. Step 0: the one-hot of the
//                 symbol to remember (channels 0 … K − 1); steps 1 … T − 1: one-hot distractors (channels K … K + D − 1),
//                 as in Hochreiter & Schmidhuber's experiment 2a, where the sequence's first symbol is the only one
//                 from the class alphabet. Target: the one-hot of step 0's symbol, kept for T − 1 steps of distractors.
// Batch `index` of a seed draws from its own stream (deriveSeed(seed, stream + index)): index 0 is the evaluation
// batch, the trainer (train.ts) takes 1, 2, … so every step sees fresh sequences.
import type { Buffer, Dtype, LossName } from '../types.ts';
import { allocBuffer } from '../matrix.ts';
import { Random, deriveSeed } from '../random.ts';
import type { SequenceBatch, TaskName } from './types.ts';

export const TASK_NAMES: readonly TaskName[] = ['adding', 'first-symbol'];
/** K, the number of symbols of first-symbol (its classes), and D, the number of distractor symbols. */
export const FIRST_SYMBOL_CLASSES = 4;
export const FIRST_SYMBOL_DISTRACTORS = 4;
/** Stream tag of the task data (apart from the weights' stream and the feedforward data's). */
const TASK_STREAM = 0x5e9;

/** Input and output sizes and the loss of a task. */
export function taskShape(task: TaskName): { inputDim: number; outputDim: number; loss: LossName } {
  return task === 'adding'
    ? { inputDim: 2, outputDim: 1, loss: 'mse' }
    : { inputDim: FIRST_SYMBOL_CLASSES + FIRST_SYMBOL_DISTRACTORS, outputDim: FIRST_SYMBOL_CLASSES, loss: 'cross-entropy' };
}

/** The adding problem's marker window: first marker in [0, firstEnd), second in [secondStart, T). */
export function addingWindows(seqLen: number): { firstEnd: number; secondStart: number } {
  return { firstEnd: Math.max(1, Math.floor(seqLen / 10)), secondStart: Math.floor(seqLen / 2) };
}

/**
 * The task's rule, from the input alone: adding sums channel 0 over the steps whose marker (channel 1) is 1;
 * first-symbol one-hots the largest class channel (0 … K − 1) of the first step that has one non-zero. Writes B × O into out.
 */
export function sequenceTarget(task: TaskName, input: ArrayLike<number>, seqLen: number, batch: number, out: Buffer): void {
  const { inputDim: d, outputDim: O } = taskShape(task);
  out.fill(0, 0, batch * O);
  for (let b = 0; b < batch; b++) {
    if (task === 'adding') {
      let sum = 0;
      for (let s = 0; s < seqLen; s++) {
        const o = (s * batch + b) * d;
        if (input[o + 1] === 1) sum += input[o];
      }
      out[b] = sum;
      continue;
    }
    for (let s = 0; s < seqLen; s++) {
      const o = (s * batch + b) * d;
      let best = 0;
      for (let k = 1; k < FIRST_SYMBOL_CLASSES; k++) if (input[o + k] > input[o + best]) best = k;
      if (input[o + best] === 0) continue;
      out[b * O + best] = 1;
      break;
    }
  }
}

/** Batch `index` (0 = evaluation) of a task for a seed: B sequences of T steps, their targets and distant steps. */
export function makeSequenceBatch(
  task: TaskName, seqLen: number, batch: number, seed: number, index = 0, dtype: Dtype = 'float32',
): SequenceBatch {
  if (!TASK_NAMES.includes(task)) throw new RangeError(`unknown task: ${String(task)}`);
  for (const [name, v] of [['seqLen', seqLen], ['batch', batch]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be an integer >= 1, got ${v}`);
  }
  const { inputDim: d, outputDim: O, loss } = taskShape(task);
  const rng = new Random(deriveSeed(seed, TASK_STREAM + index));
  const input = allocBuffer(dtype, seqLen * batch * d);
  const distantStep = new Int32Array(batch);
  const labels = task === 'first-symbol' ? new Int32Array(batch) : undefined;
  const { firstEnd, secondStart } = addingWindows(seqLen);
  for (let b = 0; b < batch; b++) {
    if (task === 'adding') {
      for (let s = 0; s < seqLen; s++) input[(s * batch + b) * d] = rng.uniform();
      const first = rng.int(firstEnd);
      input[(first * batch + b) * d + 1] = 1;
      if (seqLen > 1) input[((secondStart + rng.int(seqLen - secondStart)) * batch + b) * d + 1] = 1;
      distantStep[b] = first;
    } else {
      const symbol = rng.int(FIRST_SYMBOL_CLASSES);
      input[b * d + symbol] = 1;
      for (let s = 1; s < seqLen; s++) input[(s * batch + b) * d + FIRST_SYMBOL_CLASSES + rng.int(FIRST_SYMBOL_DISTRACTORS)] = 1;
      (labels as Int32Array)[b] = symbol;
      distantStep[b] = 0;
    }
  }
  const target = allocBuffer(dtype, batch * O);
  sequenceTarget(task, input, seqLen, batch, target);
  return { task, seqLen, batch, inputDim: d, outputDim: O, loss, input, target, distantStep, ...(labels ? { labels } : {}) };
}
