// The precision data as one table ("show data", CSV/JSON): one row per layer, exact and in the format.
import type { Table } from '../kit';
import type { PrecisionData } from '../../sims/precision/model';
import type { PrecisionStrings } from '../../i18n/precision';

const fmt = (v: unknown) => (typeof v === 'number' ? (Number.isFinite(v) ? v.toExponential(2) : String(v)) : String(v ?? ''));

/** Rows per layer (1 to L + 1): ‖Δ‖ in float64 and in the format, and the entries lost, subnormal or not finite. */
export function precisionTable(data: PrecisionData, t: PrecisionStrings): Table {
  const value = t.colValue.replace('el formato', data.state.format).replace('the format', data.state.format);
  return {
    columns: [
      { key: 'layer', label: t.colLayer },
      { key: 'exact', label: t.colExact, format: fmt },
      { key: 'value', label: value, format: fmt },
      { key: 'lost', label: t.colLost },
      { key: 'subnormal', label: t.colSubnormal },
      { key: 'nonFinite', label: t.colNonFinite },
    ],
    rows: data.rows.map((r) => ({ layer: r.layer, exact: r.exact, value: r.value, lost: r.lost, subnormal: r.subnormal, nonFinite: r.nonFinite })),
  };
}
