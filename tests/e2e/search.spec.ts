// Search (issue 16), against the built site: nothing of search loads before the reader opens it; `/`, Ctrl-K
// and the header's button open a dialog that the keyboard drives; in each language the results are that
// language's pages only, with the searched words marked, and the first result lands on a section about them:
// the section whose heading names the words when the chapters have one (read from content/), else a section
// whose text has them. axe finds nothing in the open dialog (light, and the colour rules in dark), and the
// strict CSP is never violated (Pagefind runs WebAssembly and a worker from the site itself).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from './helpers/fixtures';
import { COLOUR_RULES } from './helpers/axe';
import type { Lang } from './helpers/site';

/** Lower case without accents, for comparing what the reader typed with what a page says. */
const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every section heading of a language's chapters, from the MDX (`## Title [#id]`). */
function headings(lang: Lang): { slug: string; id: string; text: string }[] {
  const dir = join(process.cwd(), 'content', lang);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).flatMap((f) =>
    [...readFileSync(join(dir, f), 'utf8').matchAll(/^#{2,4} (.+?) \[#([\w-]+)\]\s*$/gm)]
      .map((m) => ({ slug: f.replace(/\.mdx$/, ''), id: m[2], text: m[1] })));
}

/** The words the chapters of a language must be found by. */
const QUERIES: Record<Lang, string[]> = {
  es: ['ReLU', 'float32', 'normalización por lotes', 'Hochreiter'],
  en: ['ReLU', 'float32', 'batch normalisation', 'Hochreiter'],
};

/** The text of the section an anchor opens: from its heading to the next heading of the same or a higher level,
 *  in document order. */
async function sectionText(page: Page, href: string): Promise<string> {
  return page.evaluate(async (href) => {
    const doc = new DOMParser().parseFromString(await (await fetch(href)).text(), 'text/html');
    const head = doc.getElementById(decodeURIComponent(new URL(href, location.href).hash.slice(1)));
    if (!head || !/^H[1-6]$/.test(head.tagName)) return '';
    const level = Number(head.tagName[1]);
    const heads = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const next = heads.slice(heads.indexOf(head) + 1).find((h) => Number(h.tagName[1]) <= level);
    // everything between the two headings in document order (the section may span several wrappers)
    const range = doc.createRange();
    range.setStartBefore(head);
    if (next) range.setEndBefore(next); else range.setEndAfter(doc.body.lastChild ?? head);
    return range.toString();
  }, href);
}

async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const input = (page: Page) => dialog(page).getByRole('searchbox');

/** Type a query and wait for its results (the status names it). */
async function search(page: Page, q: string) {
  await input(page).fill(q);
  await expect(dialog(page).getByRole('status')).toContainText(q);
}

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: search opens on demand, finds ${QUERIES[lang].join(', ')} in ${lang} pages only, on the right sections`, async ({ page, baseURL }) => {
    const violations = await watchCsp(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${lang}/problem/`);
    await expect(page.locator('main h1')).toBeVisible();
    expect(requested.filter((p) => /\/(pagefind|search)\//.test(p)), 'search files before search is opened').toEqual([]);

    // `/` opens it with the focus in the field; Escape closes it and gives the focus back to the header's button
    await page.locator('body').press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(page.locator('[data-search-open]')).toBeFocused();
    // Ctrl-K from anywhere, the button too
    await page.keyboard.press('Control+k');
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await page.locator('[data-search-open]').click();
    await expect(input(page)).toBeFocused();
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js')), 'Pagefind loaded once search is open').toBe(true);

    const home = new URL(`${lang}/`, baseURL).pathname;
    for (const q of QUERIES[lang]) {
      await search(page, q);
      const links = dialog(page).locator('ol a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const h of hrefs) expect(new URL(h).pathname.startsWith(home), `${q}: ${h} is a ${lang} page`).toBe(true);
      // the matched words are marked in the excerpts
      const marks = (await dialog(page).locator('mark').allTextContents()).map(norm);
      expect(marks.some((m) => norm(q).split(' ').some((w) => w.length > 3 && m.includes(w))), `${q}: marked in ${marks.slice(0, 5)}`).toBe(true);
      // the first result opens a section: the one named after the words when a heading names them
      const first = new URL(hrefs[0]);
      expect(first.hash, `${q}: first result is a section`).not.toBe('');
      const named = headings(lang).filter((h) => norm(h.text).includes(norm(q)));
      if (named.length > 0) {
        expect(named.map((h) => new URL(`${lang}/${h.slug}/#${h.id}`, baseURL).href), `${q}: a section named after it`).toContain(first.href);
      }
      const words = norm(q).split(' ').filter((w) => w.length > 3);
      const text = norm(await sectionText(page, first.href));
      for (const w of words) expect(text, `${q}: ${first.href} has "${w}"`).toContain(w);
    }

    // the keyboard walks the results; Enter in the field follows the first one, to its section
    await search(page, QUERIES[lang][0]);
    await input(page).press('ArrowDown');
    await expect(dialog(page).locator('ol a').first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input(page)).toBeFocused();
    const target = await dialog(page).locator('ol a').first().getAttribute('href');
    await input(page).press('Enter');
    await expect(page).toHaveURL(new URL(target!, baseURL).href);
    await expect(page.locator(`[id="${new URL(target!, baseURL).hash.slice(1)}"]`)).toBeInViewport();
    expect(await violations()).toEqual([]);
  });
}

test('the open dialog passes axe: every rule in the light scheme, the colour rules in the dark', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('en/');
  await page.locator('[data-search-open]').click();
  await search(page, 'batch normalisation');
  await expect(dialog(page).locator('mark').first()).toBeVisible();
  const scan = async (rules?: string[]) => {
    const builder = new AxeBuilder({ page }).include('dialog[data-search-dialog]');
    if (rules) builder.withRules(rules);
    const { violations } = await builder.analyze();
    return violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  };
  expect(await scan()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => dialog(page).evaluate((d) => getComputedStyle(d).backgroundColor)).toBe('rgb(22, 24, 28)');
  expect(await scan(COLOUR_RULES)).toEqual([]);
});
