// Vite plugin: in browser bundles (pages and workers), the engine's kernels-bytes.ts becomes
// kernels-bytes.browser.ts, which fetches the WebAssembly module as one .wasm asset instead of carrying it as
// base64 in every bundle that holds the engine. The server side of the build (static figures) keeps the embedded
// bytes, as Node does.
import { fileURLToPath } from 'node:url';

const NODE_SOURCE = fileURLToPath(new URL('../engine/wasm/kernels-bytes.ts', import.meta.url));
const BROWSER_SOURCE = fileURLToPath(new URL('../engine/wasm/kernels-bytes.browser.ts', import.meta.url));

/** @returns {import('vite').Plugin} */
export default function engineKernelsBrowser() {
  return {
    name: 'engine-kernels-browser',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options?.ssr || !importer || !/kernels-bytes(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolved.id === NODE_SOURCE ? BROWSER_SOURCE : null;
    },
  };
}
