// The memory island's training clock (islands/memory/loop.ts, run in its worker): a configuration answers with
// step 0; "step" trains that many steps of both cells; commands of an older configuration are ignored; "play"
// trains in slices until "pause", and never past MAX_STEPS.
import { describe, expect, it } from 'vitest';
import { MemoryLoop } from '../../../src/islands/memory/loop';
import type { MemoryReply } from '../../../src/islands/memory/protocol';
import { MAX_STEPS } from '../../../src/sims/memory/defaults';

function loop() {
  const replies: MemoryReply[] = [];
  const l = new MemoryLoop((r) => replies.push(r));
  const last = () => replies[replies.length - 1];
  const step = () => { const r = last(); return r.type === 'snapshot' ? r.snapshot.step : NaN; };
  return { l, replies, last, step };
}
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('MemoryLoop', () => {
  it('answers a configuration at step 0, trains "step" steps of both cells, ignores older generations', () => {
    const { l, replies, last, step } = loop();
    l.handle({ type: 'configure', gen: 1, state: { seqLen: 4, seed: 1 } });
    expect(step()).toBe(0);
    l.handle({ type: 'step', gen: 1, steps: 10 });
    expect(step()).toBe(10);
    const r = last();
    expect(r.type === 'snapshot' && r.snapshot.learners.map((x) => x.step)).toEqual([10, 10]);
    const n = replies.length;
    l.handle({ type: 'step', gen: 0, steps: 10 });
    expect(replies.length).toBe(n);
    l.handle({ type: 'configure', gen: 2, state: { seqLen: 5, seed: 1 } });
    expect(step()).toBe(0);
    expect(last().gen).toBe(2);
  });

  it('never trains past MAX_STEPS', () => {
    const { l, step } = loop();
    l.handle({ type: 'configure', gen: 1, state: { seqLen: 1, seed: 1 } });
    l.handle({ type: 'step', gen: 1, steps: MAX_STEPS + 50 });
    expect(step()).toBe(MAX_STEPS);
    l.handle({ type: 'step', gen: 1, steps: 1 });
    expect(step()).toBe(MAX_STEPS);
  });

  it('plays in slices until paused, posting as it goes', async () => {
    const { l, replies, last, step } = loop();
    l.handle({ type: 'configure', gen: 1, state: { seqLen: 3, seed: 1 } });
    l.handle({ type: 'play', gen: 1 });
    await tick(300);
    l.handle({ type: 'pause', gen: 1 });
    const r = last();
    expect(r.type === 'snapshot' && r.playing).toBe(false);
    expect(replies.filter((x) => x.type === 'snapshot' && x.playing).length).toBeGreaterThan(0);
    const paused = step();
    expect(paused).toBeGreaterThan(0);
    await tick(150);
    expect(step()).toBe(paused);
  });
});
