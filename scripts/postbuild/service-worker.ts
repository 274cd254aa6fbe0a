// The offline side of the post-build step (issue 16): a Workbox service worker that precaches the whole built
// site (pages, styles, scripts, workers, the engine's WebAssembly, KaTeX's fonts, icons, manifests, the search
// index and Pagefind's own script and WebAssembly; not the link-preview images), so a reader who opened the site once reads every chapter
// and runs every island offline, in both languages. A new deploy's worker waits until the page asks it to take
// over (the notice in ServiceWorker.astro); the old one serves the old version whole until then.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW, getManifest, type GenerateSWOptions, type GetManifestOptions } from 'workbox-build';

/** What is precached, relative to the built site. Fonts: woff2 only (every browser that runs a service worker
 *  reads woff2, and KaTeX's CSS lists it first). */
export const PRECACHE_GLOBS = [
  '**/*.{html,css,js,mjs,wasm,woff2,svg,webmanifest}', 'icons/*.png',
  'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*.pagefind',
  'pagefind/index/*.pf_index', 'pagefind/fragment/*.pf_fragment',
];

/** Left out: the worker itself, and what no page of this site asks for. */
export const PRECACHE_IGNORES = ['sw.js', 'workbox-*.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/playground/**'];

/** Options shared by the manifest and the worker. */
export function precacheOptions(dir: string): GetManifestOptions {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    // the largest file is Plot's chunk, far below this; a bigger file is a mistake worth a build warning
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    // Vite's hashed file names change with their content: no cache-busting query needed
    dontCacheBustURLsMatching: /\/_astro\/[^/]+\.[\w-]{8}\./,
  };
}

/** The worker's options for the site in `dir`. */
export function serviceWorkerOptions(dir: string): GenerateSWOptions {
  return {
    ...precacheOptions(dir),
    swDest: join(dir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // The waiting worker takes over only when the page posts SKIP_WAITING (the notice's button); the first
    // worker takes the open page at once, so its islands can load their chunks offline.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // island state lives in the query string (?product.depth=40): every query serves the page's precached HTML
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
  };
}

/** The precache manifest alone: entries and total bytes (the README's figure). */
export async function precacheManifest(dir: string) {
  const { manifestEntries, size, warnings } = await getManifest(precacheOptions(dir));
  return { urls: (manifestEntries ?? []).map((e) => (typeof e === 'string' ? e : e.url)), size, warnings };
}

/** Write dir/sw.js: the Workbox worker; returns what it precaches. */
export async function writeServiceWorker(dir: string) {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(dir));
  return { count, size, warnings };
}

/** A worker for a deploy without offline support: it replaces one an earlier deploy installed, deletes that
 *  one's caches, unregisters itself and reloads the pages it controlled, which then come from the network. */
export const RETIRING_WORKER = `// No offline support in this deploy (SERVICE_WORKER=off): remove the earlier worker and its caches.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) await caches.delete(key);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

/** Write dir/sw.js as the retiring worker. */
export async function writeRetiringWorker(dir: string): Promise<void> {
  await writeFile(join(dir, 'sw.js'), RETIRING_WORKER);
}
