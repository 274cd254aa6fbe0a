// The memory island's codec and model: bad input becomes the nearest valid state with a notice; training is
// deterministic; both cells see the same batches; the histories keep their shapes however long the run.
import { describe, expect, it } from 'vitest';
import { MEMORY_CODEC } from '../../../src/sims/memory/state';
import { HEAT_ROWS, LOSS_COLUMNS, MEMORY_DEFAULTS, SEQ_LEN_MAX, SEQ_LEN_MIN } from '../../../src/sims/memory/defaults';
import { MemoryLearner, MemorySession, snapshotBuffers } from '../../../src/sims/memory/model';
import { parseRecurrentArgs } from '../../../scripts/cli/recurrent-args';
import { runRecurrent } from '../../../scripts/cli/recurrent-run';
import { forwardRecurrent, makeSequenceBatch } from '../../../src/engine';

describe('memory URL codec', () => {
  it('defaults encode to nothing; T is another name for seqLen', () => {
    expect(MEMORY_CODEC.encode(MEMORY_CODEC.defaults())).toBe('');
    expect(MEMORY_CODEC.defaults()).toEqual({ ...MEMORY_DEFAULTS });
    expect(MEMORY_CODEC.decode('memory.T=20').state.seqLen).toBe(20);
    expect(MEMORY_CODEC.encode({ ...MEMORY_DEFAULTS, seqLen: 20 })).toBe('memory.seqLen=20');
  });
  it('bad values become the nearest valid one, with a notice each', () => {
    const d = MEMORY_CODEC.decode(`memory.seqLen=${SEQ_LEN_MAX + 50}&memory.seed=abc`);
    expect(d.state).toEqual({ seqLen: SEQ_LEN_MAX, seed: MEMORY_DEFAULTS.seed });
    expect(d.notices.map((n) => n.key).sort()).toEqual(['memory.seed', 'memory.seqLen']);
    expect(MEMORY_CODEC.decode('memory.seqLen=0').state.seqLen).toBe(SEQ_LEN_MIN);
    expect(MEMORY_CODEC.decode('memory.seqLen=12.6').state.seqLen).toBe(13);
  });
});

describe('memory model', () => {
  it('is deterministic: the same state gives the same history, another seed another', () => {
    const run = (seed: number) => { const s = new MemorySession({ seqLen: 6, seed }); s.train(5); return s.snapshot(); };
    const a = run(2), b = run(2), c = run(3);
    expect(Array.from(a.learners[0].loss)).toEqual(Array.from(b.learners[0].loss));
    expect(Array.from(a.learners[1].heat)).toEqual(Array.from(b.learners[1].heat));
    expect(Array.from(c.learners[0].loss)).not.toEqual(Array.from(a.learners[0].loss));
  });

  it('steps the RNN and the GRU together, from the same state', () => {
    const s = new MemorySession({ seqLen: 5, seed: 1 });
    s.train(3);
    const snap = s.snapshot();
    expect(snap.learners.map((l) => l.cell)).toEqual(['rnn', 'gru']);
    expect(snap.learners.map((l) => l.step)).toEqual([3, 3]);
    expect(snap.step).toBe(3);
  });

  it('records per step the loss, the accuracy and log10 ‖∂J/∂h_t‖ of every t, as the model left them', () => {
    const T = 7;
    const l = new MemoryLearner('rnn', { seqLen: T, seed: 4 });
    l.train(1);
    const snap = l.snapshot();
    expect(snap.heatColumns).toBe(1);
    expect(snap.heat.length).toBe(T);
    for (let t = 1; t <= T; t++) expect(snap.heat[t - 1]).toBeCloseTo(Math.log10(l.model.hGradNorm[t]), 5);
    expect(Array.from(snap.lastGrad)).toEqual(Array.from(snap.heat));
    expect(snap.loss[0]).toBeCloseTo(l.model.lossValue, 5);
    expect(snap.accuracy[0]).toBeGreaterThanOrEqual(0);
    expect(snap.accuracy[0]).toBeLessThanOrEqual(1);
    expect(snap.accuracy[0] * 16 % 1).toBeCloseTo(0, 9); // a whole number of the 16 sequences
  });

  it('keeps at most LOSS_COLUMNS loss columns and HEAT_ROWS heat rows however long it trains', () => {
    const l = new MemoryLearner('rnn', { seqLen: 2, seed: 1 });
    l.train(LOSS_COLUMNS * 2 + 3);
    const snap = l.snapshot();
    expect(snap.loss.length).toBeLessThanOrEqual(LOSS_COLUMNS);
    expect(snap.loss.length * snap.lossStride).toBeLessThanOrEqual(snap.step);
    expect(snap.loss.length * snap.lossStride).toBeGreaterThan(snap.step - 2 * snap.lossStride);
    expect(snap.heatColumns).toBeLessThanOrEqual(HEAT_ROWS);
    expect(snap.heat.length).toBe(2 * snap.heatColumns);
    expect(snapshotBuffers({ state: { seqLen: 2, seed: 1 }, step: snap.step, learners: [snap] })).toHaveLength(4);
  });

  it('before any step: empty histories and no read-outs', () => {
    const snap = new MemoryLearner('gru', { seqLen: 3, seed: 1 }).snapshot();
    expect(snap.loss.length).toBe(0);
    expect(snap.heatColumns).toBe(0);
    expect(Number.isNaN(snap.lastLoss)).toBe(true);
    expect(snap.solvedAt).toBeNull();
  });

  it('is the CLI\'s run, step for step: the README\'s simulate flags train the same weights on the same batches', () => {
    for (const cell of ['rnn', 'gru'] as const) {
      const flags = ['--model', cell, '--seq-len', '6', '--hidden', '8', '--batch', '16', '--task', 'first-symbol', '--train', '30', '--lr', '0.05', '--clip', '1', '--seed', '3'];
      const parsed = parseRecurrentArgs(flags);
      if (!parsed.ok) throw new Error(parsed.error);
      const cli = runRecurrent(parsed.config);
      const l = new MemoryLearner(cell, { seqLen: 6, seed: 3 });
      l.train(30);
      const batch0 = makeSequenceBatch('first-symbol', 6, 16, 3, 0);
      expect(forwardRecurrent(l.model, batch0.input, batch0.target), cell).toBe(cli.lossValue);
    }
  });
});
