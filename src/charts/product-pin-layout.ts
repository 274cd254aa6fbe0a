// Where the product chart's pin labels go ("‖Δ‖: 0 (layers 1–11)"), so they never sit on the pin markers
// (issue 18, bug 5). Pure geometry in pixels: the labels of one edge go beside the run of markers, on the side
// with room, one row each, stepping into the chart; when neither side has room (every layer pinned) they stack
// inside the chart past the markers' reach.

/** The pin symbols' radius (Plot's r) in px. */
export const PIN_R = 5;
/**
 * How far a pin symbol reaches from its centre, in px: d3's diamond of area πr² is the tallest of the symbols
 * used (√(πr² / (2·tan 30°)) ≈ 8.2 px at r = 5; the triangle's apex is 7.8 px, its half-width 6.7 px).
 */
export const PIN_REACH = Math.sqrt((Math.PI * PIN_R * PIN_R) / (2 * Math.tan(Math.PI / 6)));
/** Space between a marker's reach and a label, and between labels (px). */
export const PIN_LABEL_GAP = 4;
/** A label's line height in ems: its glyphs plus the subscript of P_l (typeset 0.3 em lower). */
export const PIN_LINE_EM = 1.5;
/** A generous average advance of the chart's bold digits and letters, in ems (to tell whether a side has room). */
export const PIN_CHAR_EM = 0.62;

export type Edge = 'top' | 'bottom';

/** One label to place: its edge, the first and last pinned layer of its edge's markers, and its text. */
export interface PinLabelInput { edge: Edge; text: string }

/** Where one label goes: at layer `layer` (data x) and the edge, shifted by dx, dy px, anchored `anchor`. */
export interface PinPlacement { layer: number; dx: number; dy: number; anchor: 'start' | 'end' }

export interface PinGeometry {
  /** pixel x of a layer */
  xPx: (layer: number) => number;
  /** the plot area's left and right edges (px) */
  left: number; right: number;
  fontSize: number;
  /** the pinned layers on each edge (every series), to keep the labels off all of their markers */
  pinned: Record<Edge, number[]>;
}

/** The estimated width of a label in px (an upper bound, for choosing a side). */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * PIN_CHAR_EM * fontSize;
}

/** Place each label of `labels` (in order; rows are counted per edge). */
export function placePinLabels(labels: PinLabelInput[], g: PinGeometry): PinPlacement[] {
  const line = PIN_LINE_EM * g.fontSize;
  const rowOf: Record<Edge, number> = { top: 0, bottom: 0 };
  const widest: Record<Edge, number> = { top: 0, bottom: 0 };
  for (const l of labels) widest[l.edge] = Math.max(widest[l.edge], labelWidth(l.text, g.fontSize));
  return labels.map((l) => {
    const row = rowOf[l.edge]++;
    const inward = l.edge === 'bottom' ? -1 : 1; // toward the inside of the chart (SVG y grows downwards)
    const layers = g.pinned[l.edge];
    const first = Math.min(...layers);
    const last = Math.max(...layers);
    const aside = PIN_REACH + PIN_LABEL_GAP;
    const roomRight = g.right - (g.xPx(last) + aside);
    const roomLeft = g.xPx(first) - aside - g.left;
    // Beside the markers: rows from the edge inwards, each clear of the one before.
    const besideDy = inward * (line / 2 + row * line);
    if (roomRight >= widest[l.edge]) return { layer: last, dx: aside, dy: besideDy, anchor: 'start' };
    if (roomLeft >= widest[l.edge]) return { layer: first, dx: -aside, dy: besideDy, anchor: 'end' };
    // No side has room: inside the chart, past the markers' reach, from the run's start, kept inside the plot.
    const dy = inward * (PIN_REACH + PIN_LABEL_GAP + line / 2 + row * line);
    const start = Math.max(g.left, Math.min(g.xPx(first), g.right - labelWidth(l.text, g.fontSize)));
    return { layer: first, dx: start - g.xPx(first), dy, anchor: 'start' };
  });
}

/** A box in px (x0 < x1, y0 < y1). */
export interface Box { x0: number; x1: number; y0: number; y1: number }

/** Glyphs of a middle-anchored label reach 0.45 em above its centre and, with P_l's subscript, 0.8 em below. */
const ABOVE_EM = 0.45;
const BELOW_EM = 0.8;

/** The box of a label of `width` px anchored `anchor` at (x, centre y). */
export function labelBox(x: number, y: number, width: number, anchor: 'start' | 'end', fontSize: number): Box {
  const [x0, x1] = anchor === 'end' ? [x - width, x] : [x, x + width];
  return { x0, x1, y0: y - ABOVE_EM * fontSize, y1: y + BELOW_EM * fontSize };
}

/** True when two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
