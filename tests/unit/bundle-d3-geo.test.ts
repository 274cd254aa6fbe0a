// The stand-in for d3-geo (src/lib/bundle/d3-geo-unused.ts) that keeps map projections out of the pages' script.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
// @ts-expect-error d3-geo ships no types (only Plot uses it, through d3)
import * as realGeo from 'd3-geo';
import * as stub from '../../src/lib/bundle/d3-geo-unused';
import { plotD3Imports } from './plot-d3-imports';

/** Every geo… name Plot imports from "d3". */
const plotGeoImports = () => new Set([...plotD3Imports()].filter((name) => /^geo[A-Z]/.test(name)));

describe('d3-geo stand-in', () => {
  it('exports every d3-geo name Observable Plot imports (a missing one would fail the build)', () => {
    const wanted = plotGeoImports();
    expect(wanted.size).toBeGreaterThan(10);
    for (const name of wanted) expect(stub, name).toHaveProperty(name);
    for (const name of wanted) expect(realGeo, `${name} is really d3-geo's`).toHaveProperty(name);
  });

  it("geoTransform streams points exactly as d3-geo's own", () => {
    const run = (geoTransform: (m: object) => { stream: (s: never) => { [k: string]: (...a: number[]) => void } }) => {
      const out: string[] = [];
      const sink = {
        point: (x: number, y: number) => out.push(`p ${x} ${y}`), sphere: () => out.push('sphere'),
        lineStart: () => out.push('ls'), lineEnd: () => out.push('le'),
        polygonStart: () => out.push('ps'), polygonEnd: () => out.push('pe'),
      };
      const t = geoTransform({ point(this: { stream: typeof sink }, x: number, y: number) { this.stream.point(2 * x, y - 1); } });
      const s = t.stream(sink as never);
      s.polygonStart(); s.lineStart(); s.point(1, 2, 0); s.point(3, 4, 0); s.lineEnd(); s.polygonEnd(); s.sphere();
      return out;
    };
    expect(run(stub.geoTransform as never)).toEqual(run(realGeo.geoTransform));
  });

  it('any projection asked for fails with a message naming the stand-in', () => {
    expect(() => stub.geoPath()).toThrow(/d3-geo-unused\.ts/);
    expect(() => stub.geoMercator()).toThrow(/map projections/);
  });

  it('the site build aliases d3-geo to it', async () => {
    const config = (await import('../../astro.config.mjs')).default as { vite: { resolve: { alias: { find: RegExp; replacement: string }[] } } };
    const entry = config.vite.resolve.alias.find((a) => a.find.test('d3-geo'));
    expect(entry?.replacement).toMatch(/src\/lib\/bundle\/d3-geo-unused\.ts$/);
    expect(existsSync(entry!.replacement)).toBe(true);
    expect(entry!.find.test('d3-geo-projection')).toBe(false);
  });
});
