// Which sentences the phase caption says, with which numbers, decided from the model output.
// Wording lives in src/i18n/phase.ts.
import { COLUMNS, ROWS, sb2At, sw2At } from './defaults';
import { cellIndex, productSigma, type PhaseData } from './model';

/** |ln χ₁| below this counts as the critical line ('≈'). */
export const CRITICAL_BAND = 0.02;
const CHI_DIGITS = 2;
const SLOPE_DIGITS = 3;
const XI_DIGITS = 1;
/** |ξ| above this is written as '> XI_CAP' (on and next to the critical line). */
export const XI_CAP = 1000;

export interface PhaseFacts {
  activation: string;
  view: 'theory' | 'measured' | 'residual';
  depth: number;
  /** The cursor's grid point, its σ_w², σ_b², and the σ_w, σ_b the product island opens at. */
  sw2: string; sb2: string; sigmaW: string; sigmaB: string;
  chi: string;
  side: 'ordered' | 'critical' | 'chaotic' | 'pending';
  /** |ξ| as a number, or XI_CAP when beyond it ('>' then). */
  xi: string;
  xiRelation: '=' | '>';
  /** Measured slope and ln χ₁ at the cursor ('' while not measured). */
  slope: string; lnChi: string; residual: string;
  /** Rows measured out of ROWS, and whether the whole grid is done. */
  rowsMeasured: number; rows: number; done: boolean;
  /** Median |measured − ln χ₁| over the measured points (''), and their count. */
  medianResidual: string; measuredPoints: number;
  /** σ_w² of the critical line at σ_b² = 0 ('' when there is none in the grid). */
  criticalAtZero: string;
  /** The grid has a critical line at all. */
  hasCritical: boolean;
}

const fix = (x: number, d: number) => String(Number(x.toFixed(d)));
/** x to d decimals, with a minus sign (U+2212) when negative and never a '−0.000'. */
const signed = (x: number, d: number) => { const s = Math.abs(x).toFixed(d); return x < 0 && Number(s) !== 0 ? `−${s}` : s; };

/** The facts of the current state. */
export function phaseFacts(data: PhaseData): PhaseFacts {
  const { state: s, theory, measured } = data;
  const i = cellIndex(s.col, s.row);
  const chi = theory.chi[i];
  const slope = measured.slope[i];
  const ln = chi === null ? NaN : Math.log(chi);
  const xi = -1 / ln;
  const residuals = data.cells.filter((c) => c.residual !== null).map((c) => Math.abs(c.residual as number)).sort((a, b) => a - b);
  const mid = residuals.length === 0 ? NaN : residuals.length % 2 === 1 ? residuals[(residuals.length - 1) / 2]
    : 0.5 * (residuals[residuals.length / 2 - 1] + residuals[residuals.length / 2]);
  const zero = theory.rows > 0 ? theory.critical[0] : null;
  return {
    activation: s.activation,
    view: s.view,
    depth: s.depth,
    sw2: fix(sw2At(s.col), 2), sb2: fix(sb2At(s.row), 2),
    sigmaW: productSigma(sw2At(s.col)).toFixed(2), sigmaB: productSigma(sb2At(s.row)).toFixed(2),
    chi: chi === null ? '' : chi.toFixed(CHI_DIGITS),
    side: chi === null ? 'pending' : Math.abs(ln) < CRITICAL_BAND ? 'critical' : ln < 0 ? 'ordered' : 'chaotic',
    xi: chi === null ? '' : Math.abs(xi) > XI_CAP ? String(XI_CAP) : signed(xi, XI_DIGITS),
    xiRelation: Math.abs(xi) > XI_CAP ? '>' : '=',
    slope: slope === null ? '' : signed(slope, SLOPE_DIGITS),
    lnChi: chi === null ? '' : signed(ln, SLOPE_DIGITS),
    residual: slope === null || chi === null ? '' : signed(slope - ln, SLOPE_DIGITS),
    rowsMeasured: measured.rows, rows: ROWS, done: measured.rows === ROWS,
    medianResidual: Number.isNaN(mid) ? '' : signed(mid, SLOPE_DIGITS), measuredPoints: residuals.length,
    criticalAtZero: zero === null || zero === undefined ? '' : fix(zero, 2),
    hasCritical: theory.critical.some((c) => c !== null),
  };
}

/** Grid size, for the words. */
export const GRID = { columns: COLUMNS, rows: ROWS };
