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

const sigmaW = (fig: Locator) => fig.locator('label').filter({ hasText: /^\s*σw/ }).locator('input[type=range]');
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
/** The train island: the links the long-task figure is measured on (the default, a preset, the largest net). */
export const TRAIN = {
  id: 'train', page: 'en/solutions/',
  links: [
    { name: 'default deep sigmoid net', query: '' },
    { name: 'ReLU + batch norm', query: 'train.activation=relu&train.batchNorm=1' },
    { name: 'deepest, widest net', query: 'train.depth=40&train.width=48&train.activation=relu&train.batchNorm=1' },
  ],
};
export const ALL_IDS = [...ISLANDS.map((i) => i.id), TRAIN.id];
