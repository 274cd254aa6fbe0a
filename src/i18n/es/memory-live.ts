// memory: the Spanish words of the live charts and the caption (loaded with them, on the first run; src/i18n/memory.ts
// has both languages and the types).
import type { MemoryFacts } from '../../sims/memory/caption';
import { powerOfTenLabel } from '../../sims/format';

const CELL: Record<string, string> = { rnn: 'RNN (tanh)', gru: 'GRU', lstm: 'LSTM' };
const num = (n: number | null) => (n === null ? '—' : n.toFixed(3));
const pct = (n: number | null) => (n === null ? '—' : `${n} %`);

export const live = {
  cellNames: CELL,
  stepCount: 'Paso',
  loss: 'Costo',
  accuracy: 'Exactitud',
  speed: 'pasos/s',
  announcePlaying: 'Entrenando. Los números se leen al pausar.',
  announcePaused: (f: MemoryFacts) => `En pausa en el paso ${f.step}: ${f.cells.map((x) => `${CELL[x.cell]}, costo ${num(x.loss)} y exactitud ${pct(x.accuracy)}`).join('; ')}.`,
  noWorker: 'Este navegador no puede entrenar en segundo plano (sin Web Workers).',
  builtNote: 'Esta corrida se calculó al construir la página; «Entrenar» la repite en tu navegador.',
  lossX: 'paso de entrenamiento',
  lossY: 'costo (entropía cruzada)',
  chance: 'azar: ln 4',
  heatX: 'paso t',
  heatY: 'paso de entrenamiento',
  legendTitle: '‖∂J/∂h_t‖',
  zero: 'float32: 0',
  colStep: 'paso de entrenamiento',
  colLoss: (cell: string) => `costo ${CELL[cell]}`,
  colAccuracy: (cell: string) => `exactitud ${CELL[cell]}`,
  lossAria: (f: MemoryFacts) => `Costo de la RNN y de la GRU en cada paso de entrenamiento, hasta el paso ${f.step}, con el azar (ln 4) como referencia.`,
  heatAria: (cell: string, f: MemoryFacts) => `Mapa de calor de ${CELL[cell]}: log10 ‖∂J/∂h_t‖ para cada paso t de 1 a ${f.seqLen} (horizontal) y cada paso de entrenamiento hasta el ${f.step} (vertical, hacia abajo), un color por década; gris donde float32 guarda un 0 exacto.`,
  caption: (f: MemoryFacts): string => {
    const p = [`Una RNN (tanh) y una GRU de 8 unidades aprenden, con los mismos lotes, a recordar cuál de 4 símbolos vino en el primer paso, tras T − 1 = ${f.seqLen - 1} distractores (semilla ${f.seed}).`];
    if (f.step === 0) { p.push('Pulsa «Entrenar».'); return p.join(' '); }
    p.push(`Paso ${f.step}.`);
    for (const c of f.cells) {
      const where = c.solvedAt !== null ? `lo aprendió en el paso ${c.solvedAt}` : 'aún no lo aprende';
      const reach = c.reach === null ? '' : c.reach === -Infinity ? '; en t = 1 su error es un 0 exacto de float32'
        : c.reach === 0 ? '; en t = 1 su error es del orden del de t = T' : `; en t = 1 su error es ${powerOfTenLabel(c.reach)} veces el de t = T`;
      p.push(`${CELL[c.cell]}: costo ${num(c.loss)}, exactitud ${pct(c.accuracy)}, ${where}${reach}.`);
    }
    return p.join(' ');
  },
};
