// Which sentences the recurrent caption says, with which numbers, decided from the model output.
// Wording lives in the island's i18n files.
import type { CellName, RecurrentInit } from '../../engine/recurrent/types';
import { powerOfTenLabel } from '../format';
import type { RecurrentData } from './model';

export interface RecurrentFacts {
  cell: CellName;
  seqLen: number;
  hidden: number;
  init: RecurrentInit;
  scale: string;
  /** LSTM only. */
  forgetBias: string | null;
  /** RNN: median ρ(W_hh) and the theory's mean per-step factor, two decimals. */
  rho: string | null;
  factor: string | null;
  /** Median ‖∂J/∂h_t‖ at t = T and at t = 1 as powers of ten ('0' where float32 holds exact zeros). */
  top: string;
  first: string;
  /** Decades from t = T down to the last step whose median is not 0 (rounded). */
  decades: number;
  /** The step from which down to 1 the median float32 gradient is 0 (null: none). */
  zeroFrom: number | null;
  /** LSTM: median ‖∂J/∂c_1‖ as a power of ten. */
  cellFirst: string | null;
}

const DIGITS = 2;
const num = (x: number) => String(Number(x.toFixed(DIGITS)));
const power = (log10: number) => (log10 === -Infinity ? '0' : powerOfTenLabel(Math.round(log10)));

/** The facts of the current state. */
export function recurrentFacts(data: RecurrentData): RecurrentFacts {
  const { state, steps } = data;
  const top = steps[0].grad.median;
  const last = steps[steps.length - 1];
  const finite = steps.filter((s) => Number.isFinite(s.grad.median));
  const low = finite[finite.length - 1]?.grad.median ?? top;
  return {
    cell: state.cell,
    seqLen: state.seqLen,
    hidden: state.hidden,
    init: state.init,
    scale: num(state.scale),
    forgetBias: state.cell === 'lstm' ? num(state.forgetBias) : null,
    rho: data.spectralRadius ? num(data.spectralRadius.median) : null,
    factor: data.meanFactor === null ? null : num(data.meanFactor),
    top: power(top),
    first: power(last.grad.median),
    decades: Math.round(top - low),
    zeroFrom: data.zeroFrom,
    cellFirst: last.cell ? power(last.cell.median) : null,
  };
}
