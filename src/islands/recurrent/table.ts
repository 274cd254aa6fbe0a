// The recurrent data as one table ("show data", CSV/JSON): one row per step t = T … 1.
import type { Table } from '../kit';
import type { RecurrentData } from '../../sims/recurrent/model';
import type { RecurrentStrings } from '../../i18n/recurrent';

const num = (v: unknown) => (typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(3) : String(v)) : '—');

/** Rows per step: log10 of the median gradient, its quartiles, the LSTM's cell path, the RNN's theory. */
export function recurrentTable(data: RecurrentData, t: RecurrentStrings): Table {
  const columns = [
    { key: 'step', label: t.colStep },
    { key: 'median', label: t.colMedian, format: num },
    { key: 'q1', label: t.colLow, format: num },
    { key: 'q3', label: t.colHigh, format: num },
  ];
  if (data.state.cell === 'lstm') columns.push({ key: 'cell', label: t.colCell, format: num });
  if (data.state.cell === 'rnn') columns.push({ key: 'theory', label: t.colTheory, format: num });
  return {
    columns,
    rows: data.steps.map((s) => ({ step: s.step, median: s.grad.median, q1: s.grad.q1, q3: s.grad.q3, cell: s.cell?.median, theory: s.theory })),
  };
}
