// Shared bits of the train island's three charts: class colours and SVG accessibility (STACK.md trap 4).
import { INK } from './tokens';
import { makeAccessible } from './a11y';

/** The two classes: the first and last layer hues of the token file (Okabe–Ito blue and vermillion), scheme-aware. */
export const CLASS_COLORS: readonly [string, string] = ['var(--c-layer-first)', 'var(--c-layer-last)'];
/** Marker shapes by class, so the classes differ without colour too. */
export const CLASS_SYMBOLS: readonly [string, string] = ['circle', 'triangle'];

/** Plot's base style for every train chart: the page's text colour, transparent background. */
export const TRAIN_STYLE = { color: INK, background: 'transparent', overflow: 'visible' } as const;

/** role="img" and a label on the chart's SVG (the element itself or the one inside it), labels hidden below. */
export function finishSvg<E extends Element>(el: E, label: string): E {
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (svg) makeAccessible(svg, label);
  return el;
}

/** Chart width minus nothing below this: narrow screens get fewer ticks. */
export const NARROW_WIDTH = 480;
