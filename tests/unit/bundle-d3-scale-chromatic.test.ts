// The stand-in for d3-scale-chromatic (src/lib/bundle/d3-scale-chromatic-used.ts) that keeps the colour schemes no
// chart uses out of the pages' script, and the three the charts name exactly as d3's own.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error d3-scale-chromatic ships no types (only Plot uses it, through d3)
import * as real from 'd3-scale-chromatic';
import * as stub from '../../src/lib/bundle/d3-scale-chromatic-used';
import { plotD3Imports } from './plot-d3-imports';

const CHARTS = fileURLToPath(new URL('../../src/charts', import.meta.url));

/** Every name Plot imports from "d3" that d3-scale-chromatic exports. */
const plotSchemeImports = () => new Set([...plotD3Imports()].filter((name) => name in real));

const KEPT = ['interpolatePuOr', 'interpolateRdBu', 'interpolateViridis'] as const;

describe('d3-scale-chromatic stand-in', () => {
  it('exports every d3-scale-chromatic name Observable Plot imports (a missing one would fail the build)', () => {
    const wanted = plotSchemeImports();
    expect(wanted.size).toBeGreaterThan(50);
    for (const name of wanted) expect(stub, name).toHaveProperty(name);
  });

  it("the schemes the charts name are d3's own, colour for colour", () => {
    for (const name of KEPT) {
      for (let i = 0; i <= 200; i++) expect(stub[name](i / 200), `${name}(${i / 200})`).toBe(real[name](i / 200));
    }
  });

  it('every scheme a chart names is one of those kept', () => {
    const named = new Set<string>();
    for (const f of readdirSync(CHARTS)) {
      for (const m of readFileSync(join(CHARTS, f), 'utf8').matchAll(/scheme:\s*'([A-Za-z]+)'/g)) named.add(m[1].toLowerCase());
    }
    expect(named.size).toBeGreaterThan(0);
    const kept = KEPT.map((k) => k.replace('interpolate', '').toLowerCase());
    for (const s of named) expect(kept, `scheme '${s}' in src/charts`).toContain(s);
  });

  it('any other scheme fails with a message naming the stand-in', () => {
    expect(() => stub.interpolateTurbo(0.5)).toThrow(/d3-scale-chromatic-used\.ts/);
    expect(() => stub.schemeTableau10[10]).toThrow(/schemeTableau10/);
    expect(stub.schemeBlues.length).toBe(0);
  });

  it('the site build aliases d3-scale-chromatic to it', async () => {
    const config = (await import('../../astro.config.mjs')).default as { vite: { resolve: { alias: { find: RegExp; replacement: string }[] } } };
    const entry = config.vite.resolve.alias.find((a) => a.find.test('d3-scale-chromatic'));
    expect(entry?.replacement).toMatch(/src\/lib\/bundle\/d3-scale-chromatic-used\.ts$/);
    expect(existsSync(entry!.replacement)).toBe(true);
  });
});
