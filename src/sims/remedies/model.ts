// State → plain data for the remedies island: per-layer ‖Δ^(l)‖ (median and quartile band over
// SEEDS seeds) of the plain sigmoid network and of the remedied one, plus the numbers the caption quotes.
import { DEFAULT_NETWORK_CONFIG, seedRun, summarizeSeeds } from '../../engine/index';
import type { LayerDiagnostics, NetworkConfig, SeedSummary } from '../../engine/types';
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

/** The networks the island runs: the plain one, the remedied one (unless the same), and with a random
 *  trainable skip the same network with its skip at the identity (for the caption's comparison). */
function networks(state: RemediesState): NetworkConfig[] {
  const out = [plainConfig(state)];
  if (!isPlain(state)) out.push(remediedConfig(state));
  if (hasRandomSkip(state)) out.push(remediedConfig({ ...state, skipInit: 'identity' }));
  return out;
}

/** The chart rows and caption numbers from the per-network seed runs so far (same order as networks()). */
function assemble(state: RemediesState, runs: LayerDiagnostics[][][]): RemediesData {
  const summaries = runs.map((r) => summarizeSeeds(r));
  const plain = hiddenRows('plain', summaries[0], state.depth);
  const same = isPlain(state);
  const remedied = same
    ? plain.map((r) => ({ ...r, series: 'remedied' as const }))
    : hiddenRows('remedied', summaries[1], state.depth);
  const p = ratioFirstToLast(plain, state.depth);
  const r = ratioFirstToLast(remedied, state.depth);
  const identitySkipRatio = hasRandomSkip(state)
    ? ratioFirstToLast(hiddenRows('remedied', summaries[2], state.depth), state.depth).ratio
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

/**
 * The model in steps of one network pass. It yields null after a pass, and after the first round (every
 * network once, seed state.seed) the data over that seed; it returns the data over all `seeds` seeds. A worker
 * shows the first round at once and, between any two passes, can drop the rest when a newer request comes in
 * (kit/serve-latest.ts). Only ‖Δ‖ is drawn, so the passes skip the weight gradients.
 */
export function* remediesRounds(state: RemediesState, seeds = SEEDS): Generator<RemediesData | null, RemediesData> {
  const configs = networks(state);
  const runs: LayerDiagnostics[][][] = configs.map(() => []);
  const opts = { batch: BATCH, weightGrads: false };
  for (let k = 0; k < seeds; k++) {
    for (let i = 0; i < configs.length; i++) {
      runs[i].push(seedRun(configs[i], configs[i].seed + k, opts));
      const last = k === seeds - 1 && i === configs.length - 1;
      if (!last) yield k === 0 && i === configs.length - 1 ? assemble(state, runs) : null;
    }
  }
  return assemble(state, runs);
}

/** Runs both networks over `seeds` seeds (SEEDS) and returns the chart rows and the caption numbers. */
export function computeRemedies(state: RemediesState, seeds = SEEDS): RemediesData {
  const rounds = remediesRounds(state, seeds);
  for (;;) {
    const step = rounds.next();
    if (step.done) return step.value;
  }
}
