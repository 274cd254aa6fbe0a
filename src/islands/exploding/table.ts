// The exploding data as one table ("show data", CSV/JSON): one row per layer.
import type { Table } from '../kit';
import type { ExplodingData } from '../../sims/exploding/model';
import type { ExplodingStrings } from '../../i18n/exploding';

const fmt = (v: unknown) => (typeof v === 'number' ? v.toExponential(2) : v === null ? '—' : String(v ?? ''));

/** Rows per layer: ‖Δ‖, raw and clipped ‖∂J/∂W‖. */
export function explodingTable(data: ExplodingData, t: ExplodingStrings): Table {
  return {
    columns: [
      { key: 'layer', label: t.xLabel },
      { key: 'delta', label: t.delta, format: fmt },
      { key: 'gradRaw', label: t.gradRaw, format: fmt },
      { key: 'gradClipped', label: t.gradClipped, format: fmt },
    ],
    rows: data.rows.map((r) => ({ ...r })),
  };
}
