// State → plain data for the remedies island: per-layer ‖Δ^(l)‖ (median and quartile band over
// SEEDS seeds) of the plain sigmoid network and of the remedied one, plus the numbers the caption quotes.
import { DEFAULT_NETWORK_CONFIG, runSeeds } from '../../engine/index';
import type { NetworkConfig, SeedSummary } from '../../engine/types';
import {
  BATCH, PLAIN_ACTIVATION, PLAIN_INIT, RELU_ACTIVATION, RELU_INIT, SEEDS, SIGMA_B, SIGMA_W, WIDTH,
  hasRandomSkip, type RemediesState,
} from './defaults';

/** Which of the two networks a row belongs to. */
export type Series = 'plain' | 'remedied';

/** One hidden layer of one network: ‖Δ^(l)‖ median and quartiles over the seeds. */
export interface RemediesRow { series: Series; layer: number; median: number; q1: number; q3: number }

/** Caption numbers: ratio ‖Δ^(1)‖ / ‖Δ^(L)‖ of the medians (Infinity/0/NaN when float32 gave up). */
export interface RemediesSummary {
  depth: number;
  plainRatio: number;
  remediedRatio: number;
  /** Median ‖Δ‖ at layer 1 of each network. */
  plainFirst: number;
  remediedFirst: number;
  /** True when the remedied network equals the plain one (no toggle on). */
  same: boolean;
  /** With a random trainable skip: the same network's ratio with the skip at the identity (else null). */
  identitySkipRatio: number | null;
}

export interface RemediesData { rows: RemediesRow[]; summary: RemediesSummary; state: RemediesState }

/** The engine configuration of the plain baseline at this depth and seed. */
export function plainConfig(state: RemediesState): NetworkConfig {
  return {
    ...DEFAULT_NETWORK_CONFIG,
    depth: state.depth, width: WIDTH, activation: PLAIN_ACTIVATION, init: PLAIN_INIT,
    sigmaW: SIGMA_W, sigmaB: SIGMA_B, batchNorm: false, residual: 'none', skipInit: 'identity',
    seed: state.seed, dtype: 'float32',
  };
}

/** The engine configuration of the remedied network: the plain one with the reader's toggles. */
export function remediedConfig(state: RemediesState): NetworkConfig {
  return {
    ...plainConfig(state),
    activation: state.relu ? RELU_ACTIVATION : PLAIN_ACTIVATION,
    init: state.relu ? RELU_INIT : PLAIN_INIT,
    batchNorm: state.batchNorm,
    residual: state.residual,
    skipInit: state.skipInit,
  };
}

/** True when no remedy is on, so both networks are the same. */
export function isPlain(state: RemediesState): boolean {
  return !state.relu && !state.batchNorm && state.residual === 'none';
}

/** True when the skip matrix is trainable and drawn at random. */
function hiddenRows(series: Series, summaries: SeedSummary[], depth: number): RemediesRow[] {
  return summaries
    .filter((s) => s.layer >= 1 && s.layer <= depth)
    .map((s) => ({ series, layer: s.layer, median: s.deltaNorm.median, q1: s.deltaNorm.q1, q3: s.deltaNorm.q3 }));
}

function ratioFirstToLast(rows: RemediesRow[], depth: number): { ratio: number; first: number } {
  const first = rows.find((r) => r.layer === 1)?.median ?? Number.NaN;
  const last = rows.find((r) => r.layer === depth)?.median ?? Number.NaN;
  return { ratio: first / last, first };
}

/** Runs both networks over SEEDS seeds and returns the chart rows and the caption numbers. */
export function computeRemedies(state: RemediesState): RemediesData {
  const opts = { seeds: SEEDS, batch: BATCH, weightGrads: false };  // only ‖Δ‖ is drawn
  const plain = hiddenRows('plain', runSeeds(plainConfig(state), opts), state.depth);
  const same = isPlain(state);
  const remedied = same
    ? plain.map((r) => ({ ...r, series: 'remedied' as const }))
    : hiddenRows('remedied', runSeeds(remediedConfig(state), opts), state.depth);
  const p = ratioFirstToLast(plain, state.depth);
  const r = ratioFirstToLast(remedied, state.depth);
  const identitySkipRatio = hasRandomSkip(state)
    ? ratioFirstToLast(hiddenRows('remedied', runSeeds(remediedConfig({ ...state, skipInit: 'identity' }), opts), state.depth), state.depth).ratio
    : null;
  return {
    rows: [...plain, ...remedied],
    summary: {
      depth: state.depth, plainRatio: p.ratio, remediedRatio: r.ratio,
      plainFirst: p.first, remediedFirst: r.first, same, identitySkipRatio,
    },
    state,
  };
}
