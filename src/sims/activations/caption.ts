// Sentences describing the figure's state (readout, chart aria-label, figcaption), from the model and the
// language's words. Pure, so the static figure, the live island and the tests say the same thing.
import type { ActivationsStrings } from '../../i18n/activations';
import type { ActivationsModel, ZInterval } from './model';
import { NEAR_ZERO_FRACTION, PLATEAU_TOLERANCE, Z_MAX, Z_MIN } from './defaults';

const PERCENT = 100;
const SIGNIFICANT = 3;

/** A number for prose: up to 3 significant digits, a true minus sign, no trailing zeros. */
export function fmt(x: number): string {
  if (x === 0) return '0';
  const s = String(Number(x.toPrecision(SIGNIFICANT)));
  return s.replace('-', '−');
}

/** Intervals as a union: "[−6, −4.38] ∪ [4.38, 6]". */
export function fmtIntervals(list: ZInterval[]): string {
  return list.map((r) => (r.z1 === r.z2 ? `{${fmt(r.z1)}}` : `[${fmt(r.z1)}, ${fmt(r.z2)}]`)).join(' ∪ ');
}

/** The near-zero fraction as a percentage ("5 %"). */
export function fractionText(): string {
  return `${fmt(NEAR_ZERO_FRACTION * PERCENT)} %`;
}

/** First letter upper-cased (names start sentences in captions). */
export function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/** True when g' reaches its peak at a single point (sigmoid, tanh) rather than along a plateau (ReLU). */
export function isolatedPeak(m: ActivationsModel): boolean {
  const i = m.samples.findIndex((s) => s.z === m.peak.z);
  const next = m.samples[i + 1];
  return m.peak.attained && next !== undefined && next.dg < m.peak.value - PLATEAU_TOLERANCE;
}

/** One or two sentences on the current activation: its peak derivative and where g' is nearly zero. */
export function readout(m: ActivationsModel, t: ActivationsStrings): string {
  const peak = !m.peak.attained
    ? `${t.sup} ${fmt(m.peak.value)} ${t.supTail}.`
    : isolatedPeak(m) ? `${t.peak} ${fmt(m.peak.value)}, ${t.peakAt} ${fmt(m.peak.z)}.` : `${t.peak} ${fmt(m.peak.value)}.`;
  const flat = m.flat.length > 0 ? `${t.flat} ${fmt(m.threshold)}${t.flatTail} z ∈ ${fmtIntervals(m.flat)}.` : t.noFlat;
  return `${peak} ${flat}`;
}

/** The chart's accessible name: what is drawn, then the readout. */
export function chartLabel(m: ActivationsModel, t: ActivationsStrings): string {
  return `${t.chartLabel} ${t.names[m.name]}, ${t.rangeWord} ${fmt(Z_MIN)} ${t.to} ${fmt(Z_MAX)}. ${readout(m, t)}`;
}

/** The figure's caption for the current state: what the panels show, where g' is flat, the readout. */
export function caption(m: ActivationsModel, t: ActivationsStrings): string {
  const name = t.names[m.name];
  return `${capitalise(name)}: ${t.panels} ${t.shaded} ${fractionText()} ${t.shadedTail} ${readout(m, t)}`;
}
