// Shared bits of the train island's three charts: class colours and SVG accessibility (STACK.md trap 4).
import { INK } from './tokens';
import { makeAccessible } from './a11y';
import { chartFontSize, grow } from './type-scale';

/** The two classes: the first and last layer hues of the token file (Okabe–Ito blue and vermillion), scheme-aware. */
export const CLASS_COLORS: readonly [string, string] = ['var(--c-layer-first)', 'var(--c-layer-last)'];
/** Marker shapes by class, so the classes differ without colour too. */
export const CLASS_SYMBOLS: readonly [string, string] = ['circle', 'triangle'];

/** Plot's base style for every train chart drawn `width` px wide: the page's text colour, transparent background, type for the width. */
export function trainStyle(width: number) {
  return { color: INK, background: 'transparent', overflow: 'visible', fontSize: `${chartFontSize(width)}px` } as const;
}
/** The text size the train charts' margins were tuned for (px): Plot's default. */
const TUNED_FONT = 10;
/** A margin of a train chart `width` px wide, grown with its type. */
export function trainMargin(px: number, width: number): number {
  return grow(px, chartFontSize(width), TUNED_FONT);
}

/** role="img" and a label on the chart's SVG (the element itself or the one inside it), labels hidden below. */
export function finishSvg<E extends Element>(el: E, label: string): E {
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (svg) makeAccessible(svg, label);
  return el;
}

/** Chart width minus nothing below this: narrow screens get fewer ticks. */
export const NARROW_WIDTH = 480;

/** The step axis spans at least this many steps, so the first seconds do not fill it. */
export const MIN_STEP_AXIS = 500;
const NICE = [1, 2, 5];
/**
 * The end of the step axis: the first of 500, 1000, 2000, 5000, 10 000, … that holds `step`. The axis moves
 * in a few jumps rather than with every redraw, so while it holds a redraw only updates the data marks.
 */
export function stepAxisEnd(step: number): number {
  const target = Math.max(MIN_STEP_AXIS, Number.isFinite(step) ? step : 0);
  for (let p = 10 ** Math.floor(Math.log10(target)); ; p *= 10) {
    for (const m of NICE) if (m * p >= target) return m * p;
  }
}

/** A Plot figure's position scales (Plot attaches `scale()` to the SVG it returns). */
export interface PositionScale { apply(v: number): number }
export type PlotSvg = SVGSVGElement & { scale(name: 'x' | 'y'): PositionScale };
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Whether `svg` is a live Plot chart drawn at `width` for the step axis ending at `xEnd` (stored by markAxes). */
export function sameAxes(svg: Element, width: number, xEnd: number, extra = ''): svg is PlotSvg {
  return typeof (svg as PlotSvg).scale === 'function' && svg.getAttribute('data-axes') === `${width}|${xEnd}|${extra}`;
}
/** Records what the axes of `svg` were drawn for (see sameAxes). */
export function markAxes(svg: Element, width: number, xEnd: number, extra = ''): void {
  svg.setAttribute('data-axes', `${width}|${xEnd}|${extra}`);
}

const scratch = new Map<string, { doc: Document; ctx: CanvasRenderingContext2D }>();
/**
 * A 2-D canvas context of `width` × `height` for painting an image to encode, one per `slot` (the live
 * charts redraw a few times a second: a canvas is kept rather than a new canvas and context each time).
 * Null without canvas (a server-side document).
 */
export function scratchContext(doc: Document, slot: string, width: number, height: number): CanvasRenderingContext2D | null {
  let kept = scratch.get(slot);
  if (!kept || kept.doc !== doc) {
    const canvas = doc.createElement('canvas');
    const ctx = typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
    if (!ctx) return null;
    kept = { doc, ctx };
    scratch.set(slot, kept);
  }
  const { canvas } = kept.ctx;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return kept.ctx;
}
