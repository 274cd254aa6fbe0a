// Search and offline (issue 16) in the sub-path build (npm run build:subpath, base /vanishing-gradient/), in the
// `subpath` project: search links carry the base, the service worker's scope is the base, the manifest and its
// icons are served under it, and after one visit another chapter in the other language runs offline.
import { test, expect, hydrateIsland } from './helpers/fixtures';

// the service worker is what these tests are about (playwright.config.ts blocks it elsewhere)
test.use({ serviceWorkers: 'allow' });

const SUBPATH = '/vanishing-gradient/';

test('under the sub-path: search links carry the base; the manifest and icons load; offline, an island runs', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  expect(new URL(baseURL!).pathname).toBe(SUBPATH);
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective));
  });
  await page.goto('es/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog[data-search-dialog]');
  await dialog.getByRole('searchbox').fill('float32');
  const first = dialog.locator('ol a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${SUBPATH}es/[\\w-]+/#[\\w-]+$`));
  await page.keyboard.press('Escape');

  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href;
    const m = await (await fetch(href)).json() as { start_url: string; scope: string; icons: { src: string }[] };
    const icons = await Promise.all(m.icons.map(async (i) => {
      const r = await fetch(i.src);
      return `${r.status} ${r.headers.get('content-type')}`;
    }));
    return { start: m.start_url, scope: m.scope, icons };
  });
  expect(manifest.start).toBe(`${SUBPATH}es/`);
  expect(manifest.scope).toBe(SUBPATH);
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const i of manifest.icons) expect(i).toBe('200 image/png');

  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => new URL(r.scope).pathname));
  expect(scope).toBe(SUBPATH);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');

  await context.setOffline(true);
  const res = await page.goto('en/final-note/');
  expect(res?.fromServiceWorker()).toBe(true);
  await hydrateIsland(page, 'exploding');
  const fig = page.locator('figure#exploding');
  const chart = fig.locator('.live svg').first();
  await expect(chart).toBeVisible();
  const before = await chart.innerHTML();
  await fig.locator('input[type=range]').first().focus();
  await page.keyboard.press('End');
  await expect.poll(() => chart.innerHTML()).not.toBe(before);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
