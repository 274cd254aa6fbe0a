// JavaScript weight of the built site: per island (its component, renderer and every chunk they import, and the
// engine's .wasm where a chunk or worker fetches it) and per page (the union over its islands), in gzip bytes,
// read from dist/ without a browser.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const IMPORT = /(?:from|import)\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\(\s*["'`]([^"'`]+\.js)["'`]/g;
const WORKER = /new URL\(\s*["'`]([^"'`]+\.js)["'`]/g;
/** The engine's WebAssembly module, fetched by URL from a chunk or a worker (counted as JavaScript weight). */
const WASM = /["'`]([^"'`/]*\/)*([^"'`/]+\.wasm)["'`]/g;
const ISLAND = /<astro-island\b[^>]*>/g;
const ATTR = (name: string) => new RegExp(`${name}="([^"]+)"`);

/** Gzip size in bytes of one file. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** On-demand chunks that never load in a browser with Web Workers: the train island's main-thread fallback
 *  (src/islands/train/runner.ts imports ./loop only when `Worker` is missing). Not counted in page weight. */
export const FALLBACK_CHUNKS = /^_astro\/loop\.[\w-]+\.js$/;

/** Every JS file a module loads (static imports, and dynamic `import()`s such as the chart modules each island
 *  imports after mount, with their own imports), as dist-relative paths; workers and the no-Worker fallback
 *  chunks (FALLBACK_CHUNKS) are listed apart. */
export function closure(dist: string, entry: string): { modules: Set<string>; workers: Set<string>; fallback: Set<string> } {
  const modules = new Set<string>();
  const workers = new Set<string>();
  const fallback = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const rel = stack.pop()!;
    if (modules.has(rel)) continue;
    modules.add(rel);
    const src = readFileSync(join(dist, rel), 'utf8');
    const resolve = (spec: string) => (spec.startsWith('.') ? posix.join(posix.dirname(rel), spec) : spec.replace(/^\/+/, ''));
    for (const m of src.matchAll(IMPORT)) stack.push(resolve(m[1]));
    for (const m of src.matchAll(WORKER)) workers.add(resolve(m[1]));
    for (const m of src.matchAll(WASM)) modules.add(resolve(`./${m[2]}`));
    for (const m of src.matchAll(DYNAMIC)) {
      const target = resolve(m[1]);
      if (FALLBACK_CHUNKS.test(target)) fallback.add(target);
      else stack.push(target);
    }
  }
  // a worker's own fetches of the WebAssembly module (resolved next to the worker, as `self.location` does)
  for (const w of [...workers]) {
    for (const m of readFileSync(join(dist, w), 'utf8').matchAll(WASM)) workers.add(posix.join(posix.dirname(w), m[2]));
  }
  return { modules, workers, fallback };
}

/** The islands of one built page: id (from the enclosing figure's data-island or the component name) → entry files. */
export function islandsOf(html: string, base: string): { name: string; entries: string[] }[] {
  const strip = (url: string) => url.slice(url.indexOf(base) + base.length);
  return [...html.matchAll(ISLAND)].map((m) => {
    const tag = m[0];
    const component = ATTR('component-url').exec(tag)?.[1] ?? '';
    const renderer = ATTR('renderer-url').exec(tag)?.[1] ?? '';
    const name = posix.basename(component).split('.')[0];
    return { name, entries: [component, renderer].filter(Boolean).map(strip) };
  });
}

/** All .html files under a folder. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlPages(p) : name.endsWith('.html') ? [p] : [];
  });
}

/** Per-page and per-island gzip JS weight. `base` is the site's base path ('/' or '/sub/'). */
export function bundleReport(dist: string, base = '/') {
  const islands = new Map<string, { modules: Set<string>; workers: Set<string> }>();
  const pages = htmlPages(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const all = new Set<string>();
    const workers = new Set<string>();
    for (const island of islandsOf(html, base)) {
      const mods = new Set<string>();
      const wks = new Set<string>();
      for (const entry of island.entries) {
        const c = closure(dist, entry);
        c.modules.forEach((x) => mods.add(x));
        c.workers.forEach((x) => wks.add(x));
      }
      islands.set(island.name, { modules: mods, workers: wks });
      mods.forEach((x) => all.add(x));
      wks.forEach((x) => workers.add(x));
    }
    const sum = (s: Set<string>) => [...s].reduce((t, f) => t + gzipBytes(join(dist, f)), 0);
    all.forEach((x) => workers.delete(x)); // a file the page and a worker both fetch is fetched (and counted) once
    return { page: '/' + posix.relative(dist, dirname(file)).split('\\').join('/'), js: sum(all), worker: sum(workers) };
  });
  const islandSizes = [...islands].map(([name, c]) => ({
    name,
    js: [...c.modules].reduce((t, f) => t + gzipBytes(join(dist, f)), 0),
    worker: [...c.workers].reduce((t, f) => t + gzipBytes(join(dist, f)), 0),
  }));
  return { pages, islands: islandSizes };
}
