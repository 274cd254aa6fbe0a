// memory: the English words of the live charts and the caption (loaded with them, on the first run; src/i18n/memory.ts
// has both languages and the types).
import type { MemoryFacts } from '../../sims/memory/caption';
import type { MemoryLiveStrings } from '../memory';
import { powerOfTenLabel } from '../../sims/format';

const CELL: Record<string, string> = { rnn: 'RNN (tanh)', gru: 'GRU', lstm: 'LSTM' };
const num = (n: number | null) => (n === null ? '—' : n.toFixed(3));
const pct = (n: number | null) => (n === null ? '—' : `${n} %`);

export const live: MemoryLiveStrings = {
  cellNames: CELL,
  stepCount: 'Step',
  loss: 'Cost',
  accuracy: 'Accuracy',
  speed: 'steps/s',
  announcePlaying: 'Training. The numbers are read out when you pause.',
  announcePaused: (f: MemoryFacts) => `Paused at step ${f.step}: ${f.cells.map((x) => `${CELL[x.cell]}, cost ${num(x.loss)} and accuracy ${pct(x.accuracy)}`).join('; ')}.`,
  noWorker: 'This browser cannot train in the background (no Web Workers).',
  builtNote: 'This run was computed when the page was built; “Train” repeats it in your browser.',
  lossX: 'training step',
  lossY: 'cost (cross-entropy)',
  chance: 'chance: ln 4',
  heatX: 'step t',
  heatY: 'training step',
  legendTitle: '‖∂J/∂h_t‖',
  zero: 'float32: 0',
  colStep: 'training step',
  colLoss: (cell: string) => `cost ${CELL[cell]}`,
  colAccuracy: (cell: string) => `accuracy ${CELL[cell]}`,
  lossAria: (f: MemoryFacts) => `Cost of the RNN and of the GRU at each training step, up to step ${f.step}, with chance (ln 4) as a reference.`,
  heatAria: (cell: string, f: MemoryFacts) => `Heat map of the ${CELL[cell]}: log10 ‖∂J/∂h_t‖ for each step t from 1 to ${f.seqLen} (across) and each training step up to ${f.step} (down), one colour per decade; grey where float32 holds an exact 0.`,
  caption: (f: MemoryFacts): string => {
    const p = [`An RNN (tanh) and a GRU of 8 units learn, on the same batches, to remember which of 4 symbols came at the first step, after T − 1 = ${f.seqLen - 1} distractors (seed ${f.seed}).`];
    if (f.step === 0) { p.push('Press “Train”.'); return p.join(' '); }
    p.push(`Step ${f.step}.`);
    for (const c of f.cells) {
      const where = c.solvedAt !== null ? `learnt it at step ${c.solvedAt}` : 'has not learnt it yet';
      const reach = c.reach === null ? '' : c.reach === -Infinity ? '; at t = 1 its error is an exact float32 0'
        : c.reach === 0 ? '; at t = 1 its error is of the order of that at t = T' : `; at t = 1 its error is ${powerOfTenLabel(c.reach)} times that at t = T`;
      p.push(`${CELL[c.cell]}: cost ${num(c.loss)}, accuracy ${pct(c.accuracy)}, ${where}${reach}.`);
    }
    return p.join(' ');
  },
};
