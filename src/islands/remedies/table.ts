// The remedies data as one table (the "show data" view and the CSV/JSON downloads): one row per layer.
import type { Table } from '../kit';
import type { RemediesData } from '../../sims/remedies/model';
import type { RemediesStrings } from '../../i18n/remedies';

const fmt = (v: unknown) => (typeof v === 'number' ? v.toExponential(2) : String(v ?? ''));

/** Rows per layer: plain and remedied ‖Δ‖ (median, quartiles). */
export function remediesTable(data: RemediesData, t: RemediesStrings): Table {
  const byLayer = new Map<number, Record<string, unknown>>();
  for (const r of data.rows) {
    const row = byLayer.get(r.layer) ?? { layer: r.layer };
    row[`${r.series}Median`] = r.median;
    row[`${r.series}Q1`] = r.q1;
    row[`${r.series}Q3`] = r.q3;
    byLayer.set(r.layer, row);
  }
  const col = (key: string, label: string) => ({ key, label, format: fmt });
  return {
    columns: [
      { key: 'layer', label: t.xLabel },
      col('plainMedian', `${t.plain}: ${t.median}`), col('plainQ1', `${t.plain}: Q1`), col('plainQ3', `${t.plain}: Q3`),
      col('remediedMedian', `${t.remedied}: ${t.median}`), col('remediedQ1', `${t.remedied}: Q1`), col('remediedQ3', `${t.remedied}: Q3`),
    ],
    rows: [...byLayer.values()].sort((a, b) => (a.layer as number) - (b.layer as number)),
  };
}
