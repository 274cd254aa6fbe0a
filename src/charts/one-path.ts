// One <path> for all the rules (or ticks) of a mark, instead of one <line> each (issue 11). The components chart
// draws three marks per layer and panel: at depth 40 that was ~250 lines, and a step of its depth slider restyled,
// laid out and painted each of them (a depth step moves every layer's gradient). As a Plot render transform, the
// mark keeps its scales, facets, styles and transform; its lines become the segments of one path. Each line's own
// stroke, when they differ (the layers' colour ramp), becomes a horizontal gradient whose stops sit at the lines'
// x, one per slot of the axis, so a vertical rule is drawn in exactly its layer's colour.
import type * as Plot from '@observablehq/plot';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The colour ramp along x: a stop per slot (its x in the scale's coordinates, its colour); `key` names the ramp
 *  (the same key and positions: the same gradient). */
export interface XRamp { key: string; stops: (x: (v: number) => number) => { x: number; color: string }[] }

/** A render transform drawing the mark's lines as one path: `ramp` colours it by x (for marks whose stroke is a
 *  per-layer colour); without it the lines must share one stroke (else Plot's lines are kept). `mark` names the
 *  mark in its gradient's id (ids are unique in a page: two marks of one chart each hold their own). */
export function asOnePath(mark: string, ramp?: XRamp): Plot.RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    const lines = Array.from(g.querySelectorAll('line'));
    if (lines.length === 0) return g;
    const strokes = new Set(lines.map((l) => l.getAttribute('stroke')));
    if (strokes.size > 1 && !ramp) return g;
    let d = '';
    for (const l of lines) d += `M${l.getAttribute('x1')},${l.getAttribute('y1')}L${l.getAttribute('x2')},${l.getAttribute('y2')}`;
    const doc = context.document;
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    const first = lines[0];
    for (const name of ['stroke-opacity', 'stroke-width']) {
      const v = first.getAttribute(name);
      if (v !== null && lines.every((l) => l.getAttribute(name) === v)) path.setAttribute(name, v);
    }
    const xScale = scales.x;
    if (strokes.size > 1 && ramp && xScale) {
      // an id from what the gradient holds (facet, ramp, positions): the same drawing twice needs no change
      const stops = ramp.stops((v) => xScale(v) as number);
      const fi = (index as unknown as { fi?: number }).fi ?? 0;
      const id = `vg-ramp-${mark}-${ramp.key}-${fi}-${Math.round(stops[0].x)}-${Math.round(stops[stops.length - 1].x)}`;
      const grad = doc.createElementNS(SVG_NS, 'linearGradient');
      grad.setAttribute('id', id);
      grad.setAttribute('gradientUnits', 'userSpaceOnUse');
      grad.setAttribute('x1', String(stops[0].x));
      grad.setAttribute('x2', String(stops[stops.length - 1].x));
      grad.setAttribute('y1', '0');
      grad.setAttribute('y2', '0');
      const span = stops[stops.length - 1].x - stops[0].x || 1;
      for (const s of stops) {
        const stop = doc.createElementNS(SVG_NS, 'stop');
        stop.setAttribute('offset', String(Math.min(1, Math.max(0, (s.x - stops[0].x) / span))));
        stop.setAttribute('style', `stop-color: ${s.color}`);
        grad.appendChild(stop);
      }
      const defs = doc.createElementNS(SVG_NS, 'defs');
      defs.appendChild(grad);
      g.appendChild(defs);
      path.setAttribute('stroke', `url(#${id})`);
    } else {
      const s = first.getAttribute('stroke');
      if (s !== null) path.setAttribute('stroke', s);
    }
    for (const l of lines) l.remove();
    g.appendChild(path);
    return g;
  };
}
