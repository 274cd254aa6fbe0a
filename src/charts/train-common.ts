// Shared bits of the train island's three charts: class colours and SVG accessibility (STACK.md trap 4).
import { INK } from './tokens';

/** The two classes: the first and last layer hues of the token file (Okabe–Ito blue and vermillion), scheme-aware. */
export const CLASS_COLORS: readonly [string, string] = ['var(--c-layer-first)', 'var(--c-layer-last)'];
/** Marker shapes by class, so the classes differ without colour too. */
export const CLASS_SYMBOLS: readonly [string, string] = ['circle', 'triangle'];

/** Plot's base style for every train chart: the page's text colour, transparent background. */
export const TRAIN_STYLE = { color: INK, background: 'transparent', overflow: 'visible' } as const;

/** role="img" and a label on the SVG, labelled groups hidden from assistive technology. */
export function finishSvg<E extends Element>(el: E, label: string): E {
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  }
  for (const g of el.querySelectorAll('g[aria-label]')) g.setAttribute('aria-hidden', 'true');
  return el;
}

/** Chart width minus nothing below this: narrow screens get fewer ticks. */
export const NARROW_WIDTH = 480;
