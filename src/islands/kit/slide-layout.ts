// A figure as a slide (issue 18, item 10): a 16:9 SVG with the figure's title, its legend as the island shows
// it, the chart, and a caption giving the island's state and the page's deep link. Pure DOM construction (runs
// on linkedom in the tests): the browser side (slide.ts) draws the chart, finds the words and resolves colours.
// Every colour of the chart is written out (`resolve`), so the file shows the same outside the page: no CSS
// variable, `currentColor`, `color-mix()` or `light-dark()` is left in it.
import { typesetMath } from '../../charts/math-label';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The slide's default size (px): full HD, 16:9. */
export const SLIDE = { width: 1920, height: 1080 } as const;
/** Margins and type of the slide (px). */
const PAD_X = 72;
const PAD_TOP = 48;
const PAD_BOTTOM = 40;
const GAP = 24;
const TITLE_FONT = 46;
const TITLE_MIN_FONT = 32;
const LEGEND_FONT = 26;
const LEGEND_ROW = 38;
const SWATCH = 44;
const SWATCH_GAP = 12;
const ITEM_GAP = 40;
const STATE_FONT = 28;
const STATE_MIN_FONT = 22;
const LINK_FONT = 22;
const CAPTION_MIN_FONT = 14;
const LINE = 1.3;
/** A generous average advance of a system-ui glyph, in ems (to wrap and fit text without measuring it). */
const CHAR_EM = 0.56;
/** Paint attributes whose values may name the page's colours. */
const PAINT_ATTRS = ['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color'];
/** A value that only the page's CSS can resolve. */
const UNRESOLVED = /var\(|currentcolor|color-mix\(|light-dark\(/i;

/** One entry of the legend: its words (script markup allowed: P_l) and, if it has one, its swatch. */
export interface LegendItem { text: string; color?: string | null; dashed?: boolean }

export interface SlideText {
  title: string;
  legend: LegendItem[];
  /** The island's state, one line if it fits ("Depth L: 100 · Activation g: sigmoid · σ_w: 1 · …", script markup allowed). */
  state: string;
  /** The page's deep link to this state. */
  link: string;
}

export interface SlidePalette { fg: string; bg: string; muted: string; accent: string; fontFamily: string }

export interface SlideParts extends SlideText {
  width?: number;
  height?: number;
  palette: SlidePalette;
  /** The drawn chart (an <svg> with width and height attributes); its colours are written out, then it is copied in. */
  chart: Element;
  /** The colour (or other value) a chart element's property computes to: computed style in the browser. */
  resolve: (el: Element, prop: string) => string;
}

/** Where the slide's parts go: the chart's box is what the title, legend and caption leave. */
export interface SlideLayout {
  width: number; height: number;
  title: { lines: string[]; font: number; y: number };
  legend: { rows: { items: LegendItem[]; y: number }[]; font: number };
  chart: { x: number; y: number; width: number; height: number };
  state: { lines: string[]; font: number; y: number };
  link: { font: number; y: number };
}

const textWidth = (s: string, font: number) => [...s.replace(/[_^][{(]?/g, '')].length * CHAR_EM * font;

/** Words of `text` in lines no wider than `max` px at `font`. */
function wrap(text: string, font: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font) > max) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size up to `font` (and not below `min`) at which `text` fits in `max` px on one line. */
const fit = (text: string, font: number, min: number, max: number) =>
  Math.max(min, Math.min(font, Math.floor(max / Math.max(1, textWidth(text, 1)))));

/** The slide's layout for these words: title on top, legend under it, state and link at the bottom, the chart between. */
export function slideLayout(text: SlideText, width: number = SLIDE.width, height: number = SLIDE.height): SlideLayout {
  const inner = width - 2 * PAD_X;
  const titleFont = fit(text.title, TITLE_FONT, TITLE_MIN_FONT, inner);
  const titleLines = textWidth(text.title, titleFont) > inner ? wrap(text.title, titleFont, inner) : [text.title];
  const titleY = PAD_TOP + titleFont;
  let y = PAD_TOP + titleLines.length * titleFont * LINE + GAP;
  // legend items flow in rows; an item wider than the slide (a sentence) is wrapped into rows of its own
  const rows: { items: LegendItem[]; y: number }[] = [];
  let row: LegendItem[] = [];
  let used = 0;
  const flush = () => { if (row.length) { rows.push({ items: row, y: y + LEGEND_FONT }); y += LEGEND_ROW; } row = []; used = 0; };
  for (const item of text.legend) {
    const lead = item.color ? SWATCH + SWATCH_GAP : 0;
    const w = lead + textWidth(item.text, LEGEND_FONT);
    if (w > inner) {
      flush();
      wrap(item.text, LEGEND_FONT, inner - lead).forEach((line, i) => { row = [{ ...item, text: line, color: i === 0 ? item.color : null }]; flush(); });
      continue;
    }
    if (used > 0 && used + ITEM_GAP + w > inner) flush();
    used += (used > 0 ? ITEM_GAP : 0) + w;
    row.push(item);
  }
  flush();
  if (rows.length) y += GAP / 2;
  const linkFont = fit(text.link, LINK_FONT, CAPTION_MIN_FONT, inner);
  // the state shrinks a little to stay on one line, then wraps
  const stateFont = fit(text.state, STATE_FONT, STATE_MIN_FONT, inner);
  const stateLines = textWidth(text.state, stateFont) > inner ? wrap(text.state, stateFont, inner) : [text.state];
  const linkY = height - PAD_BOTTOM;
  const stateY = linkY - linkFont * LINE - 4 - (stateLines.length - 1) * stateFont * LINE;
  const chartBottom = stateY - stateFont - GAP;
  return {
    width, height,
    title: { lines: titleLines, font: titleFont, y: titleY },
    legend: { rows, font: LEGEND_FONT },
    chart: { x: PAD_X, y, width: inner, height: Math.max(0, chartBottom - y) },
    state: { lines: stateLines, font: stateFont, y: stateY },
    link: { font: linkFont, y: linkY },
  };
}

/** Writes out every colour of `chart` the page's CSS would resolve (attributes and inline styles), through `resolve`. */
export function inlineColours(chart: Element, resolve: SlideParts['resolve']): void {
  for (const el of [chart, ...chart.querySelectorAll('*')]) {
    for (const attr of PAINT_ATTRS) {
      const v = el.getAttribute(attr);
      if (v && UNRESOLVED.test(v)) el.setAttribute(attr, resolve(el, attr));
    }
    const style = el.getAttribute('style');
    if (style && UNRESOLVED.test(style)) {
      el.setAttribute('style', style.split(';').map((decl) => {
        const at = decl.indexOf(':');
        if (at < 0 || !UNRESOLVED.test(decl)) return decl;
        const prop = decl.slice(0, at).trim();
        return `${prop}:${resolve(el, prop)}`;
      }).join(';'));
    }
  }
}

/** The slide as an SVG element of `doc`. `parts.chart` has its colours written out on the way. */
export function slideSvg(doc: Document, parts: SlideParts): SVGSVGElement {
  const L = slideLayout(parts, parts.width, parts.height);
  const { palette: p } = parts;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const svg = el('svg', {
    xmlns: SVG_NS, width: L.width, height: L.height, viewBox: `0 0 ${L.width} ${L.height}`,
    'font-family': p.fontFamily, fill: p.fg, role: 'img', 'aria-label': parts.title,
  }) as SVGSVGElement;
  svg.appendChild(el('title', {}, parts.title));
  svg.appendChild(el('rect', { width: L.width, height: L.height, fill: p.bg }));
  L.title.lines.forEach((line, i) => svg.appendChild(el('text', {
    x: PAD_X, y: L.title.y + i * L.title.font * LINE, 'font-size': L.title.font, 'font-weight': 700, fill: p.fg,
  }, line)));
  for (const row of L.legend.rows) {
    let x = PAD_X;
    for (const item of row.items) {
      if (item.color) {
        const mid = row.y - L.legend.font * 0.32;
        svg.appendChild(el('line', {
          x1: x, x2: x + SWATCH, y1: mid, y2: mid, stroke: item.color, 'stroke-width': 5,
          ...(item.dashed ? { 'stroke-dasharray': '10 7' } : {}),
        }));
        x += SWATCH + SWATCH_GAP;
      }
      const t = el('text', { x, y: row.y, 'font-size': L.legend.font, fill: p.fg }, item.text);
      svg.appendChild(typesetMath(t));
      x += textWidth(item.text, L.legend.font) + ITEM_GAP;
    }
  }
  inlineColours(parts.chart, parts.resolve);
  const chart = parts.chart.cloneNode(true) as Element;
  const w = Number(chart.getAttribute('width')) || L.chart.width;
  const h = Number(chart.getAttribute('height')) || L.chart.height;
  if (!chart.getAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const scale = Math.min(L.chart.width / w, L.chart.height / h);
  const [cw, ch] = [w * scale, h * scale];
  const box = { x: L.chart.x + (L.chart.width - cw) / 2, y: L.chart.y + (L.chart.height - ch) / 2, width: cw, height: ch };
  for (const [k, v] of Object.entries(box)) chart.setAttribute(k, String(Math.round(v * 10) / 10));
  chart.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  // Plot's stylesheet gives its <svg> `height: auto; max-width: 100%`, which inside another SVG would mean the
  // whole slide: the inline size wins
  const own = (chart.getAttribute('style') ?? '').replace(/;?\s*$/, '');
  chart.setAttribute('style', `${own ? `${own};` : ''}width:${box.width.toFixed(1)}px;height:${box.height.toFixed(1)}px;max-width:none`);
  chart.removeAttribute('role');
  chart.setAttribute('aria-hidden', 'true');
  svg.appendChild(chart);
  L.state.lines.forEach((line, i) => svg.appendChild(typesetMath(el('text', {
    x: PAD_X, y: L.state.y + i * L.state.font * LINE, 'font-size': L.state.font, fill: p.fg,
  }, line))));
  svg.appendChild(el('text', { x: PAD_X, y: L.link.y, 'font-size': L.link.font, fill: p.muted }, parts.link));
  return svg;
}

/** The width to draw a chart `h` px tall at so that, scaled up, it fills `box`: its height × the box's aspect (at least `min`). */
export function slideDrawWidth(h: number, box: { width: number; height: number }, min: number): number {
  return Math.round(Math.min(box.width, Math.max(min, (h * box.width) / Math.max(1, box.height))));
}

/** One control of the island, as the toolbar knows it. */
export interface StateControl { key: string; label: string }

/**
 * The state as one line: "Depth L: 100 · Activation g: sigmoid · σ_w: 1 · Seed: 1". Labels lose their
 * parenthesised gloss; controls without a value of their own (buttons, panels) and hidden ones are left out,
 * and so is a focused layer of 0 (none chosen); yes/no values are ✓ and ✗.
 */
export function stateCaption(controls: StateControl[], state: Record<string, unknown>, hidden: readonly string[] = []): string {
  const show = (v: unknown) => (typeof v === 'boolean' ? (v ? '✓' : '✗') : typeof v === 'number' ? String(Number(v.toPrecision(6))) : String(v));
  return controls
    .filter((c) => c.key in state && !hidden.includes(c.key) && !(c.key === 'layer' && state[c.key] === 0))
    .map((c) => `${c.label.replace(/\s*\([^)]*\)\s*/g, ' ').trim()}: ${show(state[c.key])}`)
    .join(' · ');
}
