// What each of the memory island's charts draws, from a snapshot: the loss curves, each cell's heat map, the
// words on them. Shared by the island and the build-time figure (components/figures/MemoryFigure.astro).
import { CHANCE_LOSS, GRAD_LOG10_DOMAIN, LOSS_DOMAIN, MAX_STEPS } from '../../sims/memory/defaults';
import type { LearnerSnapshot, MemorySnapshot } from '../../sims/memory/model';
import type { MemoryFacts } from '../../sims/memory/caption';
import type { MemoryLossData } from '../../charts/memory-loss';
import type { MemoryHeatData } from '../../charts/memory-heat';
import type { MemoryLiveStrings as MemoryStrings } from '../../i18n/memory';

export function lossView(snap: MemorySnapshot): MemoryLossData {
  return {
    lines: snap.learners.map((l) => ({ cell: l.cell, loss: l.loss, stride: l.lossStride })),
    maxSteps: MAX_STEPS, chance: CHANCE_LOSS, domain: LOSS_DOMAIN,
  };
}

export function heatView(snap: MemorySnapshot, l: LearnerSnapshot): MemoryHeatData {
  return {
    cell: l.cell, seqLen: snap.state.seqLen, heat: l.heat, columns: l.heatColumns, stride: l.heatStride,
    maxSteps: MAX_STEPS, domain: GRAD_LOG10_DOMAIN,
  };
}

export const lossLabels = (t: MemoryStrings, f: MemoryFacts) => ({
  x: t.lossX, y: t.lossY, chance: t.chance, cells: t.cellNames, aria: `${t.lossAria(f)} ${t.caption(f)}`,
});
export const heatLabels = (t: MemoryStrings, f: MemoryFacts, cell: string) => ({
  // The maps sit side by side and share the training-step axis: only the first (the RNN's, on the left) names it.
  title: t.cellNames[cell] ?? cell, x: t.heatX, y: cell === 'rnn' ? t.heatY : '', aria: t.heatAria(cell, f),
});
export const legendLabels = (t: MemoryStrings) => ({ title: t.legendTitle, zero: t.zero });
