// Loads the toolbar's downloads (kit/downloads-entry.ts: the slide export, CSV, JSON) on the first click, so no
// page carries them before. Not with import(): Vite would add its module-preload helper (≈ 0.8 KB gzip) to the
// bundle every page loads. Vite builds the entry as a file of its own instead, as it builds a worker
// (`?worker&url`: one script, its imports inlined, same origin so the CSP allows it), and the script, run as a
// module, leaves its functions on globalThis.
import url from './downloads-entry?worker&url';
import type { Downloads } from './downloads-entry';

let loading: Promise<Downloads> | undefined;

/** The downloads, once their script has run (a failed load is tried again at the next click). */
export function loadDownloads(): Promise<Downloads> {
  return (loading ??= new Promise<Downloads>((ok, fail) => {
    document.head.append(Object.assign(document.createElement('script'), {
      type: 'module', src: url,
      onload: () => ok((globalThis as unknown as { vgDownloads: Downloads }).vgDownloads),
      onerror: () => { loading = undefined; fail(new Error(url)); },
    }));
  }));
}
