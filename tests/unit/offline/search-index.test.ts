// The search index step (scripts/postbuild/search-index.ts) over a tiny built site: one index per language,
// only the articles indexed (not the header), Pagefind's ready-made UIs removed, and the dialog bundled.
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchDialog, buildSearchIndex, UNUSED_PAGEFIND } from '../../../scripts/postbuild/search-index';

const dir = mkdtempSync(join(tmpdir(), 'vg-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, title: string, words: string) => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head>
<body><header>headerword</header><main><article data-pagefind-body><h1>${title}</h1><h2 id="s">Section</h2><p>${words}</p>
<svg><text>tickword</text></svg></article></main></body></html>`;

let result: { pages: number; languages: string[] };
beforeAll(async () => {
  for (const [lang, words] of [['es', 'normalización por lotes'], ['en', 'batch normalisation']]) {
    mkdirSync(join(dir, lang), { recursive: true });
    writeFileSync(join(dir, lang, 'index.html'), page(lang, `Home ${lang}`, words));
  }
  result = await buildSearchIndex(dir);
}, 60_000);

describe('buildSearchIndex', () => {
  it('writes one index per language of the pages', () => {
    expect(result.languages.sort()).toEqual(['en', 'es']);
    const files = readdirSync(join(dir, 'pagefind'));
    for (const lang of ['en', 'es']) expect(files).toContain(`wasm.${lang}.pagefind`);
  });
  it("keeps Pagefind's script and worker and removes its ready-made UIs", () => {
    const files = readdirSync(join(dir, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
    expect(files.filter((f) => UNUSED_PAGEFIND.test(f))).toEqual([]);
  });
});

/** The indexed text of every page: Pagefind's fragments are gzip'd "pagefind_dcd" + JSON. */
function fragments(): { url: string; content: string }[] {
  const d = join(dir, 'pagefind', 'fragment');
  return readdirSync(d).map((f) => JSON.parse(gunzipSync(readFileSync(join(d, f))).toString().replace(/^pagefind_dcd/, '')));
}

describe('what is indexed', () => {
  it("the articles' prose, not the header nor the charts' SVG text", () => {
    const all = fragments();
    expect(all.map((f) => f.url).sort()).toEqual(['/en/', '/es/']);
    const es = all.find((f) => f.url === '/es/')!.content;
    expect(es).toContain('normalización por lotes');
    for (const f of all) {
      expect(f.content).not.toContain('headerword');
      expect(f.content).not.toContain('tickword');
    }
  });
});

describe('buildSearchDialog', () => {
  it('bundles the dialog into one ES module that exports open() and imports nothing at load', async () => {
    const bytes = await buildSearchDialog(dir);
    const js = readFileSync(join(dir, 'search', 'dialog.js'), 'utf8');
    expect(bytes).toBe(Buffer.byteLength(js));
    expect(js).toMatch(/export\s*\{[^}]*\bas open\b|export\s*\{[^}]*\bopen\b/);
    expect(js).not.toMatch(/^import\s/m);
  });
});
