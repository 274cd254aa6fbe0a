// The kernels' module bytes in a browser (page or worker): the .wasm the build emits as an asset (Vite rewrites
// this URL to it, under the site's base path), fetched with the page's own origin ('self' in connect-src).
// A failed fetch rejects, and engineReady() then reports the JS kernels with the reason. (Type-checked with the
// site, DOM lib and all, by astro check: the engine's own tsconfig leaves this one file out.)

/** The module's bytes, fetched. */
export function kernelBytes(): Promise<Uint8Array> {
  return fetch(new URL('./kernels.wasm', import.meta.url))
    .then((res) => {
      if (!res.ok) throw new Error(`kernels.wasm: HTTP ${res.status}`);
      return res.arrayBuffer();
    })
    .then((buf) => new Uint8Array(buf));
}
