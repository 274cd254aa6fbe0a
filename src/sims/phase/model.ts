// State → plain data for the phase island. Theory (./theory.ts): χ₁ at every point of a 16 × 16 grid of the
// (σ_w², σ_b²) plane, the critical line χ₁ = 1 and contours of ξ = −1/ln χ₁ (./lines.ts). Measured (./measure.ts):
// the engine's per-layer slope of ln ‖Δ^(l)‖² at each point, whose theory value is ln χ₁, and the residual
// measured − ln χ₁. Both are made row by row in ./rounds.ts (build time, the worker); this file assembles what
// the page shows from them and imports no engine code, so the island's own chunk carries none.
import type { ActivationName } from '../../engine/types';
import {
  COLUMNS, PRODUCT_SIGMA_STEP, ROWS, XI_LEVELS, sb2At, sw2At, type PhaseState,
} from './defaults';
import { contourOnRow, type PlanePoint } from './lines';
import type { MeasureOptions } from './measure';

/** The theory of one activation; rows 0..rows−1 are done (chi null beyond). Index = row · COLUMNS + col. */
export interface PhaseTheory {
  activation: ActivationName;
  rows: number;
  chi: (number | null)[];
  /** σ_w² where χ₁ = 1, per row done (null: no crossing inside the grid). */
  critical: (number | null)[];
}

/** The measured slopes for one activation, depth and seed; rows 0..rows−1 are done. null: not yet, or no fit. */
export interface PhaseMeasured extends MeasureOptions {
  rows: number;
  slope: (number | null)[];
}

/** One grid point as the chart and the table show it. */
export interface PhaseCell {
  col: number; row: number; sw2: number; sb2: number;
  chi: number | null;
  /** ξ = −1/ln χ₁ (±Infinity on the critical line). */
  xi: number | null;
  slope: number | null;
  /** slope − ln χ₁. */
  residual: number | null;
}

/** A line across the plane: the critical line (xi = Infinity) or a ξ contour. */
export interface PhaseLine { xi: number; points: PlanePoint[] }

export interface PhaseData {
  state: PhaseState;
  theory: PhaseTheory;
  measured: PhaseMeasured;
  cells: PhaseCell[];
  lines: PhaseLine[];
}

export const cellIndex = (col: number, row: number): number => row * COLUMNS + col;

export function emptyTheory(activation: ActivationName): PhaseTheory {
  return { activation, rows: 0, chi: new Array<null>(ROWS * COLUMNS).fill(null), critical: [] };
}

export function emptyMeasured(o: MeasureOptions): PhaseMeasured {
  return { activation: o.activation, depth: o.depth, seed: o.seed, rows: 0, slope: new Array<null>(ROWS * COLUMNS).fill(null) };
}

/** What the measured grid of a state is (activation, depth, seed). */
export function measureOptions(s: PhaseState): MeasureOptions {
  return { activation: s.activation, depth: s.depth, seed: s.seed };
}

/** What the worker is asked: the measured grid of `measure`, and the theory too unless the page has it. */
export interface PhaseRequest { measure: MeasureOptions; theory: boolean }
export interface PhaseResult { theory: PhaseTheory | null; measured: PhaseMeasured }

/** The critical line and the ξ contours (both signs of each level) over the rows done. */
export function phaseLines(t: PhaseTheory): PhaseLine[] {
  const lines: PhaseLine[] = [{ xi: Infinity, points: [] }];
  for (let r = 0; r < t.rows; r++) {
    const sw2 = t.critical[r];
    if (sw2 !== null && sw2 !== undefined) lines[0].points.push({ sw2, sb2: sb2At(r) });
  }
  for (const level of XI_LEVELS) {
    for (const xi of [level, -level]) {
      const points: PlanePoint[] = [];
      for (let r = 0; r < t.rows; r++) {
        const row = t.chi.slice(r * COLUMNS, (r + 1) * COLUMNS).map((v) => v ?? NaN);
        const sw2 = contourOnRow(Float64Array.from(row), xi);
        if (sw2 !== null) points.push({ sw2, sb2: sb2At(r) });
      }
      lines.push({ xi, points });
    }
  }
  return lines.filter((l) => l.points.length > 0);
}

/** Everything the chart, caption and table need. */
export function phaseData(state: PhaseState, theory: PhaseTheory, measured: PhaseMeasured): PhaseData {
  const cells: PhaseCell[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const i = cellIndex(col, row);
      const chi = theory.chi[i];
      const slope = measured.slope[i];
      cells.push({
        col, row, sw2: sw2At(col), sb2: sb2At(row), chi, xi: chi === null ? null : -1 / Math.log(chi),
        slope, residual: chi === null || slope === null ? null : slope - Math.log(chi),
      });
    }
  }
  return { state, theory, measured, cells, lines: phaseLines(theory) };
}

/** A σ² of the grid as the product island's σ: √σ² on its 0.05 grid. */
export function productSigma(s2: number): number {
  return Number((Math.round(Math.sqrt(s2) / PRODUCT_SIGMA_STEP) * PRODUCT_SIGMA_STEP).toFixed(2));
}

/** The deep link into the product island at a grid point (σ_w = √σ_w², σ_b = √σ_b²); `page` is the problem
 *  chapter's address (i18n/paths url()). */
export function productLink(page: string, s: PhaseState, col: number, row: number): string {
  const q = new URLSearchParams();
  q.set('product.activation', s.activation);
  q.set('product.depth', String(s.depth));
  q.set('product.sigmaW', String(productSigma(sw2At(col))));
  q.set('product.sigmaB', String(productSigma(sb2At(row))));
  return `${page}?${q.toString()}#product`;
}
