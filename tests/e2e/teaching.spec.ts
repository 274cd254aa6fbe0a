// The pages around the chapters (issue 13): the bilingual 404 page a mistyped address lands on. Each page is
// loaded once: its checks and axe (light, then the colour rules in dark) share the load.
import { test, expect } from './helpers/fixtures';
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
