// Text rendering of a recurrent run: a header line, the loss, ρ(W_hh) for the RNN, and the per-step table from t = T
// back to 1: ‖∂J/∂h_t‖ as the run holds it and its float64 log10, the LSTM's ‖∂J/∂c_t‖, and for the RNN the factor
// ρ · mean tanh′ with its running product as a float64 log10 and as the float32 value (equation (4) across time).
import type { RecurrentDiagnostics, StepDiagnostics } from '../../src/engine/index.ts';
import { alignTable, formatFloat32Product, formatNumber } from './format.ts';
import type { RecurrentCliConfig } from './recurrent-args.ts';

/** Up to this many steps, every row is printed; beyond, every k-th (always T and 1). */
export const MAX_ROWS = 40;

/** One line describing the run. */
export function describeRecurrent(c: RecurrentCliConfig): string {
  const init = c.recurrentInit === 'orthogonal'
    ? `W_hh orthogonal × ${c.recurrentScale}`
    : `PyTorch init${c.recurrentScale !== 1 ? `, W_hh × ${c.recurrentScale}` : ''}`;
  return [
    c.model, `T ${c.seqLen}`, `hidden ${c.hidden}`, init, ...(c.forgetBias !== null ? [`forget bias ${c.forgetBias}`] : []),
    `${c.task} × ${c.batch}`, c.loss, c.dtype, `seed ${c.seed}`,
  ].join(', ');
}

/** The steps shown: all of them up to MAX_ROWS, else T, T − k, T − 2k, … and 1. */
export function shownSteps(steps: StepDiagnostics[]): { rows: StepDiagnostics[]; stride: number } {
  if (steps.length <= MAX_ROWS) return { rows: steps, stride: 1 };
  const stride = Math.ceil(steps.length / (MAX_ROWS - 1));
  return { rows: steps.filter((_s, k) => k % stride === 0 || k === steps.length - 1), stride };
}

/** The per-step table, t = T down to 1. */
export function recurrentTable(d: RecurrentDiagnostics, cell: RecurrentCliConfig['model']): string {
  const header = ['t', '‖∂J/∂h_t‖', 'log10 ‖∂J/∂h_t‖'];
  if (cell === 'lstm') header.push('‖∂J/∂c_t‖');
  if (cell === 'rnn') header.push('mean tanh\'', 'ρ · mean tanh\'', 'log10 Π', 'float32 Π');
  const { rows } = shownSteps(d.steps);
  return alignTable(header, rows.map((s) => {
    const row = [String(s.step), formatNumber(s.gradNorm), formatNumber(s.log10GradNorm)];
    if (cell === 'lstm') row.push(formatNumber(s.cellGradNorm ?? NaN));
    if (s.theory) {
      row.push(formatNumber(s.theory.meanDerivative), formatNumber(s.theory.factor), formatNumber(s.theory.log10Product),
        formatFloat32Product(s.theory));
    }
    return row;
  }));
}

/** The lines above the table: ρ and what the RNN's columns mean, or the LSTM's cell state; and the row sampling. */
export function recurrentNotes(d: RecurrentDiagnostics, cell: RecurrentCliConfig['model']): string[] {
  const lines: string[] = [];
  const first = d.steps[d.steps.length - 1];
  const last = d.steps[0];
  lines.push(`‖∂J/∂h_1‖ / ‖∂J/∂h_T‖ = ${formatNumber(first.gradNorm / last.gradNorm)} (log10 ${formatNumber(first.log10GradNorm - last.log10GradNorm)})`);
  if (d.spectralRadius !== null) {
    lines.push(`ρ(W_hh) = ${formatNumber(d.spectralRadius)}: going back one step the error is multiplied by about ρ · mean tanh'; ` +
      'Π is that product from T back to t, the predicted ‖∂J/∂h_t‖ / ‖∂J/∂h_T‖ (float64 log10; float32 rounded after every multiply)');
  }
  if (cell === 'lstm') lines.push('‖∂J/∂c_t‖: the error on the cell state, multiplied by the forget gate f_t at each step back');
  const { stride } = shownSteps(d.steps);
  if (stride > 1) lines.push(`1 step in ${stride} shown (and t = 1); --json has all ${d.steps.length}`);
  return lines;
}
