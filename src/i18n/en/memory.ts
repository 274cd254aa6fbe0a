// memory: the English words of its first paint (src/i18n/memory.ts has both languages and the type; an island bundles one).
import type { MemoryStrings } from '../memory';


export const strings: MemoryStrings = {
  seqLen: 'Sequence length T',
  seed: 'Seed',
  play: 'Train',
  pause: 'Pause',
  step: '10 steps',
  restart: 'Restart',
  restartHint: 'Back to the initial weights (same seed) and step 0',
  figureTitle: 'Train them: remember the first symbol for T steps.',
  lossTitle: 'Cost during training',
  heatTitle: 'The error through time during training',
};
