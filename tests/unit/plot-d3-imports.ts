// The names Observable Plot's sources import from "d3": what a stand-in for one of d3's modules in the site's
// bundles (src/lib/bundle/) must export (bundle-d3-*.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLOT_SRC = fileURLToPath(new URL('../../node_modules/@observablehq/plot/src', import.meta.url));

/** Every name a file of Plot's sources imports from "d3" (`import {a, b as c} from "d3"`: a and b). */
export function plotD3Imports(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*"d3"/g)) {
          for (const spec of m[1].split(',')) names.add(spec.trim().split(/\s+as\s+/)[0]);
        }
      }
    }
  };
  walk(PLOT_SRC);
  names.delete('');
  return names;
}
