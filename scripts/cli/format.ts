// Text and JSON renderings of the simulate CLI's results.
// JSON cannot hold Infinity or NaN: they are written as the strings "Infinity", "-Infinity" and "NaN".

import type { LayerDiagnostics } from '../../src/engine/index.ts';
import type { Band } from '../../src/engine/types.ts';
import type { LayerSummary, TrainPoint } from './run.ts';

/** Significant digits in the text table. */
const DIGITS = 3;

/** JSON.stringify replacer: non-finite numbers become strings so nothing silently turns into null. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

/** A number for the table: exponent form for tiny or huge values, fixed otherwise. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e4) return x.toPrecision(DIGITS);
  return x.toExponential(DIGITS - 1);
}

/** The eq. (4) float32 product with what happened to it spelled out. */
export function formatFloat32Product(d: Pick<LayerDiagnostics, 'float32Product' | 'underflow' | 'subnormal' | 'overflow'>): string {
  const v = formatNumber(d.float32Product);
  if (d.underflow) return `${v} (underflow)`;
  if (d.subnormal) return `${v} (subnormal)`;
  if (d.overflow) return `${v} (overflow)`;
  return v;
}

/** Right-aligns columns (the first column left-aligned) under a header and a rule. */
export function alignTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]) =>
    cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const HEADER = ['layer', '‖W‖', '‖∂J/∂W‖', '‖Δ‖ rms', 'mean g\'', 'log10 Π g\'', 'float32 Π g\''];

/** Layer label: its number, and "out" for the output layer. */
function layerLabel(layer: number, last: number): string {
  return layer === last ? `${layer} (out)` : String(layer);
}

/** The per-layer table of one run. */
export function diagnosticsTable(layers: LayerDiagnostics[]): string {
  const last = layers.length;
  return alignTable(HEADER, layers.map((d) => [
    layerLabel(d.layer, last), formatNumber(d.weightNorm), formatNumber(d.gradNorm), formatNumber(d.deltaRms),
    formatNumber(d.meanDerivative), formatNumber(d.log10Product),
    formatFloat32Product(d),
  ]));
}

/** "median [min, max]". */
function formatBand(b: Band): string {
  return `${formatNumber(b.median)} [${formatNumber(b.min)}, ${formatNumber(b.max)}]`;
}

/** The per-layer table over k seeds: median and [min, max]. */
export function summaryTable(layers: LayerSummary[]): string {
  const last = layers.length;
  return alignTable(HEADER, layers.map((s) => [
    layerLabel(s.layer, last), formatBand(s.bands.weightNorm), formatBand(s.bands.gradNorm),
    formatBand(s.bands.deltaRms), formatBand(s.bands.meanDerivative), formatBand(s.bands.log10Product),
    formatBand(s.bands.float32Product),
  ]));
}

/** The training log as an aligned table. */
export function trainingTable(points: TrainPoint[]): string {
  const withAccuracy = points.some((p) => p.accuracy !== undefined);
  const header = withAccuracy ? ['step', 'loss', 'accuracy'] : ['step', 'loss'];
  return alignTable(header, points.map((p) => {
    const row = [String(p.step), formatNumber(p.loss)];
    if (withAccuracy) row.push(p.accuracy === undefined ? '' : p.accuracy.toFixed(DIGITS));
    return row;
  }));
}
