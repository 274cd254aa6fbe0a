// Several Plot SVGs laid out as one accessible SVG: each panel's children move into a translated <g>,
// the outer <svg> gets role="img" and a label, and the labelled <g>s Plot writes are hidden from
// assistive technology (STACK.md trap 4: axe rejects aria-label on a <g> without a role).
import { makeAccessible } from './a11y';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes of Plot's root <svg> that its marks inherit, carried over to the panel's <g>. */
const INHERITED = ['fill', 'font-family', 'font-size', 'text-anchor', 'style'];

/** One Plot SVG and where its top-left corner goes. */
export interface Panel { svg: SVGElement; x: number; y: number }

/** Panels into one SVG of the given size. */
export function assemble(
  panels: Panel[], o: { width: number; height: number; label: string; document?: Document },
): SVGElement {
  const doc = o.document ?? globalThis.document;
  const root = doc.createElementNS(SVG_NS, 'svg') as SVGElement;
  root.setAttribute('width', String(o.width));
  root.setAttribute('height', String(o.height));
  root.setAttribute('viewBox', `0 0 ${o.width} ${o.height}`);
  root.setAttribute('class', 'chart');
  for (const p of panels) {
    const g = doc.createElementNS(SVG_NS, 'g');
    g.setAttribute('transform', `translate(${p.x},${p.y})`);
    for (const a of INHERITED) {
      const v = p.svg.getAttribute(a);
      if (v !== null) g.setAttribute(a, v);
    }
    const cls = p.svg.getAttribute('class');
    if (cls) root.setAttribute('class', `chart ${cls}`);
    while (p.svg.firstChild) g.appendChild(p.svg.firstChild);
    root.appendChild(g);
  }
  return makeAccessible(root, o.label);
}
