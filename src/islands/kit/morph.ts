// Turns the chart on the page into a freshly drawn one in place, touching only what differs: same tag → copy the
// attributes and text that changed, recurse into the children pairwise; a different tag, or a node of another
// kind → that node alone is replaced; extra nodes are removed or appended. A redraw that moves a line then costs
// one changed `d` attribute instead of a whole new SVG to style, lay out and paint (issue 11).
// Only for charts without listeners of their own: a node kept from the old drawing keeps the old closures
// (Plot's pointer and tip marks attach such listeners; those charts are replaced whole).
//   morph(liveSvg, productChart(data, opts));   // liveSvg now equals the new drawing; the new one is spent

/** Makes `target` equal to `source`; returns false (changing nothing) when the roots differ in tag. */
export function morph(target: Element, source: Element): boolean {
  if (target.namespaceURI !== source.namespaceURI || target.localName !== source.localName) return false;
  syncAttributes(target, source);
  syncChildren(target, source);
  return true;
}

function syncAttributes(target: Element, source: Element): void {
  for (const attr of Array.from(source.attributes)) {
    if (target.getAttributeNS(attr.namespaceURI, attr.localName) !== attr.value) {
      if (attr.namespaceURI) target.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
      else target.setAttribute(attr.name, attr.value);
    }
  }
  for (const attr of Array.from(target.attributes)) {
    if (!source.hasAttributeNS(attr.namespaceURI, attr.localName)) target.removeAttributeNS(attr.namespaceURI, attr.localName);
  }
}

function syncChildren(target: Element, source: Element): void {
  const olds = Array.from(target.childNodes);
  const news = Array.from(source.childNodes);
  const shared = Math.min(olds.length, news.length);
  for (let i = 0; i < shared; i++) {
    const a = olds[i];
    const b = news[i];
    if (a.nodeType === b.nodeType && a.nodeType === 1) {
      if (!morph(a as Element, b as Element)) target.replaceChild(b, a);
    } else if (a.nodeType === b.nodeType && (a.nodeType === 3 || a.nodeType === 8)) {
      if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue;
    } else {
      target.replaceChild(b, a);
    }
  }
  for (let i = shared; i < olds.length; i++) target.removeChild(olds[i]);
  for (let i = shared; i < news.length; i++) target.appendChild(news[i]);
}
