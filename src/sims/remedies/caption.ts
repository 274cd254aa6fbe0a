// Which sentences the remedies caption says, and with which numbers, decided from the model output.
// The wording lives in src/i18n/remedies.ts; this file only decides and formats.
import type { RemediesData } from './model';
import { formatRatio } from '../format';
import { SEEDS, hasRandomSkip } from './defaults';

/** Facts the caption states: ratios ‖Δ^(1)‖/‖Δ^(L)‖ and the honesty notes that apply. */
export interface RemediesFacts {
  depth: number;
  plainRatio: string;
  remediedRatio: string;
  /** Batch norm without skip links, and ‖Δ‖ grows toward the input (Yang et al. 2019). */
  bnGrows: boolean;
  /** Layer-1 ‖Δ‖ over layer-L ‖Δ‖ as "N×" when bnGrows. */
  growth: string;
  /** A trainable skip matrix drawn at random: no identity "+1". */
  randomSkip: boolean;
  /** The same network's ratio with the skip matrix at the identity ('' unless randomSkip). */
  identityRatio: string;
  /** Seeds behind each median. */
  seeds: number;
  /** Remedied network: ‖Δ^(1)‖/‖Δ^(L)‖ below 1/10 (vanishes), above 10 (grows), else flat. */
  trend: 'vanishes' | 'flat' | 'grows';
  /** ‖Δ^(1)‖ is exactly 0 in float32 (underflow) in the plain / remedied network. */
  plainZero: boolean;
  remediedZero: boolean;
  same: boolean;
}

/** Ratio above which the remedied network counts as "grows toward the input". */
export const GROWTH_THRESHOLD = 1;
/** One order of magnitude: below 1/10 the gradient "vanishes", above 10 it "grows", between it is "flat". */
export const VANISH_THRESHOLD = 0.1;
export const GROW_THRESHOLD = 10;
/** The facts of the current state. */
export function remediesFacts(data: RemediesData): RemediesFacts {
  const { summary, state } = data;
  const r = summary.remediedRatio;
  return {
    depth: summary.depth,
    plainRatio: formatRatio(summary.plainRatio),
    remediedRatio: formatRatio(r),
    bnGrows: state.batchNorm && state.residual === 'none' && r > GROWTH_THRESHOLD,
    growth: formatRatio(r),
    randomSkip: hasRandomSkip(state),
    identityRatio: summary.identitySkipRatio === null ? '' : formatRatio(summary.identitySkipRatio),
    seeds: SEEDS,
    trend: r < VANISH_THRESHOLD || r === 0 ? 'vanishes' : r > GROW_THRESHOLD ? 'grows' : 'flat',
    plainZero: summary.plainFirst === 0,
    remediedZero: summary.remediedFirst === 0,
    same: summary.same,
  };
}
