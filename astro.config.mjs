import { fileURLToPath } from 'node:url';
// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkHeadingIds from './src/lib/remark-heading-ids.mjs';
import remarkNumbering from './src/lib/remark-numbering.mjs';
import rehypeFootnoteLang from './src/lib/rehype-footnote-lang.mjs';
import rehypeChunks from './src/lib/rehype-chunks.mjs';
import csp from './src/lib/csp.mjs';
import islandStyles from './src/lib/island-styles.mjs';
import engineKernelsBrowser from './src/lib/engine-kernels-browser.mjs';
import siteMap from './src/lib/sitemap.mjs';
import postbuild from './src/lib/postbuild.mjs';

// The site may live under a sub-path (GitHub Pages): `BASE_PATH=/vanishing-gradient/ npm run build`
// or `npm run build -- --base /vanishing-gradient/`.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // The deploy's address, when known; without it pages print no placeholder: "cite this page" and "report an
  // error" take the page's own address in the reader's browser (src/components/mdx/ChapterEnd.astro).
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  // postbuild last: search index and dialog, then the service worker over the finished pages (issue 16)
  integrations: [mdx(), svelte(), csp(), islandStyles(), siteMap(), postbuild()],
  // Astro 7 runs no remark/rehype plugins unless a unified processor is given (STACK.md, trap 1).
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath, remarkHeadingIds, remarkNumbering], rehypePlugins: [[rehypeKatex, { strict: false }], rehypeFootnoteLang, rehypeChunks] }),
  },
  build: { inlineStylesheets: 'auto' },
  // Fonts (KaTeX's) stay files: the CSP allows fonts from 'self' only, not data: URIs.
  // The engine's WebAssembly module stays a file too (one fetch shared by the page and its workers; its compile
  // needs 'wasm-unsafe-eval' only), and browser bundles fetch it instead of carrying it as base64.
  vite: {
    plugins: [engineKernelsBrowser()],
    // Plot's map projections (d3-geo) are never drawn here: a stand-in keeps them out of every page's script.
    // Likewise its colour schemes but the three the charts name (d3-scale-chromatic, ~7.5 KB gzip).
    resolve: { alias: [
      { find: /^d3-geo$/, replacement: fileURLToPath(new URL('./src/lib/bundle/d3-geo-unused.ts', import.meta.url)) },
      { find: /^d3-scale-chromatic$/, replacement: fileURLToPath(new URL('./src/lib/bundle/d3-scale-chromatic-used.ts', import.meta.url)) },
    ] },
    build: { assetsInlineLimit: (file) => (/\.(woff2?|ttf|wasm)$/.test(file) ? false : undefined) },
    // workers name assets as pages do, so the page and its workers share one kernels.<hash>.wasm (one fetch)
    worker: { plugins: () => [engineKernelsBrowser()], rollupOptions: { output: { assetFileNames: '_astro/[name].[hash][extname]' } } },
  },
});
