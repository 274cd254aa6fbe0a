// What every chart SVG needs to pass axe (STACK.md trap 4): the <svg> is one image with a label, and the
// aria-label/aria-description Plot writes on its <g>s and marks are hidden from assistive technology. The label
// is read as text: script markup (σ_w, W_{hh}: charts/math-label.ts) leaves its braces and underscores out.
import { mathSegments } from './math-label';

/** Role, label and aria-hidden on labelled descendants, for the static and the live SVG alike. */
export function makeAccessible<T extends Element>(svg: T, label: string): T {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', mathSegments(label).map((seg) => seg.text).join(''));
  svg.querySelectorAll('[aria-label], [aria-description]').forEach((el) => el.setAttribute('aria-hidden', 'true'));
  return svg;
}
