// Hollow vertex markers for Plot lines: the pins (0, ∞, NaN, off the axis) drawn as the markers of an unstroked
// line, one <marker> definition reused by every point, instead of one element per point (Plot.dot). Few points
// are pinned; the per-layer dots, on every layer, are one path instead (charts/dots.ts: a marker is laid out and
// painted once per vertex). Sizes are in user space (pixels), whatever the line's stroke width. Markers sit on
// every vertex of the line's path, including a lone point between gaps (its "M x,y Z").
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
