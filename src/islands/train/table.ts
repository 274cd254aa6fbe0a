// The "show data" table and CSV/JSON download of the train island: one row per history column.
import type { Table } from '../kit';
import type { TrainSnapshot } from '../../sims/train/model';
import type { TrainStrings } from '../../i18n/train';

const DECIMALS = 4;
const fmt = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(DECIMALS) : '');

/** Rows: step, mean loss, log10 ‖∂J/∂W‖ of every layer (1 … L, then the output layer). */
export function trainTable(snap: TrainSnapshot | null, t: TrainStrings): Table {
  const layers = snap?.layers ?? 0;
  const columns = [
    { key: 'step', label: t.tableStep },
    { key: 'loss', label: t.tableLoss, format: fmt },
    ...Array.from({ length: layers }, (_, r) => ({ key: `g${r + 1}`, label: t.tableLayer(r + 1, r === layers - 1), format: fmt })),
  ];
  const rows: Record<string, unknown>[] = [];
  if (snap) {
    for (let c = 0; c < snap.columns; c++) {
      const row: Record<string, unknown> = { step: (c + 1) * snap.stride, loss: snap.lossHistory[c] };
      for (let r = 0; r < layers; r++) row[`g${r + 1}`] = snap.gradHistory[r * snap.columns + c];
      rows.push(row);
    }
  }
  return { columns, rows };
}
