// After `astro build`: the search index and dialog, then the offline service worker (issue 16). The Astro
// integration in astro.config.mjs (postbuild()) runs it at the end of every build, into the build's own folder;
// by hand: `npx tsx scripts/postbuild.ts <outDir>`. SERVICE_WORKER=off builds a site without offline support
// (src/lib/service-worker-flag.ts).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSearchDialog, buildSearchIndex } from './postbuild/search-index.ts';
import { writeRetiringWorker, writeServiceWorker } from './postbuild/service-worker.ts';
import { serviceWorkerEnabled } from '../src/lib/service-worker-flag.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Search index, search dialog and service worker for the site built in `dir`. */
export async function postbuild(dir: string, log: (line: string) => void = console.log): Promise<void> {
  const dialog = await buildSearchDialog(dir);
  const index = await buildSearchIndex(dir);
  log(`search: ${index.pages} pages indexed (${index.languages.join(', ')}), dialog module ${kb(dialog)}`);
  if (serviceWorkerEnabled()) {
    const sw = await writeServiceWorker(dir);
    for (const w of sw.warnings) log(`service worker: warning: ${w}`);
    log(`service worker: sw.js precaches ${sw.count} files, ${kb(sw.size)}`);
  } else {
    await writeRetiringWorker(dir);
    log('service worker: off (SERVICE_WORKER=off); sw.js only retires one an earlier deploy installed');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await postbuild(resolve(process.argv[2] ?? 'dist'));
