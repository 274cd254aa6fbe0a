// Loads the slide export (kit/slide.ts) on the first click. Not with import(): Vite would add its module-preload
// helper (≈ 0.8 KB gzip) to the bundle every page loads. Vite builds slide-entry.ts as a file of its own instead,
// as it builds a worker (`?worker&url`: one script, its imports inlined, same origin so the CSP allows it), and
// the script, run as a module, leaves its entry point on globalThis.
import url from './slide-entry?worker&url';
import type { downloadSlide } from './slide';

type SlideApi = { downloadSlide: typeof downloadSlide };
let loading: Promise<SlideApi> | null = null;

/** The slide export, once its script has run. */
export function loadSlide(): Promise<SlideApi> {
  loading ??= new Promise<SlideApi>((ok, fail) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = url;
    script.onload = () => {
      const api = (globalThis as unknown as { vgSlide?: SlideApi }).vgSlide;
      if (api) ok(api); else fail(new Error('slide export did not load'));
    };
    script.onerror = () => { loading = null; fail(new Error('slide export did not load')); };
    document.head.append(script);
  });
  return loading;
}
