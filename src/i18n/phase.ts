// Labels and caption sentences of the phase island (edge of chaos), Spanish first.
import type { PhaseFacts } from '../sims/phase/caption';

const SIDE_ES: Record<PhaseFacts['side'], string> = {
  ordered: 'fase ordenada: el error se desvanece hacia la entrada',
  critical: 'sobre la línea crítica',
  chaotic: 'fase caótica: el error explota hacia la entrada',
  pending: 'calculando',
};
const SIDE_EN: Record<PhaseFacts['side'], string> = {
  ordered: 'ordered phase: the error vanishes toward the input',
  critical: 'on the critical line',
  chaotic: 'chaotic phase: the error explodes toward the input',
  pending: 'computing',
};

const es = {
  title: 'Diagrama de fases',
  activation: 'Activación',
  view: 'Vista',
  viewNames: { theory: 'teoría (χ₁)', measured: 'medido', residual: 'medido − teoría' } as Record<string, string>,
  depth: 'Profundidad medida L',
  seed: 'Semilla',
  col: 'Cursor: columna σ_w²',
  row: 'Cursor: fila σ_b²',
  computing: 'midiendo…',
  figureTitle: 'Diagrama de fases del campo medio: χ₁ en el plano (σ_w², σ_b²), con la pendiente medida por capa encima.',
  xLabel: 'σ_w^2',
  yLabel: 'σ_b^2',
  chi: 'χ_1 (escala log)',
  residual: 'medido − ln χ_1, por capa',
  critical: 'χ_1 = 1',
  xi: 'ξ',
  gridHelp: 'Rejilla de puntos: las flechas mueven el cursor; Intro abre la figura del producto en ese punto.',
  open: (f: PhaseFacts) => `Abrir en la figura del producto: σ_w = ${f.sigmaW}, σ_b = ${f.sigmaB} →`,
  cursorTitle: 'En el cursor',
  cursor: (f: PhaseFacts) => `σ_w² = ${f.sw2}, σ_b² = ${f.sb2}`,
  chiRow: 'χ₁ (teoría)',
  xiRow: 'ξ = −1/ln χ₁ (capas)',
  slopeRow: 'pendiente medida de ln ‖Δ‖² por capa',
  lnChiRow: 'ln χ₁ (pendiente teórica)',
  residualRow: 'medido − teoría',
  progress: (f: PhaseFacts) => `${f.rowsMeasured} de ${f.rows} filas medidas`,
  colX: 'σ_w²', colY: 'σ_b²', colChi: 'χ₁', colXi: 'ξ', colSlope: 'pendiente medida', colResidual: 'medido − ln χ₁',
  chartLabel: (f: PhaseFacts) => `Diagrama de fases de ${f.activation}: χ₁ en una rejilla de 16 × 16 puntos, σ_w² de 0.25 a 4 y σ_b² de 0 a 0.75.`,
  caption: (f: PhaseFacts): string => {
    const p = [`${f.activation}.`];
    if (f.criticalAtZero) p.push(`Sin sesgo, el borde del caos (χ₁ = 1) está en σ_w² = ${f.criticalAtZero}.`);
    else if (!f.hasCritical) p.push('En esta ventana χ₁ < 1 en todos los puntos: no hay borde del caos, toda la red está en la fase ordenada.');
    if (f.side !== 'pending') p.push(`En el cursor (${f.sw2}, ${f.sb2}): χ₁ = ${f.chi}, ${SIDE_ES[f.side]}; ${f.xiRelation === '>' ? '|ξ| >' : 'ξ ='} ${f.xi} capas.`);
    if (f.slope) p.push(`Medido con ${f.depth} capas: ln ‖Δ‖² cambia ${f.slope} por capa; la teoría dice ${f.lnChi}.`);
    if (f.view !== 'theory') {
      p.push(f.done ? `Las ${f.measuredPoints} pendientes medidas se apartan de ln χ₁ en ${f.medianResidual} por capa (mediana).`
        : `Midiendo: ${f.rowsMeasured} de ${f.rows} filas.`);
    }
    return p.join(' ');
  },
};

const en: typeof es = {
  title: 'Phase diagram',
  activation: 'Activation',
  view: 'View',
  viewNames: { theory: 'theory (χ₁)', measured: 'measured', residual: 'measured − theory' },
  depth: 'Measured depth L',
  seed: 'Seed',
  col: 'Cursor: σ_w² column',
  row: 'Cursor: σ_b² row',
  computing: 'measuring…',
  figureTitle: 'Mean-field phase diagram: χ₁ over the (σ_w², σ_b²) plane, with the measured per-layer slope on top.',
  xLabel: 'σ_w^2',
  yLabel: 'σ_b^2',
  chi: 'χ_1 (log scale)',
  residual: 'measured − ln χ_1, per layer',
  critical: 'χ_1 = 1',
  xi: 'ξ',
  gridHelp: 'Grid of points: the arrow keys move the cursor; Enter opens the product figure at that point.',
  open: (f: PhaseFacts) => `Open in the product figure: σ_w = ${f.sigmaW}, σ_b = ${f.sigmaB} →`,
  cursorTitle: 'At the cursor',
  cursor: (f: PhaseFacts) => `σ_w² = ${f.sw2}, σ_b² = ${f.sb2}`,
  chiRow: 'χ₁ (theory)',
  xiRow: 'ξ = −1/ln χ₁ (layers)',
  slopeRow: 'measured slope of ln ‖Δ‖² per layer',
  lnChiRow: 'ln χ₁ (theory’s slope)',
  residualRow: 'measured − theory',
  progress: (f: PhaseFacts) => `${f.rowsMeasured} of ${f.rows} rows measured`,
  colX: 'σ_w²', colY: 'σ_b²', colChi: 'χ₁', colXi: 'ξ', colSlope: 'measured slope', colResidual: 'measured − ln χ₁',
  chartLabel: (f: PhaseFacts) => `Phase diagram of ${f.activation}: χ₁ on a 16 × 16 grid, σ_w² from 0.25 to 4 and σ_b² from 0 to 0.75.`,
  caption: (f: PhaseFacts): string => {
    const p = [`${f.activation}.`];
    if (f.criticalAtZero) p.push(`Without bias, the edge of chaos (χ₁ = 1) is at σ_w² = ${f.criticalAtZero}.`);
    else if (!f.hasCritical) p.push('In this window χ₁ < 1 everywhere: there is no edge of chaos, the whole plane is ordered.');
    if (f.side !== 'pending') p.push(`At the cursor (${f.sw2}, ${f.sb2}): χ₁ = ${f.chi}, ${SIDE_EN[f.side]}; ${f.xiRelation === '>' ? '|ξ| >' : 'ξ ='} ${f.xi} layers.`);
    if (f.slope) p.push(`Measured with ${f.depth} layers: ln ‖Δ‖² changes by ${f.slope} per layer; the theory says ${f.lnChi}.`);
    if (f.view !== 'theory') {
      p.push(f.done ? `The ${f.measuredPoints} measured slopes differ from ln χ₁ by ${f.medianResidual} per layer (median).`
        : `Measuring: ${f.rowsMeasured} of ${f.rows} rows.`);
    }
    return p.join(' ');
  },
};

/** Labels of the phase island per language. */
export const PHASE_I18N = { es, en };
export type PhaseStrings = typeof es;
