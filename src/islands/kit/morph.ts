// Turns the chart on the page into a freshly drawn one in place, touching only what differs: same tag → copy the
// attributes and text that changed, recurse into the children pairwise; a different tag, or a node of another
// kind → that node alone is replaced; extra nodes are removed or appended. A redraw that moves a line then costs
// one changed `d` attribute instead of a whole new SVG to style, lay out and paint (issue 11).
// Only for charts without listeners of their own: a node kept from the old drawing keeps the old closures
// (Plot's pointer and tip marks attach such listeners; those charts are replaced whole).
//   morph(liveSvg, productChart(data, opts));   // liveSvg now equals the new drawing; the new one is spent
// The root also takes the new drawing's own properties (Plot's `scale()` and `legend()`), so what reads the
// scales of the chart on the page (a hover that turns a pointer into a layer) reads the new ones.
// morphParts merges a partial drawing: only the marks it holds (class `vg-q-…`, Plot's mark className), each into
// the mark of the same class on the page; the rest of the page's chart stays as it is.
//   morphParts(liveSvg, productChart(data, { ...opts, part: 'lines' }));   // the lines move, dots follow later
// (a whole drawing given to morphParts is merged whole)

import { PART_ATTR, PART_CLASS } from '../../charts/parts';
/** Own properties Plot puts on the SVG it returns. */
const ROOT_PROPS = ['scale', 'legend'] as const;

/** Makes `target` equal to `source`; returns false (changing nothing) when the roots differ in tag.
 *  The new drawing first takes the page's Plot ids (adoptIds), so a redraw of the same frame changes no clip. */
export function morph(target: Element, source: Element): boolean {
  if (target.namespaceURI !== source.namespaceURI || target.localName !== source.localName) return false;
  adoptIds(target, source);
  return morphNode(target, source);
}

function morphNode(target: Element, source: Element): boolean {
  if (target.namespaceURI !== source.namespaceURI || target.localName !== source.localName) return false;
  syncAttributes(target, source);
  syncChildren(target, source);
  const t = target as unknown as Record<string, unknown>;
  const s = source as unknown as Record<string, unknown>;
  for (const key of ROOT_PROPS) if (Object.prototype.hasOwnProperty.call(s, key)) t[key] = s[key];
  return true;
}

/** Merges the marks of a partial drawing (root attribute data-part; its marks of classes PART_CLASS…) into the
 *  same marks of the chart on the page; a whole drawing (no data-part) is merged whole (plain morph). False,
 *  changing nothing, when a mark has no match.
 *  A mark's `clip-path` stays the page's own: both name a clip of the same frame, the new one an id the page
 *  does not hold. */
export function morphParts(target: Element, source: Element): boolean {
  if (!source.hasAttribute(PART_ATTR)) return morph(target, source);
  const parts = Array.from(source.querySelectorAll(`[class*="${PART_CLASS}"]`));
  const pairs: [Element, Element][] = [];
  for (const part of parts) {
    const cls = part.getAttribute('class')!.split(/\s+/).find((c) => c.startsWith(PART_CLASS));
    const onPage = cls ? target.querySelector(`.${cls}`) : null;
    if (!onPage || onPage.localName !== part.localName) return false;
    pairs.push([onPage, part]);
  }
  for (const [onPage, part] of pairs) {
    const clip = onPage.getAttribute('clip-path');
    morph(onPage, part);
    if (clip !== null) onPage.setAttribute('clip-path', clip);
  }
  return true;
}

function syncAttributes(target: Element, source: Element): void {
  const from = source.attributes;
  const to = target.attributes;
  // an attribute the target has and the source lacks can only exist when the counts differ or a name is new
  let missing = to.length !== from.length;
  for (let i = 0; i < from.length; i++) {
    const attr = from[i];
    if (attr.namespaceURI) {
      if (target.getAttributeNS(attr.namespaceURI, attr.localName) !== attr.value) {
        if (!target.hasAttributeNS(attr.namespaceURI, attr.localName)) missing = true;
        target.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
      }
      continue;
    }
    const old = target.getAttribute(attr.name);
    if (old !== attr.value) {
      if (old === null) missing = true;
      target.setAttribute(attr.name, attr.value);
    }
  }
  if (!missing) return;
  for (const attr of Array.from(to)) {
    if (!source.hasAttributeNS(attr.namespaceURI, attr.localName)) target.removeAttributeNS(attr.namespaceURI, attr.localName);
  }
}

function syncChildren(target: Element, source: Element): void {
  let a = target.firstChild;
  let b = source.firstChild;
  while (a && b) {
    const nextA = a.nextSibling;
    const nextB = b.nextSibling;
    if (a.nodeType === b.nodeType && a.nodeType === 1) {
      if (!morphNode(a as Element, b as Element)) target.replaceChild(b, a);
    } else if (a.nodeType === b.nodeType && (a.nodeType === 3 || a.nodeType === 8)) {
      if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue;
    } else {
      target.replaceChild(b, a);
    }
    a = nextA;
    b = nextB;
  }
  while (a) { const next = a.nextSibling; target.removeChild(a); a = next; }
  while (b) { const next = b.nextSibling; target.appendChild(b); b = next; }
}

/** An id Plot makes (`plot-clip-7`, `plot-marker-3`): numbered by a counter over the page's life, so each drawing
 *  has new ones even when nothing else differs. */
const PLOT_ID = /^plot-([a-z]+)-\d+$/;
const PLOT_REF = /url\(#(plot-[a-z]+-\d+)\)/g;
const REF_ATTRS = ['clip-path', 'marker-start', 'marker-mid', 'marker-end', 'mask', 'filter', 'fill', 'stroke'];
const REF_SELECTOR = REF_ATTRS.map((a) => `[${a}^="url(#plot-"]`).join(',');

/** Renames the Plot ids of `source` (a fresh drawing, not on the page) to those of `target`, pairwise in document
 *  order, and its references to them (`clip-path="url(#…)"`), when both hold the same number of each kind. A new
 *  clip id and the `clip-path` that names it made every morph replace the chart's clips: new clip nodes, a full
 *  compositing update and a repaint of the whole chart in the frame after a step (issue 11). Anything else
 *  (another count, another order of kinds) leaves the ids as drawn. */
export function adoptIds(target: Element, source: Element): void {
  const from = Array.from(source.querySelectorAll('[id^="plot-"]')).filter((e) => PLOT_ID.test(e.id));
  if (from.length === 0) return;
  const to = Array.from(target.querySelectorAll('[id^="plot-"]')).filter((e) => PLOT_ID.test(e.id));
  if (to.length !== from.length) return;
  const rename = new Map<string, string>();
  for (let i = 0; i < from.length; i++) {
    if (from[i].localName !== to[i].localName || from[i].id.match(PLOT_ID)![1] !== to[i].id.match(PLOT_ID)![1]) return;
    if (from[i].id !== to[i].id) rename.set(from[i].id, to[i].id);
  }
  if (rename.size === 0) return;
  for (const e of from) e.id = rename.get(e.id) ?? e.id;
  for (const e of Array.from(source.querySelectorAll(REF_SELECTOR))) {
    for (const name of REF_ATTRS) {
      const v = e.getAttribute(name);
      if (v !== null && v.startsWith('url(#plot-')) e.setAttribute(name, v.replace(PLOT_REF, (_ref, id: string) => `url(#${rename.get(id) ?? id})`));
    }
  }
}
