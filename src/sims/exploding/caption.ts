// Which sentences the exploding caption says, with which numbers, decided from the model output.
// Wording lives in src/i18n/exploding.ts.
import { formatRatio } from '../format';
import type { ExplodingData, Float32Status } from './model';

export interface ExplodingFacts {
  depth: number;
  activation: string;
  init: string;
  sigmaW: string;
  /** ‖Δ^(1)‖/‖Δ^(L)‖, ‖Δ^(1)‖ itself, mean gain per layer, mean-field χ₁. */
  ratio: string;
  deltaFirst: string;
  gain: string;
  chi1: string;
  /** χ₁ against 1 (within ±CHI_BAND counts as critical, '≈'). */
  chiSide: '>' | '<' | '≈';
  trend: 'grows' | 'flat' | 'vanishes';
  status: Float32Status;
  /** Hidden layers whose ‖Δ‖ float32 could not hold (∞ or NaN). */
  brokenLayers: number;
  /** Where the forward pass broke (a layer number, 'output', or null): then Δ's ∞/NaN is its consequence. */
  forwardOverflow: number | 'output' | null;
  /** Equation (5) at layer 1 in float32, and whether it is below 1 while ‖Δ‖ grows. */
  product: string;
  productBelowOne: boolean;
  clipOn: boolean;
  clip: string;
  rawNorm: string;
  clippedNorm: string;
  cosine: string;
  clipSkipped: boolean;
  /** Layer 1's weight-gradient norm over layer L's, after clipping (the same as before: the shape is kept). */
  clippedShape: string;
}

const GROW = 10;
const VANISH = 0.1;
const COS_DIGITS = 4;
const CHI_DIGITS = 2;
const GAIN_DIGITS = 3;
/** |χ₁ − 1| below this counts as the critical value 1. */
export const CHI_BAND = 0.05;

/** The facts of the current state. */
export function explodingFacts(data: ExplodingData): ExplodingFacts {
  const { summary: s, state, rows } = data;
  const L = s.depth;
  const last = rows[L - 1];
  const first = rows[0];
  const shape = first.gradClipped !== null && last.gradClipped !== null ? first.gradClipped / last.gradClipped : NaN;
  return {
    depth: L,
    activation: state.activation,
    init: state.init,
    sigmaW: String(Number(s.sigmaW.toFixed(CHI_DIGITS))),
    ratio: formatRatio(s.ratio),
    deltaFirst: formatRatio(s.deltaFirst),
    gain: Number.isFinite(s.gainPerLayer) ? s.gainPerLayer.toFixed(GAIN_DIGITS) : formatRatio(s.gainPerLayer),
    chi1: Number.isFinite(s.chi1) ? s.chi1.toFixed(CHI_DIGITS) : 'NaN',
    chiSide: s.chi1 > 1 + CHI_BAND ? '>' : s.chi1 < 1 - CHI_BAND ? '<' : '≈',
    trend: !(s.ratio <= GROW) ? 'grows' : s.ratio < VANISH ? 'vanishes' : 'flat',
    status: s.status,
    brokenLayers: rows.filter((r) => !Number.isFinite(r.delta)).length,
    forwardOverflow: s.forwardOverflowLayer === null ? null : s.forwardOverflowLayer > L ? 'output' : s.forwardOverflowLayer,
    product: formatRatio(s.product32),
    productBelowOne: s.product32 < 1,
    clipOn: state.clip > 0,
    clip: String(state.clip),
    rawNorm: formatRatio(s.rawNorm),
    clippedNorm: s.clippedNorm === null ? '' : formatRatio(s.clippedNorm),
    cosine: s.cosine === null ? '' : s.cosine.toFixed(COS_DIGITS),
    clipSkipped: s.clipSkipped,
    clippedShape: formatRatio(shape),
  };
}
