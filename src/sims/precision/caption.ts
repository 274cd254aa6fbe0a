// Which sentences the precision caption says, with which numbers, decided from the model output.
// Wording lives in src/i18n/precision.ts.
import { FORMAT_INFO, type NumberFormat } from '../../engine/index';
import { formatRatio, superscript } from '../format';
import type { PrecisionData, WalkStep } from './model';

export interface PrecisionFacts {
  depth: number;
  activation: string;
  init: string;
  sigmaW: string;
  format: NumberFormat;
  /** k of S = 2^k. */
  k: number;
  /** S = 2^k as text (2¹⁶). */
  S: string;
  /** ‖Δ‖ at the output layer and at layer 1 in float64, and the decades between them. */
  exactTop: string;
  exactFirst: string;
  decades: number;
  /** The format's limits, as a reader reads them. */
  maxFinite: string;
  minNormal: string;
  minSubnormal: string;
  significandBits: number;
  /** The first all-zero layer, with this S and with S = 1 (null: none). */
  firstZero: number | null;
  firstZeroUnscaled: number | null;
  /** Layers with some entries lost to underflow, but not all. */
  partlyLost: number;
  overflow: boolean;
  /** How many layers overflow, and the one nearest the output (where it starts). */
  overflowLayers: number;
  overflowFrom: number | null;
  /** 0.25^L is 0 in this format from this L on. */
  quarterZero: number;
}

const SIGMA_DIGITS = 2;

/** A power of two as a reader writes it: 2^-24 → '2⁻²⁴', 65504 stays a number. */
function limit(x: number): string {
  const e = Math.log2(x);
  return Number.isInteger(e) ? `2${superscript(e)}` : formatRatio(x);
}

/** The facts of the current state. */
export function precisionFacts(data: PrecisionData): PrecisionFacts {
  const { state, rows } = data;
  const top = rows[rows.length - 1];
  const first = rows[0];
  const info = FORMAT_INFO[state.format];
  return {
    depth: state.depth,
    activation: state.activation,
    init: state.init,
    sigmaW: String(Number(state.sigmaW.toFixed(SIGMA_DIGITS))),
    format: state.format,
    k: state.scale,
    S: scaleText(state.scale),
    exactTop: formatRatio(top.exact),
    exactFirst: formatRatio(first.exact),
    decades: Math.round(Math.log10(top.exact / first.exact)),
    maxFinite: state.format === 'float16' ? '65504' : formatRatio(info.maxFinite),
    minNormal: limit(info.minNormal),
    minSubnormal: limit(info.minSubnormal),
    significandBits: info.significandBits,
    firstZero: data.firstZeroLayer,
    firstZeroUnscaled: data.firstZeroLayerUnscaled,
    partlyLost: data.partlyLost,
    overflow: data.overflow,
    overflowLayers: data.overflowLayers.length,
    overflowFrom: data.overflowLayers[0] ?? null,
    quarterZero: data.quarterPowerZero,
  };
}

/** S = 2^k as text. */
export function scaleText(k: number): string {
  return `2${superscript(k)}`;
}

/** The walk's step as facts for its sentence. */
export interface WalkFacts { step: number; steps: number; S: string; next: string; event: WalkStep['event']; clean: number; firstZero: number | null }

export function walkFacts(walk: readonly WalkStep[], index: number): WalkFacts {
  const s = walk[index];
  return { step: s.step, steps: walk.length, S: scaleText(s.k), next: scaleText(s.nextK), event: s.event, clean: s.cleanSteps, firstZero: s.firstZeroLayer };
}
