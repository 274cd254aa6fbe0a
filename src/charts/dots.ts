// A line's per-layer dots as one filled <path> of discs (or squares): its own mark, drawn over the line (issue 11).
// They were the line's vertex markers: one element, but the browser lays out and paints a marker once per vertex,
// and at depth 100 that was most of what painting a moved chart cost with the CPU slowed as on a phone (a step of
// the precision island's σ_w: ~15 ms of ~60 at 4×). One path of subpaths is laid out and painted as one shape.
// charts/fast-lines.ts writes the same `d` when it moves the dots in place (dotsPath is the one writer).
import * as Plot from '@observablehq/plot';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A dot's shape and size: a disc of radius r, or a square of the same area (Plot's 'square' symbol at that r). */
export interface DotStyle { shape: 'disc' | 'square'; r: number }

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** The path of dots centred at these points (px), each a closed subpath; points not finite on the scales are
 *  left out. '' when none is. Coordinates to 3 digits, as d3 writes a line. */
export function dotsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, style: DotStyle, index?: Iterable<number>): string {
  const { shape, r } = style;
  const half = shape === 'square' ? round3((r * Math.sqrt(Math.PI)) / 2) : 0;
  // the shape drawn relative to its start (the disc's left end, the square's top-left corner)
  const tail = shape === 'disc'
    ? `a${r},${r},0,1,0,${round3(2 * r)},0a${r},${r},0,1,0,${round3(-2 * r)},0Z`
    : `h${round3(2 * half)}v${round3(2 * half)}h${round3(-2 * half)}Z`;
  let d = '';
  const add = (i: number) => {
    const x = xs[i];
    const y = ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    d += shape === 'disc' ? `M${round3(round3(x) - r)},${round3(y)}${tail}` : `M${round3(round3(x) - half)},${round3(round3(y) - half)}${tail}`;
  };
  if (index) for (const i of index) add(i);
  else for (let i = 0; i < xs.length; i++) add(i);
  return d;
}

/** A render transform drawing the mark's points as dots: one path filled with `fill` (none when no point is
 *  defined, as a line of no points draws none). */
function asDots(style: DotStyle, fill: string): Plot.RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    for (const p of Array.from(g.querySelectorAll('path'))) p.remove();
    const d = values.x && values.y ? dotsPath(values.x as ArrayLike<number>, values.y as ArrayLike<number>, style, index) : '';
    if (d === '') return g;
    const path = context.document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', 'none');
    g.appendChild(path);
    return g;
  };
}

/** The dots of a line's points in `fill`: a Plot mark (of class `className`, for a partial drawing and for
 *  moving it in place) to put after the line's own. */
export function dotsMark<T>(data: readonly T[], options: { x: string; y: string; fill: string; className: string } & DotStyle): Plot.Line {
  const { x, y, fill, className, shape, r } = options;
  return Plot.line(data as T[], { x, y, stroke: fill, className, render: asDots({ shape, r }, fill) });
}
