// The per-layer dots (charts/dots.ts): one filled path whose subpaths are discs (or squares) centred on the
// line's vertices, read back here as geometry; and in the charts, one such path per series instead of a marker
// drawn at every vertex.
import { describe, expect, it } from 'vitest';
import { dotsPath } from '../../../src/charts/dots';
import { PART_CLASS } from '../../../src/charts/parts';
import { serverDocument } from '../../../src/charts/render-static';
import { precisionChart } from '../../../src/charts/precision';
import { computePrecision } from '../../../src/sims/precision/model';
import { precisionDomain } from '../../../src/sims/precision/domain';
import { PRECISION_DEFAULTS } from '../../../src/sims/precision/defaults';
import { productChart } from '../../../src/charts/product';
import { productModel } from '../../../src/sims/product/model';
import { PRODUCT_CODEC } from '../../../src/sims/product/state';
import { yDomain } from '../../../src/sims/product/domain';
import { PRODUCT_I18N } from '../../../src/i18n/product';

/** A subpath's geometry: the points its commands reach (absolute) and the radii of its arcs. */
interface Shape { points: [number, number][]; radii: number[]; closed: boolean }

/** Reads a path of M, a, h, v and Z commands (what dotsPath writes) into its subpaths. */
function shapes(d: string): Shape[] {
  const out: Shape[] = [];
  let cur: Shape | null = null;
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MahvZ])([^MahvZ]*)/g)) {
    const n = args.split(',').filter((s) => s !== '').map(Number);
    if (cmd === 'M') { [x, y] = n; cur = { points: [[x, y]], radii: [], closed: false }; out.push(cur); continue; }
    if (!cur) throw new Error(`${cmd} before M`);
    if (cmd === 'a') { cur.radii.push(n[0], n[1]); x += n[5]; y += n[6]; }
    if (cmd === 'h') x += n[0];
    if (cmd === 'v') y += n[0];
    if (cmd === 'Z') { cur.closed = true; continue; }
    cur.points.push([x, y]);
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) < 2e-3;

describe('dotsPath', () => {
  const xs = [10, 20.12345, NaN, 40, 55.5];
  const ys = [100, 50.5, 30, Infinity, 7];

  it('a disc of radius r around each finite point, in order, each closed; the others left out', () => {
    const got = shapes(dotsPath(xs, ys, { shape: 'disc', r: 2.5 }));
    const centres = [[10, 100], [20.12345, 50.5], [55.5, 7]];
    expect(got).toHaveLength(centres.length);
    got.forEach((s, i) => {
      const [cx, cy] = centres[i];
      expect(s.closed).toBe(true);
      expect(s.radii.every((r) => r === 2.5)).toBe(true);
      // two half turns: from the left end to the right end and back
      expect(s.points).toHaveLength(3);
      const [[x0, y0], [x1, y1], [x2, y2]] = s.points;
      expect(close(x0, cx - 2.5) && close(y0, cy), `left end of ${i}`).toBe(true);
      expect(close(x1, cx + 2.5) && close(y1, cy), `right end of ${i}`).toBe(true);
      expect(close(x2, x0) && close(y2, y0)).toBe(true);
    });
  });

  it('squares of a disc of radius r\'s area (Plot\'s square symbol), centred on the points', () => {
    const r = 3;
    const got = shapes(dotsPath(xs, ys, { shape: 'square', r }));
    expect(got).toHaveLength(3);
    const [a, b, c, e] = got[1].points;
    const side = b[0] - a[0];
    expect(close(side, r * Math.sqrt(Math.PI))).toBe(true); // side² = π r²
    expect(close(c[1] - b[1], side) && close(e[0], a[0]) && close(e[1], c[1])).toBe(true);
    expect(close((a[0] + b[0]) / 2, 20.12345) && close((b[1] + c[1]) / 2, 50.5)).toBe(true);
  });

  it('draws nothing when no point is finite, and follows an index when given one', () => {
    expect(dotsPath([NaN, 1], [1, -Infinity], { shape: 'disc', r: 2 })).toBe('');
    expect(dotsPath([], [], { shape: 'disc', r: 2 })).toBe('');
    expect(shapes(dotsPath(xs, ys, { shape: 'disc', r: 2 }, [4, 0])).map((s) => s.points[0][0])).toEqual([53.5, 8]);
  });
});

describe('dots in the charts', () => {
  it('precision at depth 100: the format line\'s dots are one path in its colour, a disc per layer it holds, no marker', () => {
    const data = computePrecision({ ...PRECISION_DEFAULTS, depth: 100, format: 'float32', sigmaW: 1 });
    const labels = { x: 'l', y: 'Δ', exact: 'exact', format: '{format}', zeroBand: 'z', subnormalBand: 's', overflowBand: 'o', firstZero: 'f {l}', aria: 'chart' };
    const svg = precisionChart(data, { width: 720, labels, domain: precisionDomain(data), document: serverDocument() });
    const line = svg.querySelector(`.${PART_CLASS}format`)!;
    const dots = svg.querySelectorAll(`.${PART_CLASS}format-dots > path`);
    expect(dots).toHaveLength(1);
    expect(dots[0].getAttribute('fill')).toBe(line.getAttribute('stroke'));
    expect(dots[0].getAttribute('stroke')).toBe('none');
    const held = data.rows.filter((r) => Number.isFinite(r.value) && r.value !== 0).length;
    expect(held).toBeGreaterThan(50);
    expect(shapes(dots[0].getAttribute('d')!)).toHaveLength(held);
    expect(line.querySelector('path')!.getAttribute('marker-mid')).toBeNull();
    // markers remain only for the pins (hollow shapes on an unstroked line)
    for (const m of svg.querySelectorAll('marker')) expect(m.getAttribute('fill')).toBe('none');
  });

  it('product at depth 100: squares for Δ, discs for the product, one path each', () => {
    const data = productModel({ ...PRODUCT_CODEC.defaults(), depth: 100 });
    const svg = productChart(data, { width: 640, labels: { ...PRODUCT_I18N.en.chart, aria: 'chart' }, domain: yDomain(data), document: serverDocument() });
    const dots = (part: string) => svg.querySelectorAll(`.${PART_CLASS}${part} > path`);
    expect(dots('delta-dots')).toHaveLength(1);
    expect(dots('product-dots')).toHaveLength(1);
    const delta = shapes(dots('delta-dots')[0].getAttribute('d')!);
    const product = shapes(dots('product-dots')[0].getAttribute('d')!);
    expect(delta.length).toBeGreaterThan(0);
    expect(delta.every((s) => s.radii.length === 0 && s.points.length === 4)).toBe(true);
    expect(product.every((s) => s.radii.length === 4 && s.points.length === 3)).toBe(true);
    expect(svg.querySelectorAll('marker')).toHaveLength(0);
  });
});
