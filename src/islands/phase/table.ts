// The phase data as one table ("show data", CSV/JSON): one row per grid point.
import type { Table } from '../kit';
import type { PhaseData } from '../../sims/phase/model';
import type { PhaseStrings } from '../../i18n/phase';

const num = (digits: number) => (v: unknown) => (typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(digits) : String(v)) : '—');

/** Rows per grid point: σ_w², σ_b², χ₁, ξ, the measured slope and measured − ln χ₁. */
export function phaseTable(data: PhaseData, t: PhaseStrings): Table {
  return {
    columns: [
      { key: 'sw2', label: t.colX, format: num(2) },
      { key: 'sb2', label: t.colY, format: num(2) },
      { key: 'chi', label: t.colChi, format: num(4) },
      { key: 'xi', label: t.colXi, format: num(2) },
      { key: 'slope', label: t.colSlope, format: num(4) },
      { key: 'residual', label: t.colResidual, format: num(4) },
    ],
    rows: data.cells.map((c) => ({ sw2: c.sw2, sb2: c.sb2, chi: c.chi, xi: c.xi, slope: c.slope, residual: c.residual })),
  };
}
