// Vertex markers for Plot lines: one <marker> definition reused by every point of a line, instead of one
// <circle> per point (Plot.dot). At depth 100 that is two elements per series instead of a hundred, which is
// most of what a redraw costs. Sizes are in user space (pixels), whatever the line's stroke width.
// Markers sit on every vertex of the line's path, including a lone point between gaps (its "M x,y Z").
type Context = { document: Document };

function marker(color: string, context: Context, shape: (m: SVGMarkerElement) => SVGElement): SVGMarkerElement {
  const m = context.document.createElementNS('http://www.w3.org/2000/svg', 'marker') as SVGMarkerElement;
  m.setAttribute('viewBox', '-6 -6 12 12');
  m.setAttribute('markerWidth', '12');
  m.setAttribute('markerHeight', '12');
  m.setAttribute('markerUnits', 'userSpaceOnUse');
  m.setAttribute('fill', color);
  m.setAttribute('stroke', 'none');
  m.appendChild(shape(m));
  return m;
}

/** A filled disc of radius r in the line's colour (like Plot.dot with that r). */
export function discMarker(r: number) {
  return (color: string, context: Context): SVGMarkerElement => marker(color, context, (m) => {
    const c = m.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'circle');
    c.setAttribute('r', String(r));
    return c;
  });
}

/** A filled square of the same area as a disc of radius r (Plot's 'square' symbol at that r). */
export function squareMarker(r: number) {
  const half = (r * Math.sqrt(Math.PI)) / 2;
  return (color: string, context: Context): SVGMarkerElement => marker(color, context, (m) => {
    const s = m.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
    s.setAttribute('x', String(-half));
    s.setAttribute('y', String(-half));
    s.setAttribute('width', String(2 * half));
    s.setAttribute('height', String(2 * half));
    return s;
  });
}

/** A hollow triangle (up), diamond or circle of about a disc of radius r's area, outlined in `color` whatever the
 *  line's own colour: pins drawn as the markers of an unstroked line (one element for any number of them). */
export function hollowMarker(shape: 'triangle' | 'diamond' | 'circle', r: number, color: string, strokeWidth: number) {
  // an equilateral triangle (centred on its centroid) or a square on its corner, each of area π r²
  const half = shape === 'triangle' ? r * Math.sqrt(Math.PI / Math.sqrt(3)) : shape === 'diamond' ? r * Math.sqrt(Math.PI / 2) : r;
  const h = shape === 'triangle' ? half * Math.sqrt(3) : 0;
  const points = shape === 'triangle'
    ? [[0, (-2 * h) / 3], [half, h / 3], [-half, h / 3]]
    : [[0, -half], [half, 0], [0, half], [-half, 0]];
  const box = Math.ceil(2 * Math.max(half, (2 * h) / 3) + 2 * strokeWidth);
  return (_stroke: string, context: Context): SVGMarkerElement => {
    const m = marker(color, context, (mk) => {
      const svg = (name: string) => mk.ownerDocument.createElementNS('http://www.w3.org/2000/svg', name);
      if (shape === 'circle') { const c = svg('circle'); c.setAttribute('r', String(r)); return c; }
      const poly = svg('polygon');
      poly.setAttribute('points', points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' '));
      return poly;
    });
    m.setAttribute('viewBox', `${-box / 2} ${-box / 2} ${box} ${box}`);
    m.setAttribute('markerWidth', String(box));
    m.setAttribute('markerHeight', String(box));
    m.setAttribute('fill', 'none');
    m.setAttribute('stroke', color);
    m.setAttribute('stroke-width', String(strokeWidth));
    // a marker inherits from its ancestors, here the unstroked line's group (stroke-opacity 0): outline it anyway
    m.setAttribute('stroke-opacity', '1');
    return m;
  };
}
