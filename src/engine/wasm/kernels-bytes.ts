// The kernels' module bytes where the engine runs on a file system's copy (Node: CLI, tests, bench, and the
// build's static figures): embedded as base64, so they are there at load and the compile can be synchronous.
// Browser bundles (pages and workers) get kernels-bytes.browser.ts instead (astro.config.mjs swaps it): the
// module as one .wasm asset fetched once and shared by the page and its workers, not base64 in every bundle.
import { KERNELS_WASM_BASE64 } from './kernels.generated.ts';
import { decodeBase64 } from './base64.ts';

/** The module's bytes: at once here, or a promise in a browser. */
export function kernelBytes(): Uint8Array | Promise<Uint8Array> {
  return decodeBase64(KERNELS_WASM_BASE64);
}
