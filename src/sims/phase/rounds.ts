// The phase diagram's work, row by row (run at build time and in the island's worker, never on the page's main
// thread): χ₁ and the critical line of one more row (./theory.ts), the measured slopes of one more row
// (./measure.ts), and the rounds a request is cut into.
import { COLUMNS, ROWS, sb2At } from './defaults';
import { criticalOnRow, theoryRow } from './theory';
import { measureRow, type MeasureOptions } from './measure';
import {
  cellIndex, emptyMeasured, emptyTheory, type PhaseMeasured, type PhaseRequest, type PhaseResult, type PhaseTheory,
} from './model';
import type { ActivationName } from '../../engine/types';

/** The theory with one more row. */
export function addTheoryRow(t: PhaseTheory): PhaseTheory {
  const r = t.rows;
  const sb2 = sb2At(r);
  const chi = theoryRow(t.activation, sb2);
  const next = { ...t, rows: r + 1, chi: t.chi.slice(), critical: [...t.critical, criticalOnRow(t.activation, sb2, chi)] };
  for (let c = 0; c < COLUMNS; c++) next.chi[cellIndex(c, r)] = chi[c];
  return next;
}

/** The measured grid with one more row. */
export function addMeasuredRow(m: PhaseMeasured): PhaseMeasured {
  const r = m.rows;
  const slope = measureRow(m, sb2At(r));
  const next = { ...m, rows: r + 1, slope: m.slope.slice() };
  for (let c = 0; c < COLUMNS; c++) next.slope[cellIndex(c, r)] = Number.isFinite(slope[c]) ? slope[c] : null;
  return next;
}

/** The whole theory of an activation (build time, tests). */
export function computeTheory(activation: ActivationName): PhaseTheory {
  let t = emptyTheory(activation);
  while (t.rows < ROWS) t = addTheoryRow(t);
  return t;
}

/** The whole measured grid (tests, the Node timing). */
export function computeMeasured(o: MeasureOptions): PhaseMeasured {
  let m = emptyMeasured(o);
  while (m.rows < ROWS) m = addMeasuredRow(m);
  return m;
}

/**
 * The work of a request in rounds of one row: first the theory's rows (if asked; yielded whole, once, so the page
 * redraws once for it: `null` between its rows), then the measured rows, each yielded as it is done.
 */
export function* phaseRounds(req: PhaseRequest): Generator<PhaseResult | null, PhaseResult> {
  let theory = req.theory ? emptyTheory(req.measure.activation) : null;
  let measured = emptyMeasured(req.measure);
  while (theory && theory.rows < ROWS) {
    theory = addTheoryRow(theory);
    yield theory.rows < ROWS ? null : { theory, measured };
  }
  while (measured.rows < ROWS - 1) {
    measured = addMeasuredRow(measured);
    yield { theory, measured };
  }
  return { theory, measured: addMeasuredRow(measured) };
}
