// The search side of the post-build step (issue 16): Pagefind's index over the built pages, and the search
// dialog's module. Pagefind splits the index by each page's <html lang>, so a Spanish page searches Spanish
// pages only; it reads only the pages' articles (data-pagefind-body), never the header, menus or footer.
import { rm, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';

/** Parts of an article that are not prose: the charts' SVG text, KaTeX's visual copy of each formula and its
 *  TeX source (its MathML stays), and the islands' controls and data tables. */
export const EXCLUDE_SELECTORS = [
  'svg', '.katex-html', '.katex-mathml annotation',
  'astro-island label', 'astro-island button', 'astro-island select', 'astro-island output',
  'astro-island table', 'astro-island details',
];

/** Files Pagefind writes that this site does not use (its ready-made UIs: the dialog is ours). */
export const UNUSED_PAGEFIND = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Index the site in `dir` into `dir/pagefind/`; returns the languages indexed and the pages in each. */
export async function buildSearchIndex(dir: string): Promise<{ pages: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const outputPath = join(dir, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of await readdir(outputPath)) if (UNUSED_PAGEFIND.test(name)) await rm(join(outputPath, name));
  const languages = (await readdir(join(outputPath))).flatMap((n) => /^pagefind\.(\w+)_\w+\.pf_meta$/.exec(n)?.[1] ?? []);
  return { pages: added.page_count, languages };
}

/** Bundle src/search/dialog.ts into `dir/search/dialog.js` (ES module, minified). */
export async function buildSearchDialog(dir: string): Promise<number> {
  const outfile = join(dir, 'search', 'dialog.js');
  await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'search', 'dialog.ts')],
    outfile, bundle: true, format: 'esm', minify: true, target: 'es2022', legalComments: 'none', logLevel: 'warning',
  });
  return (await stat(outfile)).size;
}
