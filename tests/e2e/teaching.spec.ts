// The pages around the chapters (issue 13): the bilingual 404 page a mistyped address lands on, each chapter's
// exercise sheet and its answers (printed to PDF on A4 and Letter; every QR code decoded back to its exercise's
// link), and the instructors' page with its table of every exercise. Each page is loaded once: its checks and axe (light, then the colour rules in dark) share the load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { test, expect } from './helpers/fixtures';
import { EXPECTED_ORIGIN, basePathUnderTest } from './helpers/head';
import { COLOUR_RULES, expectNoAxeViolations } from './helpers/axe';
import { LANGS, chapters, pagePath } from './helpers/site';

test.describe('404', () => {
  // the browser logs the document's own 404 status; nothing else on the page may fail
  test.use({ allowConsole: [/status of 404/] });
  test('a mistyped address gets the bilingual 404 page: every chapter in both languages and the home pages', async ({ page }) => {
  const res = await page.goto(`${pagePath('es', 'problme')}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Página no encontrada');
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="en"]')).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  for (const lang of LANGS) {
    const side = page.locator(`main section[lang="${lang}"]`);
    const links = side.locator('ol a');
    await expect(links).toHaveText(chapters(lang).map((c) => c.title));
    // each link leads to its chapter (absolute under the base, so they work from any depth)
    for (const [i, c] of chapters(lang).entries()) {
      expect(new URL(await links.nth(i).evaluate((a) => (a as HTMLAnchorElement).href)).pathname.endsWith(`/${pagePath(lang, c.slug)}`)).toBe(true);
    }
    const home = side.locator('.home a');
    expect(new URL(await home.evaluate((a) => (a as HTMLAnchorElement).href)).pathname.endsWith(`/${pagePath(lang)}`)).toBe(true);
  }
  await page.locator('main section[lang="en"] ol a').first().click();
  await expect(page).toHaveURL(new RegExp(`/${pagePath('en', chapters('en')[0].slug)}$`));
  await page.goBack();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, COLOUR_RULES);
});
});

/** The exercises of a chapter's MDX (`<TryIt`), counted from the source. */
function exerciseCount(lang: string, slug: string): number {
  return (readFileSync(join(process.cwd(), 'content', lang, `${slug}.mdx`), 'utf8').match(/^<TryIt\s/gm) ?? []).length;
}

/** Pages in a PDF made by Chromium (its page objects, not the /Pages tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The text a QR code (an inline <svg>) holds: painted by resvg at 8 px a module, decoded by jsQR. */
function decodeQr(svg: string): string | null {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

for (const lang of LANGS) {
  for (const ch of chapters(lang).filter((c) => exerciseCount(lang, c.slug) > 0)) {
    test(`${lang} handout of ${ch.slug}: every exercise numbered as in the chapter with a QR code of its figure's link, prints to A4 and Letter; answers too`, async ({ page, request, baseURL }) => {
      test.setTimeout(90_000);
      const n = exerciseCount(lang, ch.slug);
      const label = lang === 'es' ? 'Ejercicio' : 'Exercise';
      // the chapter page's own exercise links, in order (fetched, not loaded): the QR codes must open the same
      const chapterHtml = await (await request.get(pagePath(lang, ch.slug))).text();
      const links = [...chapterHtml.matchAll(/<a class="try-it__link"[^>]*?href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
      expect(links).toHaveLength(n);
      // and the chapter links to its sheet
      expect(chapterHtml).toContain(`href="${basePathUnderTest(baseURL)}${pagePath(lang, `handout/${ch.slug}`)}"`);
      const expected = links.map((href) => `${EXPECTED_ORIGIN}${href}`);

      for (const answers of [false, true]) {
        const res = await page.goto(`${pagePath(lang, `handout/${ch.slug}`)}${answers ? 'answers/' : ''}`);
        expect(res?.status()).toBe(200);
        const sections = page.locator('main section.hx');
        await expect(sections).toHaveCount(n);
        await expect(sections.locator('h2')).toHaveText(Array.from({ length: n }, (_, i) => `${label} ${ch.order}.${i + 1}`));
        await expect(page.locator('main .hx__url')).toHaveText(expected.map((e) => e.replace(/^https?:\/\//, '')));
        expect(await page.locator('main .hx__url').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected);
        await expect(page.locator('main .hx__space')).toHaveCount(answers ? 0 : n);
        await expect(page.locator('main .hx__answer')).toHaveCount(answers ? n : 0);
        if (answers) for (const text of await page.locator('main .hx__answer').allTextContents()) expect(text.length).toBeGreaterThan(40);
        // every QR code decodes to its exercise's link (on the students' sheet; the answers' are the same markup)
        if (!answers) {
          const svgs = await page.locator('main svg.qr').evaluateAll((ss) => ss.map((s) => s.outerHTML));
          expect(svgs.map(decodeQr)).toEqual(expected);
        }
        // on paper: the site's header and footer gone, every QR code printed at a scannable size (≥ 25 mm)
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('header.site-header')).toBeHidden();
        for (const box of await page.locator('main svg.qr').evaluateAll((ss) => ss.map((s) => s.getBoundingClientRect().width))) {
          expect(box).toBeGreaterThan((25 / 25.4) * 96);
        }
        for (const format of ['A4', 'Letter'] as const) {
          const pages = pdfPages(await page.pdf({ format }));
          // at least two exercises to a page with their room to write, and never more pages than exercises + 1
          expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
          expect(pages, `${format} pages`).toBeLessThanOrEqual(answers ? n : Math.ceil(n / 2) + 1);
        }
        await page.emulateMedia({ media: 'screen' });
        // the page's own scripts are the layout's: no module script beyond what every page loads
        expect(await page.locator('script[src]:not([src*="/_astro/"])').count()).toBe(0);
        await expectNoAxeViolations(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectNoAxeViolations(page, COLOUR_RULES);
        await page.emulateMedia({ colorScheme: 'light' });
      }
    });
  }
}

for (const lang of LANGS) {
  test(`${lang} instructors' page: every exercise in a table made from the exercises, its anchor, chapter, what it teaches and its figure link; reached from the home page and the footer`, async ({ page, request }) => {
    // the exercises as the chapters' MDX has them, in chapter order: id, its `teaches` phrase
    const source = chapters(lang).flatMap((ch) => {
      const mdx = readFileSync(join(process.cwd(), 'content', lang, `${ch.slug}.mdx`), 'utf8');
      return [...mdx.matchAll(/^<TryIt id="([^"]+)" teaches="([^"]+)"/gm)].map((m, i) => ({ ch, id: m[1], teaches: m[2], number: `${ch.order}.${i + 1}` }));
    });
    expect(source).toHaveLength(chapters(lang).reduce((n, c) => n + exerciseCount(lang, c.slug), 0));
    await page.goto(pagePath(lang));
    await page.locator('main').getByRole('link', { name: lang === 'es' ? 'La página para docentes' : 'The instructors\' page' }).click();
    await expect(page).toHaveURL(new RegExp(`/${pagePath(lang, 'instructors')}$`));
    await expect(page.locator('footer a[href$="/instructors/"]')).toHaveCount(1);
    // a group of rows per chapter with exercises, headed by the chapter, then one row per exercise
    const withExercises = chapters(lang).filter((c) => exerciseCount(lang, c.slug) > 0);
    await expect(page.locator('table.exercises tbody tr.chapter-row')).toHaveText(withExercises.map((c) => new RegExp(`${c.order} · ${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
    const rows = page.locator('table.exercises tbody tr[data-exercise]');
    await expect(rows).toHaveCount(source.length);
    await expect(rows.locator('th')).toHaveText(source.map((s) => `${lang === 'es' ? 'Ejercicio' : 'Exercise'} ${s.number}`));
    for (const [i, s] of source.entries()) {
      expect(await rows.nth(i).evaluate((tr) => tr.closest('tbody')?.querySelector('.chapter-row a')?.textContent), s.id).toBe(s.ch.title);
    }
    await expect(rows.locator('td:nth-child(2)')).toHaveText(source.map((s) => s.teaches));
    // each row's links: the exercise's anchor on its chapter page, and the same figure link as the exercise's own
    const hrefs = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
    const chapterHtml = new Map<string, string>();
    for (const [i, s] of source.entries()) {
      if (!chapterHtml.has(s.ch.slug)) chapterHtml.set(s.ch.slug, await (await request.get(pagePath(lang, s.ch.slug))).text());
      const html = chapterHtml.get(s.ch.slug)!;
      const [anchor, figure] = hrefs[i];
      expect(anchor).toMatch(new RegExp(`/${pagePath(lang, s.ch.slug)}#exercise-${s.number.replace('.', '-')}$`));
      expect(html, `${anchor} exists`).toContain(`id="exercise-${s.number.replace('.', '-')}"`);
      const own = new RegExp(`<div class="try-it" id="${s.id}"[\\s\\S]*?<a class="try-it__link"[^>]*?href="([^"]+)"`).exec(html)?.[1].replaceAll('&amp;', '&');
      expect(figure, s.id).toBe(own);
    }
    // the handouts of every chapter with exercises, both versions
    for (const ch of chapters(lang).filter((c) => exerciseCount(lang, c.slug) > 0)) {
      await expect(page.locator(`main a[href$="/${pagePath(lang, `handout/${ch.slug}`)}"]`)).toHaveCount(1);
      await expect(page.locator(`main a[href$="/${pagePath(lang, `handout/${ch.slug}`)}answers/"]`)).toHaveCount(1);
    }
    expect(await page.locator('script[src]:not([src*="/_astro/"])').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, COLOUR_RULES);
  });
}
