// Astro integration: after the build, moves the <style> Astro writes before a page's first island
// (`astro-island,astro-slot,astro-static-slot{display:contents}`) from the body into the <head>. A <style> may only
// stand where metadata content is expected (HTML: the head), and html-validate's standard preset reports it inside
// <article>. The rule is the same; in the head it also applies before the first island is parsed.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

const ISLAND_STYLE = /<style>(astro-island,[a-z-]+(?:,[a-z-]+)*\{display:contents\})<\/style>/g;

/** The page with Astro's island style(s) taken out of the body and written once at the end of the head. */
export function islandStyleToHead(html) {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) return html;
  const inBody = [...html.slice(headEnd).matchAll(ISLAND_STYLE)];
  if (inBody.length === 0) return html;
  const head = html.slice(0, headEnd);
  const body = html.slice(headEnd).replace(ISLAND_STYLE, '');
  const rules = [...new Set(inBody.map((m) => m[1]))].filter((rule) => !head.includes(`<style>${rule}</style>`));
  return head + rules.map((rule) => `<style>${rule}</style>`).join('') + body;
}

export default function islandStyles() {
  return {
    name: 'vanishing-gradient:island-styles',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const out = islandStyleToHead(html);
          if (out !== html) await writeFile(file, out);
        }
      },
    },
  };
}
