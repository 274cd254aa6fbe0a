// The memory data as one table ("show data", CSV/JSON): a row per loss column, each cell's mean cost and accuracy.
import type { Column, Table } from '../kit';
import type { MemorySnapshot } from '../../sims/memory/model';
import type { MemoryLiveStrings as MemoryStrings } from '../../i18n/memory';
import { num } from './num';

/** Rows per history column (the step at its end), columns per cell (each but the step formatted by `num`). */
export function memoryTable(snap: MemorySnapshot | null, t: MemoryStrings): Table {
  const learners = snap?.learners ?? [];
  const columns: Column[] = [{ key: 'step', label: t.colStep }];
  for (const l of learners) {
    columns.push({ key: `${l.cell}Loss`, label: t.colLoss(l.cell), format: num });
    columns.push({ key: `${l.cell}Accuracy`, label: t.colAccuracy(l.cell), format: num });
  }
  const first = learners[0];
  const rows = first ? Array.from(first.loss, (_, c) => {
    const row: Record<string, number> = { step: (c + 1) * first.lossStride };
    for (const l of learners) { row[`${l.cell}Loss`] = l.loss[c]; row[`${l.cell}Accuracy`] = l.accuracy[c]; }
    return row;
  }) : [];
  return { columns, rows };
}
