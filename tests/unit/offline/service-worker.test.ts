// The offline service worker's precache (scripts/postbuild/service-worker.ts) over a small fake build: every
// kind of file a page needs offline is in it, what no page asks for is not; and the SERVICE_WORKER flag.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheManifest, writeRetiringWorker, writeServiceWorker } from '../../../scripts/postbuild/service-worker';
import { serviceWorkerEnabled } from '../../../src/lib/service-worker-flag';

const dir = mkdtempSync(join(tmpdir(), 'vg-sw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WANTED = [
  'index.html', 'es/index.html', 'en/problem/index.html', 'es/manifest.webmanifest', 'favicon.svg', 'icons/icon-192.png',
  '_astro/Product.AbCdEf12.js', '_astro/engine.worker-AbCdEf12.js', '_astro/kernels.AbCdEf12.wasm',
  '_astro/Base.AbCdEf12.css', '_astro/KaTeX_Main-Regular.AbCdEf12.woff2', 'search/dialog.js',
  'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.es.pagefind',
  'pagefind/pagefind.es_0123abcd.pf_meta', 'pagefind/index/es_0123abc.pf_index', 'pagefind/fragment/es_0123abc.pf_fragment',
];
const UNWANTED = [
  '_astro/KaTeX_Main-Regular.AbCdEf12.woff', '_astro/KaTeX_Main-Regular.AbCdEf12.ttf', 'pagefind/wasm.unknown.pagefind',
  'es/preview/problem.png', 'sw.js',
];
for (const f of [...WANTED, ...UNWANTED]) {
  mkdirSync(join(dir, f, '..'), { recursive: true });
  writeFileSync(join(dir, f), `content of ${f}`);
}

describe('precache', () => {
  it('holds pages, styles, scripts, workers, WebAssembly, woff2 fonts, icons, manifests and the search index', async () => {
    const { urls } = await precacheManifest(dir);
    expect([...urls].sort()).toEqual([...WANTED].sort());
  });
  it('the generated worker lists the same files, waits to be told to take over, and serves any query', async () => {
    const { count } = await writeServiceWorker(dir);
    expect(count).toBe(WANTED.length);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const f of WANTED) expect(sw).toContain(JSON.stringify(f));
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).not.toMatch(/importScripts\(/); // runtime inlined: one file
    expect(sw).toContain('ignoreURLParametersMatching:[/./]');
  });
  it('the retiring worker (SERVICE_WORKER=off) deletes caches and unregisters', async () => {
    await writeRetiringWorker(dir);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain('caches.delete');
    expect(sw).toContain('registration.unregister()');
  });
});

describe('serviceWorkerEnabled', () => {
  it('is on unless SERVICE_WORKER says off', () => {
    expect(serviceWorkerEnabled({})).toBe(true);
    expect(serviceWorkerEnabled({ SERVICE_WORKER: 'on' })).toBe(true);
    for (const off of ['off', 'OFF', '0', 'false', 'no', ' off ']) expect(serviceWorkerEnabled({ SERVICE_WORKER: off })).toBe(false);
  });
});
