// Text and JSON renderings of the simulate CLI's results.
// JSON cannot hold Infinity or NaN: they are written as the strings "Infinity", "-Infinity" and "NaN".

import type { FormatBackwardResult, LayerDiagnostics } from '../../src/engine/index.ts';
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

/** A loss scale as a reader wrote it: 2^k for powers of two, else the number. */
export function scaleLabel(S: number): string {
  const k = Math.log2(S);
  return Number.isInteger(k) ? `2^${k}` : String(S);
}

/** What happened to a layer's Δ in the format: all zeros, overflow, or how many entries underflowed or went subnormal. */
function formatNote(l: FormatBackwardResult['layers'][number]): string {
  if (l.nonFinite > 0) return `overflow (${l.nonFinite} of ${l.size} ±Infinity/NaN)`;
  if (l.allZero) return l.exactZeros === l.size ? 'all zero (also in float64)' : 'all zero (underflow)';
  const lost = l.zeros - l.exactZeros;
  const parts = [];
  if (!Number.isFinite(l.gradNorm)) parts.push('∂J/∂W overflows');
  if (lost > 0) parts.push(`${lost} of ${l.size} underflowed to 0`);
  if (l.subnormal > 0) parts.push(`${l.subnormal} subnormal`);
  return parts.join(', ');
}

/** The per-layer table of a float16/bfloat16 run: ‖Δ‖ and ‖∂J/∂W‖ exact (float64) and as the format holds them (÷ S). */
export function formatTable(r: FormatBackwardResult): string {
  const last = r.layers.length;
  const f = r.format;
  const header = ['layer', '‖Δ‖ float64', `‖Δ‖ ${f}`, '‖∂J/∂W‖ float64', `‖∂J/∂W‖ ${f}`, `in ${f}`];
  return alignTable(header, r.layers.map((l) => [
    layerLabel(l.layer, last), formatNumber(l.exactDeltaNorm), formatNumber(l.deltaNorm),
    formatNumber(l.exactGradNorm), formatNumber(l.gradNorm), formatNote(l),
  ]));
}

/** The lines under the table: the first all-zero layer going back, and overflow. */
export function formatSummary(r: FormatBackwardResult): string[] {
  const lines = [r.firstZeroLayer === null
    ? `no layer's gradient is all exact zeros in ${r.format}`
    : `first layer whose gradient is all exact zeros in ${r.format}: ${r.firstZeroLayer}${r.firstZeroLayer > 1 ? ` (and every layer below it)` : ''}`];
  if (r.overflow) {
    lines.push(`overflow: some gradients are ±Infinity or NaN in ${r.format} with loss scale ${scaleLabel(r.lossScale)}; ` +
      'a dynamic loss scaler would skip this step and halve the scale');
  }
  return lines;
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
