// The site shell against the built site: every page loads, has its title and its equations rendered by
// KaTeX, passes axe in the light scheme and then, in the same load, axe's colour rules in the dark scheme (the
// only rules a scheme can change), and has no tap target under 24 × 24 px; the home pages list the chapters;
// the chapter menu stays in reach while reading (sticky sidebar; a <details> in the header without JavaScript);
// language switch and theme toggle work.
import { test, expect, hydrateAll, duplicateIds } from './helpers/fixtures';
import { smallTargets } from './helpers/targets';
import { COLOUR_RULES, expectNoAxeViolations } from './helpers/axe';
import { LANGS, chapters, pagePath } from './helpers/site';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { absoluteAddress, basePathUnderTest, expectPageHead } from './helpers/head';
import type { Page } from '@playwright/test';

/** The reader's setting turns dark on the loaded page (issue 6: both schemes on every page): the page follows it,
 *  and axe's colour rules pass there too. */
async function expectDarkContrast(page: Page): Promise<void> {
  const bodyBg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bodyBg();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(bodyBg, { message: 'the page follows prefers-color-scheme: dark' }).not.toBe(light);
  await expectNoAxeViolations(page, COLOUR_RULES);
}

for (const lang of LANGS) {
  for (const ch of chapters(lang)) {
    test(`${lang}/${ch.slug}: loads, title, display equations, islands present, head and preview, no axe violation`, async ({ page, baseURL }) => {
      test.setTimeout(120_000); // two axe scans (light: every rule; dark: the colour rules), 15–25 s each on CI
      const res = await page.goto(pagePath(lang, ch.slug));
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ch.title);
      await expect(page).toHaveTitle(new RegExp(`^${ch.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(page.locator('.katex-display')).toHaveCount(ch.displayMath);
      for (const id of ch.islands) await expect(page.locator(`figure#${id}`), `figure #${id}`).toHaveCount(1);
      expect.soft(await duplicateIds(page), 'ids used twice (island ids are HTML ids: headings must not reuse them)').toEqual([]);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
      await expectPageHead(page, baseURL, lang, ch.slug);
      await hydrateAll(page);
      expect(await smallTargets(page), 'tap targets smaller than 24 × 24 px').toEqual([]);
      await expectNoAxeViolations(page);
      await expectDarkContrast(page);
    });
  }

  test(`${lang} home: chapters in order, head and preview, no axe violation`, async ({ page, baseURL }) => {
    const res = await page.goto(pagePath(lang));
    expect(res?.status()).toBe(200);
    await expectPageHead(page, baseURL, lang);
    const list = page.locator('main .chapter-list a');
    await expect(list).toHaveText(chapters(lang).map((c) => c.title));
    await hydrateAll(page);
    await expectNoAxeViolations(page);
    await expectDarkContrast(page);
  });
}

test('sitemap.xml lists every page in both languages, at their absolute addresses; robots.txt points to it', async ({ request, baseURL }) => {
  const base = basePathUnderTest(baseURL);
  const robots = await request.get('robots.txt');
  expect(robots.status()).toBe(200);
  const index = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1];
  expect(index).toBe(absoluteAddress(base, 'sitemap-index.xml'));
  const locs = async (address: string) => {
    const res = await request.get(new URL(address).pathname);
    expect(res.status(), address).toBe(200);
    return [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  };
  const listed = (await Promise.all((await locs(index!)).map(locs))).flat();
  // the home page, the chapters, the instructors' page, and each chapter's handout and its answers (a chapter with
  // exercises, <TryIt> in its MDX)
  const handouts = (lang: 'es' | 'en') => chapters(lang)
    .filter((c) => /^<TryIt\s/m.test(readFileSync(join(process.cwd(), 'content', lang, `${c.slug}.mdx`), 'utf8')))
    .flatMap((c) => [pagePath(lang, `handout/${c.slug}`), pagePath(lang, `handout/${c.slug}/answers`)]);
  const expected = LANGS.flatMap((lang) => [pagePath(lang), ...chapters(lang).map((c) => pagePath(lang, c.slug)),
    pagePath(lang, 'instructors'), ...handouts(lang)])
    .map((path) => absoluteAddress(base, path));
  expect(expected.length).toBeGreaterThan(2 * 10);
  for (const address of expected) expect(listed, address).toContain(address);
  expect(new Set(listed).size, 'no page twice').toBe(listed.length);
});

test('the root sends the reader to the Spanish home', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/\/es\/$/);
});

test('navigation: sidebar lists the chapters in order, marks the current one, prev/next link neighbours', async ({ page }) => {
  const list = chapters('es');
  await page.goto(pagePath('es', list[1].slug));
  const nav = page.getByRole('navigation', { name: 'Capítulos' });
  await expect(nav.locator('ol.chapters > li > a')).toHaveText(list.map((c) => new RegExp(c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
  await expect(nav.locator('a[aria-current="page"]')).toContainText(list[1].title);
  await page.locator('a[rel="prev"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(list[0].title);
  await page.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(list[1].title);
});

test('table of contents links every h2/h3 of the chapter', async ({ page }) => {
  await page.goto(pagePath('es', 'problem'));
  const ids = await page.locator('article h2[id], article h3[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
  expect(ids.length).toBeGreaterThan(0);
  const toc = page.getByRole('navigation', { name: 'Capítulos' }).locator('.toc a');
  await expect(toc).toHaveCount(ids.length);
  expect(await toc.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(ids);
  // On a laptop the sidebar is the chapter menu, sticky beside the text at every scroll position (below 60rem
  // the header has it instead: phone-layout.spec).
  await expect(page.getByRole('banner').getByRole('button', { name: 'Menú' })).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7));
  await expect(page.getByRole('navigation', { name: 'Capítulos' }).locator('a[aria-current="page"]')).toBeInViewport();
});

test('language switch keeps the chapter and the section', async ({ page }) => {
  await page.goto(pagePath('es', 'problem'));
  const anchor = await page.locator('article h2[id]').last().getAttribute('id');
  await page.goto(`${pagePath('es', 'problem')}#${anchor}`);
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/problem/#${anchor}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Leer en español' }).click();
  await expect(page).toHaveURL(new RegExp(`/es/problem/#${anchor}$`));
});

test('language switch follows the section being read while scrolling', async ({ page }) => {
  await page.goto(pagePath('es', 'problem'));
  const heading = page.locator('article h2[id]').nth(1);
  const anchor = await heading.getAttribute('id');
  await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 80));
  await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', new RegExp(`/en/problem/#${anchor}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language switch still lands on the same chapter, and the header menu opens', async ({ page }) => {
    await page.goto(pagePath('en', 'solutions'));
    await page.getByRole('link', { name: 'Leer en español' }).click();
    await expect(page).toHaveURL(/\/es\/solutions\/$/);
    // The header's chapter menu is a plain <details>: it opens at any scroll position and lists the sections.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const menu = page.locator('header details.header-menu');
    await menu.locator('summary').click();
    await expect(menu).toHaveAttribute('open', '');
    await expect(page.getByRole('navigation', { name: 'Menú' }).locator('.toc a').first()).toBeInViewport();
  });
});

test('theme toggle switches the scheme and remembers it', async ({ page }) => {
  await page.goto(pagePath('es', 'problem'));
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  const toggle = page.getByRole('button', { name: 'Tema oscuro' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await bg();
  expect(dark).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe(dark);
  await page.getByRole('button', { name: 'Tema oscuro' }).click();
  expect(await bg()).toBe(light);
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows prefers-color-scheme and passes axe', async ({ page }) => {
    await page.goto(pagePath('es', 'problem'));
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 64);
    await hydrateAll(page);
    await expectNoAxeViolations(page);
  });

  // Every page's dark scheme is checked in the same load as its light one (expectDarkContrast above).
});
