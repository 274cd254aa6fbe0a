// What bench:islands measures: the islands, the control moved in each, the budgets of issue 11.
import type { Locator } from '@playwright/test';

export const MOVES = 30;
export const QUIET_MS = 600;
/** A move lasts at least this long from its key press (the product band waits 120 ms, then runs in a worker). */
export const MIN_MOVE_MS = 1200;
export const IDLE_MS = 150;
export const TRAIN_MS = 10_000;
export const LONG_TASK_MS = 50;
export const DEPTH = 100;

export interface Island {
  id: string; page: string; query: string; what: string;
  /** The control moved: found inside figure#id. */
  control: (fig: Locator) => Locator;
  /** ms at full speed and at 4×, or null (a reference row). */
  budget: [number, number] | null;
}

const sigmaW = (fig: Locator) => fig.locator('label').filter({ hasText: /^\s*σ_?w/ }).locator('input[type=range]');
const depth = (fig: Locator) => fig.locator('label.depth input[type=range]');

export const ISLANDS: Island[] = [
  { id: 'product', page: 'en/problem/', query: `product.depth=${DEPTH}`, what: 'σ_w', control: sigmaW, budget: [16.7, 50] },
  { id: 'exploding', page: 'en/final-note/', query: `exploding.depth=${DEPTH}`, what: 'σ_w', control: sigmaW, budget: [16.7, 50] },
  { id: 'precision', page: 'en/further/', query: `precision.depth=${DEPTH}`, what: 'σ_w', control: sigmaW, budget: [16.7, 50] },
  { id: 'components', page: 'en/problem/', query: `components.depth=${DEPTH}`, what: 'depth', control: depth, budget: [16.7, 50] },
  // the model runs in the island's worker (5 seeds × 4 sequences through T steps): a worker island's budget
  { id: 'recurrent', page: 'en/further/', query: 'recurrent.seqLen=200', what: 'T', control: (fig) => fig.locator('input[id$="-seq-len"]'), budget: [33, 100] },
  { id: 'remedies', page: 'en/solutions/', query: `remedies.depth=${DEPTH}`, what: 'depth', control: depth, budget: [33, 100] },
  { id: 'activations', page: 'en/problem/', query: '', what: 'function menu', control: (fig) => fig.locator('select'), budget: null },
];
/** An island that trains in a worker: bench:islands presses its "train" on each link and counts main-thread long tasks. */
export interface TrainCase {
  id: string; page: string;
  links: { name: string; query: string }[];
  /** What shows the island ready to train: the train island draws its live chart on hydration; memory shows its
   *  build-time run (no live chart until "train"), and its figure says data-island-live once hydrated. */
  ready: string;
  /** Training ends by itself at this step (the run is measured until then or TRAIN_MS), or null. */
  maxSteps: number | null;
  /** An island whose live part loads on the first press: the selector that shows it drawn (its last chart). The
   *  tasks before it are counted apart, as the load (the train island's load is its hydration, not measured). */
  drawn: string | null;
}
/** The train island: the links the long-task figure is measured on (the default, a preset, the largest net). */
export const TRAIN: TrainCase = {
  id: 'train', page: 'en/solutions/', ready: 'figure#train .kit-chart .live svg', maxSteps: null, drawn: null,
  links: [
    { name: 'default deep sigmoid net', query: '' },
    { name: 'ReLU + batch norm', query: 'train.activation=relu&train.batchNorm=1' },
    { name: 'deepest, widest net', query: 'train.depth=40&train.width=48&train.activation=relu&train.batchNorm=1' },
  ],
};
/** The memory island (chapter "further"): the RNN and the GRU at T = 100 (the default), from the first press of
 *  "train" to the end of the run (MAX_STEPS, 1000) or TRAIN_MS; its live part, worker and charts load on that
 *  press, and the load (until the heat maps' key is drawn, the last of its charts) is counted apart. */
export const MEMORY: TrainCase = {
  id: 'memory', page: 'en/further/', ready: 'figure#memory[data-island-live=true]', maxSteps: 1000,
  drawn: 'figure#memory .memory-maps .legend svg',
  links: [{ name: 'RNN and GRU, T = 100 (default)', query: '' }],
};
export const TRAIN_CASES = [TRAIN, MEMORY];
export const ALL_IDS = [...ISLANDS.map((i) => i.id), ...TRAIN_CASES.map((c) => c.id)];
