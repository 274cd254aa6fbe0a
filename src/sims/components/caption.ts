// The caption's numbers, formatted from the model's headline (so text and figure never disagree).
import type { CaptionParts, ComponentsStrings } from '../../i18n/components';
import type { ComponentsData } from './model';

/** Below this many orders of magnitude the two medians are called "about the same size". */
export const SAME_SIZE_ORDERS = 0.3;

const SUP: Record<string, string> = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** 2.5 × 10⁶ for 2.5e6; plain 2 significant digits between 0.01 and 1000. */
export function scientific(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const ax = Math.abs(x);
  if (ax >= 0.01 && ax < 1000) return String(Number(x.toPrecision(2)));
  const e = Math.floor(Math.log10(ax));
  let m = Number((x / 10 ** e).toFixed(1));
  let exp = e;
  if (Math.abs(m) >= 10) { m /= 10; exp += 1; }
  const sup = String(exp).split('').map((c) => SUP[c] ?? c).join('');
  return `${m} × 10${sup}`;
}

/** The caption's parts for a model result; names are translated by the caller's dictionaries. */
export function captionParts(data: ComponentsData, names: { activation: string; init: string }): CaptionParts {
  const h = data.headline;
  const k = h.gradLog10Ratio;
  const direction: CaptionParts['direction'] = k === null ? 'zero' : Math.abs(k) < SAME_SIZE_ORDERS ? 'same' : k > 0 ? 'smaller' : 'larger';
  return {
    depth: data.state.depth,
    activation: names.activation,
    init: names.init,
    seed: data.state.seed,
    last: h.lastLayer,
    direction,
    orders: k === null ? '—' : Math.abs(k).toFixed(1),
    factor: k === null ? '—' : scientific(10 ** Math.abs(k)),
    lastMedian: scientific(data.grads[data.grads.length - 1].median),
    weightFactor: h.weightFactor === null ? '—' : scientific(h.weightFactor),
  };
}

/** The caption sentence of a model result in one language. */
export function captionText(data: ComponentsData, t: ComponentsStrings): string {
  return t.caption(captionParts(data, {
    activation: t.activationNames[data.state.activation],
    init: t.initNames[data.state.init],
  }));
}

/** The chart's words for a model result in one language (the aria-label carries the caption). */
export function chartLabels(data: ComponentsData, t: ComponentsStrings) {
  return { ...t.chart, aria: `${t.ariaIntro} ${captionText(data, t)}` };
}

/** The "show data" / CSV rows: one per panel and layer, raw numbers. */
export function tableRows(data: ComponentsData): Record<string, number | string>[] {
  const rows = (panel: 'weights' | 'grads', qs: ComponentsData['grads']) => qs.map((q) => ({
    panel, layer: q.layer, count: q.count, zeros: q.zeros,
    p01: q.p01, q1: q.q1, median: q.median, q3: q.q3, p99: q.p99,
  }));
  return [...rows('weights', data.weights), ...rows('grads', data.grads)];
}
