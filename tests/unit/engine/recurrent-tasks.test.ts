// The sequence tasks: shapes, determinism, the rule checked by an oracle written here from the definition, and that
// the target depends on the distant step (changing it changes the target) and not on the intervening noise.
import { describe, expect, test } from 'vitest';
import {
  FIRST_SYMBOL_CLASSES, FIRST_SYMBOL_DISTRACTORS, TASK_NAMES, addingWindows, makeSequenceBatch, sequenceTarget, taskShape,
} from '../../../src/engine/index.ts';
import type { SequenceBatch, TaskName } from '../../../src/engine/index.ts';

const K = FIRST_SYMBOL_CLASSES;
const T = 40;
const B = 16;

const at = (x: SequenceBatch, s: number, b: number, c: number): number => x.input[(s * x.batch + b) * x.inputDim + c];

/** The target recomputed from a batch's input: the sum of marked values, or step 0's symbol. */
function oracle(x: SequenceBatch): number[] {
  const out: number[] = [];
  for (let b = 0; b < x.batch; b++) {
    if (x.task === 'adding') {
      let s = 0;
      for (let t = 0; t < x.seqLen; t++) if (at(x, t, b, 1) === 1) s += at(x, t, b, 0);
      out.push(s);
    } else {
      for (let k = 0; k < K; k++) out.push(at(x, 0, b, k));
    }
  }
  return out;
}

function targetOf(task: TaskName, input: Float32Array, seqLen: number, batch: number): Float32Array {
  const out = new Float32Array(batch * taskShape(task).outputDim);
  sequenceTarget(task, input, seqLen, batch, out);
  return out;
}

describe('sequence tasks', () => {
  test.each(TASK_NAMES)('%s: shapes, seeded, and the target is the rule of its definition', (task) => {
    const x = makeSequenceBatch(task, T, B, 7);
    const { inputDim, outputDim, loss } = taskShape(task);
    expect(x.input).toHaveLength(T * B * inputDim);
    expect(x.target).toHaveLength(B * outputDim);
    expect(loss).toBe(task === 'adding' ? 'mse' : 'cross-entropy');
    expect(Array.from(x.target)).toEqual(oracle(x).map(Math.fround));
    expect(makeSequenceBatch(task, T, B, 7).input).toEqual(x.input);
    expect(makeSequenceBatch(task, T, B, 8).input).not.toEqual(x.input);
    expect(makeSequenceBatch(task, T, B, 7, 1).input).not.toEqual(x.input); // training batches differ from the evaluation batch
  });

  test('adding: two markers per sequence, the first in the first tenth, the second in the second half', () => {
    const x = makeSequenceBatch('adding', T, B, 3);
    const { firstEnd, secondStart } = addingWindows(T);
    expect([firstEnd, secondStart]).toEqual([4, 20]);
    for (let b = 0; b < B; b++) {
      const marked = [];
      for (let t = 0; t < T; t++) if (at(x, t, b, 1) === 1) marked.push(t);
      expect(marked).toHaveLength(2);
      expect(marked[0]).toBeLessThan(firstEnd);
      expect(marked[1]).toBeGreaterThanOrEqual(secondStart);
      expect(x.distantStep[b]).toBe(marked[0]);
    }
    expect(makeSequenceBatch('adding', 1, 2, 3).target).toEqual(Float32Array.from([0, 1].map((b) => makeSequenceBatch('adding', 1, 2, 3).input[b * 2])));
  });

  test('first-symbol: one class symbol at step 0, distractors only after it', () => {
    const x = makeSequenceBatch('first-symbol', T, B, 3);
    expect(x.inputDim).toBe(K + FIRST_SYMBOL_DISTRACTORS);
    for (let b = 0; b < B; b++) {
      expect(x.distantStep[b]).toBe(0);
      expect(at(x, 0, b, x.labels![b])).toBe(1);
      for (let t = 1; t < T; t++) {
        let classes = 0, distractors = 0;
        for (let c = 0; c < x.inputDim; c++) (c < K ? (classes += at(x, t, b, c)) : (distractors += at(x, t, b, c)));
        expect([classes, distractors]).toEqual([0, 1]);
      }
    }
  });

  test.each(TASK_NAMES)('%s: changing the distant step changes the target; changing the noise between does not', (task) => {
    const x = makeSequenceBatch(task, T, B, 5);
    const d = x.inputDim;
    const base = targetOf(task, x.input as Float32Array, T, B);
    // The distant step: a different marked value (adding) or a different symbol (first-symbol), example by example.
    const distant = Float32Array.from(x.input);
    for (let b = 0; b < B; b++) {
      const o = (x.distantStep[b] * B + b) * d;
      if (task === 'adding') distant[o] = distant[o] + 0.5;
      else { distant[o + x.labels![b]] = 0; distant[o + (x.labels![b] + 1) % K] = 1; }
    }
    const moved = targetOf(task, distant, T, B);
    for (let b = 0; b < B; b++) expect(moved.subarray(b * x.outputDim, (b + 1) * x.outputDim)).not.toEqual(base.subarray(b * x.outputDim, (b + 1) * x.outputDim));
    // The intervening noise: every unmarked value (adding) or every distractor (first-symbol) redrawn.
    const noisy = Float32Array.from(x.input);
    for (let t = 1; t < T; t++) {
      for (let b = 0; b < B; b++) {
        const o = (t * B + b) * d;
        if (task === 'adding') { if (noisy[o + 1] === 0) noisy[o] = 1 - noisy[o]; }
        else { for (let c = K; c < d; c++) noisy[o + c] = 0; noisy[o + K + ((t + b) % FIRST_SYMBOL_DISTRACTORS)] = 1; }
      }
    }
    expect(noisy).not.toEqual(x.input);
    expect(targetOf(task, noisy, T, B)).toEqual(base);
  });

  test('bad sizes and names are RangeErrors', () => {
    expect(() => makeSequenceBatch('adding', 0, 4, 1)).toThrow(RangeError);
    expect(() => makeSequenceBatch('first-symbol', 5, 1.5, 1)).toThrow(RangeError);
    expect(() => makeSequenceBatch('copy' as TaskName, 5, 2, 1)).toThrow(RangeError);
  });
});
